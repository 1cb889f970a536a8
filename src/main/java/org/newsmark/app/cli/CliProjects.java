package org.newsmark.app.cli;

import org.newsmark.app.wiring.Wiring;
import org.newsmark.domain.ServerAddress;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.ProjectSessions;
import org.newsmark.service.port.ProjectRefusedException;

/**
 * A command's PROJECT: a file, or a team project's {@code postgresql://} address, logged in to
 * as {@link ServerLogin} does (the pgpass file, then the terminal's prompt).
 */
final class CliProjects {

    private CliProjects() {
    }

    static ProjectSession open(String where) throws ProjectRefusedException {
        if (!ServerAddress.looksLike(where)) {
            return Wiring.projects().open(where);
        }
        ServerAddress a = ServerLogin.address(where);
        return ServerLogin.run(a, p -> Wiring.projects().openServer(a, p));
    }

    static ProjectSession openReadOnly(String where) throws ProjectRefusedException {
        if (!ServerAddress.looksLike(where)) {
            return Wiring.projects().openReadOnly(where);
        }
        ServerAddress a = ServerLogin.address(where);
        return ServerLogin.run(a, p -> Wiring.projects().openServerReadOnly(a, p));
    }

    /** As {@link #openReadOnly}, for the tag export that checks the file beside its reads ({@link ProjectSessions#openToExport}). */
    static ProjectSession openToExport(String where) throws ProjectRefusedException {
        if (!ServerAddress.looksLike(where)) {
            return Wiring.projects().openToExport(where);
        }
        return openReadOnly(where);
    }

    /** A file made when missing; a team project must exist already ({@code newsmark team init}). */
    static <T> T inNewOrExisting(String where, ProjectSessions.SessionWork<T> work) throws Exception {
        if (!ServerAddress.looksLike(where)) {
            return Wiring.projects().inNewOrExisting(where, work);
        }
        try (ProjectSession session = open(where)) {
            return work.run(session);
        }
    }
}
