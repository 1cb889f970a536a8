package org.newsmark.storage;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/** Damage done to a project file on purpose, for the tests of what notices it. */
public final class FileDamage {

    private FileDamage() {
    }

    /** Zeroes the root page of an index: the schema still reads, SQLite's quick check does not pass. */
    public static void zeroIndexRoot(Path file, String index) throws Exception {
        int page;
        int pageSize;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toUri() + "?immutable=1");
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = '" + index + "'")) {
                page = rs.getInt(1);
            }
            try (ResultSet rs = s.executeQuery("PRAGMA page_size")) {
                pageSize = rs.getInt(1);
            }
        }
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek((long) (page - 1) * pageSize);
            f.write(new byte[pageSize]);
        }
    }
}
