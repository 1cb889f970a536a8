package org.newsmark.storage;

import java.sql.SQLException;
import org.newsmark.service.port.NotSavedException;
import org.newsmark.service.port.NotSavedException.Reason;

/** PostgreSQL's SQLSTATEs turned into what a user can act on. */
final class PostgresErrors {

    private PostgresErrors() {
    }

    /** A lost connection: class 08, the server shutting down (57P0x), or an I/O failure the driver reports without a state. */
    static boolean isConnectionLoss(SQLException e) {
        String state = e.getSQLState();
        return state == null ? e.getCause() instanceof java.io.IOException
                : state.startsWith("08") || state.startsWith("57P");
    }

    static NotSavedException notSaved(String project, String login, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String m = SqliteErrors.firstLine(e);
        if (isConnectionLoss(e)) {
            return lost(project);
        }
        if (state.equals("42501") || m.contains("row-level security")) {
            return new NotSavedException(Reason.NOT_ALLOWED, project + " refused the change: the login " + login
                    + " may not make it (each analyst writes only their own layer; adjudicators the consensus; owners the"
                    + " codebook and the articles). Nothing was saved.", e);
        }
        if (state.equals("22021") && m.contains("0x00")) {
            return new NotSavedException(Reason.REFUSED_BY_DATABASE, project + " cannot store the character U+0000 (NUL), which"
                    + " this text holds: PostgreSQL's text has no room for it. Nothing was saved.", e);
        }
        if (state.equals("23505") && m.contains("adjudication_decisions_by_pair")) {
            return new NotSavedException(Reason.REFUSED_BY_DATABASE, project + ": another adjudicator decided this pair at the"
                    + " same moment, so nothing was changed. Look at the pair again: it shows the decision recorded.", e);
        }
        if (state.equals("25006")) {
            return new NotSavedException(Reason.READ_ONLY, project + " is open for reading only: nothing was saved.", e);
        }
        return new NotSavedException(Reason.REFUSED_BY_DATABASE, "Project " + project + ": " + m, e);
    }

    static NotSavedException lost(String project) {
        return new NotSavedException(Reason.CONNECTION_LOST, "The connection to " + project + " is lost: the change was not"
                + " saved. What is on screen stays readable; Newsmark reconnects by itself, then edits can go on.", null);
    }

    static NotSavedException readOnly(String project) {
        return new NotSavedException(Reason.READ_ONLY, project + " is open for reading only: nothing was saved.", null);
    }
}
