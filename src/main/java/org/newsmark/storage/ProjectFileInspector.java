package org.newsmark.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Looks at an existing file before anything may write to it, so that a file that is not ours,
 * is damaged, or comes from a newer version is refused while it is still byte-for-byte intact.
 */
final class ProjectFileInspector {

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    record Inspection(int schemaVersion) {
    }

    private ProjectFileInspector() {
    }

    static Inspection inspect(Path file) throws ProjectFileException {
        String name = file.getFileName().toString();
        checkHeader(file, name);
        Path wal = file.resolveSibling(name + "-wal");
        Path shm = file.resolveSibling(name + "-shm");
        boolean hadWal = Files.exists(wal);
        boolean hadShm = Files.exists(shm);
        try {
            return inspectDatabase(file, name);
        } catch (ProjectFileException refused) {
            removeSideFilesOfThisLook(wal, hadWal, shm, hadShm);
            throw refused;
        }
    }

    /**
     * A read-only look at a WAL-mode database makes SQLite create an empty -wal and a -shm beside
     * it; a refused file's folder should be left as it was found. Only files that were absent
     * before and hold no data are removed, so another program's live WAL is never touched.
     */
    private static void removeSideFilesOfThisLook(Path wal, boolean hadWal, Path shm, boolean hadShm) {
        try {
            if (!hadWal && Files.exists(wal) && Files.size(wal) == 0) {
                Files.delete(wal);
            }
            if (!hadShm && Files.exists(shm) && !Files.exists(wal)) {
                Files.delete(shm);
            }
        } catch (IOException ignored) {
            // a leftover empty side file does no harm to the database
        }
    }

    private static Inspection inspectDatabase(Path file, String name) throws ProjectFileException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
             Statement s = c.createStatement()) {
            int appId = intPragma(s, "PRAGMA application_id");
            int version = intPragma(s, "PRAGMA user_version");
            if (appId != Schema.APPLICATION_ID) {
                throw new ProjectFileException(name + " is an SQLite database of another program, not a Newsmark project.");
            }
            if (version > Schema.currentVersion()) {
                throw new ProjectFileException(name + " was written by a newer version of Newsmark (project format "
                        + version + "; this version reads up to " + Schema.currentVersion() + "). Update Newsmark to open it.");
            }
            try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                String result = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equals(result)) {
                    throw new ProjectFileException(name + " is damaged (SQLite integrity check: " + result + ").");
                }
            }
            return new Inspection(version);
        } catch (SQLException e) {
            throw new ProjectFileException(name + " is damaged or not a Newsmark project (" + firstLine(e) + ").", e);
        }
    }

    private static void checkHeader(Path file, String name) throws ProjectFileException {
        byte[] head = new byte[SQLITE_MAGIC.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new ProjectFileException("Cannot read " + name + ": " + e.getMessage(), e);
        }
        if (read == 0) {
            throw new ProjectFileException(name + " is empty, not a Newsmark project.");
        }
        if (read < head.length || !Arrays.equals(head, SQLITE_MAGIC)) {
            throw new ProjectFileException(name + " is not a Newsmark project (it is not an SQLite database).");
        }
    }

    private static int intPragma(Statement s, String pragmaSql) throws SQLException {
        try (ResultSet rs = s.executeQuery(pragmaSql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
