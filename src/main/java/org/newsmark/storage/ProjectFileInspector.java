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
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
             Statement s = c.createStatement()) {
            int appId = intPragma(s, "application_id");
            int version = intPragma(s, "user_version");
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

    private static int intPragma(Statement s, String pragma) throws SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
