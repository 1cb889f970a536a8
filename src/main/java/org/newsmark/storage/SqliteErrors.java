package org.newsmark.storage;

import java.nio.file.Path;
import java.sql.SQLException;
import org.newsmark.service.port.NotSavedException;
import org.newsmark.service.port.NotSavedException.Reason;

/** SQLite's error codes turned into what a user can act on. */
final class SqliteErrors {

    private SqliteErrors() {
    }

    static NotSavedException notSaved(Path file, SQLException e) {
        String name = file.getFileName().toString();
        String m = firstLine(e);
        if (m.contains("SQLITE_FULL")) {
            return new NotSavedException(Reason.DISK_FULL, "The disk is full: the last change to " + name + " was not saved.", e);
        }
        if (m.contains("SQLITE_READONLY_DBMOVED")) {
            return new NotSavedException(Reason.FILE_GONE, name + " was deleted or moved while open: the last change was not saved.", e);
        }
        if (m.contains("SQLITE_READONLY")) {
            return new NotSavedException(Reason.READ_ONLY, name + " cannot be written (read-only): the last change was not saved.", e);
        }
        if (m.contains("SQLITE_IOERR") || m.contains("SQLITE_CANTOPEN")) {
            return new NotSavedException(Reason.IO, "Cannot write " + name + " (" + m + "): the last change was not saved.", e);
        }
        return new NotSavedException(Reason.REFUSED_BY_DATABASE, "Project " + name + ": " + m, e);
    }

    static NotSavedException readOnly(Path file) {
        return new NotSavedException(Reason.READ_ONLY, file.getFileName() + " cannot be written (it is open read-only): nothing was saved.", null);
    }

    static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
