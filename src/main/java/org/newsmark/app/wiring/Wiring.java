package org.newsmark.app.wiring;

import org.newsmark.service.ProjectSessions;
import org.newsmark.storage.PostgresProjectStores;
import org.newsmark.storage.SqliteProjectStores;

/** The one place a backend is chosen: every project the app and the command line open goes through here. */
public final class Wiring {

    private static final ProjectSessions PROJECTS = new ProjectSessions(new SqliteProjectStores(), new PostgresProjectStores());

    private Wiring() {
    }

    public static ProjectSessions projects() {
        return PROJECTS;
    }
}
