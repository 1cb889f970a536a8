package org.newsmark.app.wiring;

import org.newsmark.service.ProjectSessions;
import org.newsmark.storage.PostgresProjectStores;
import org.newsmark.storage.SqliteNativeLibrary;
import org.newsmark.storage.SqliteProjectStores;
import org.newsmark.ui.preferences.Settings;

/** The one place a backend is chosen: every project the app and the command line open goes through here. */
public final class Wiring {

    static {
        // before any SQLite connection: the driver's native library from a kept copy, not extracted anew (issue 18)
        SqliteNativeLibrary.keepIn(Settings.homeFolder().resolve(".newsmark").resolve("native"));
    }

    private static final ProjectSessions PROJECTS = new ProjectSessions(new SqliteProjectStores(), new PostgresProjectStores());

    private Wiring() {
    }

    public static ProjectSessions projects() {
        return PROJECTS;
    }
}
