package org.newsmark.storage;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.newsmark.domain.TextHash;

/** Project files of older formats, made by the real migrations, for tests outside this package. */
public final class OldProjectFiles {

    /** The one article of {@link #version1}. */
    public static final String TEXT = "An old article about 😀 emoji and roads.";

    private OldProjectFiles() {
    }

    /**
     * A format-1 project (before AUTOINCREMENT ids): the default codebook, analyst "Ana" and one
     * document ({@link #TEXT}, correct SHA-256) with tags 7 [3, 6) and 8 [21, 23) by Ana.
     */
    public static void version1(Path file) throws SQLException {
        try (SqliteDatabase db = SqliteDatabase.writer(file)) {
            Migrations.apply(db, 0, 1);
            db.write(c -> {
                try (PreparedStatement d = c.prepareStatement("INSERT INTO documents(id, title, source_name, imported_at, text,"
                        + " sha256, length) VALUES (1, 'Old', 'old.txt', '2025-01-01T00:00:00Z', ?, ?, ?)")) {
                    d.setString(1, TEXT);
                    d.setString(2, TextHash.sha256(TEXT));
                    d.setInt(3, TEXT.length());
                    d.execute();
                }
                try (PreparedStatement a = c.prepareStatement("INSERT INTO analysts(id, name) VALUES (1, 'Ana')")) {
                    a.execute();
                }
                try (PreparedStatement t = c.prepareStatement("INSERT INTO annotations(id, document_id, analyst_id, label_id,"
                        + " begin_utf16, end_utf16, note, created_at, updated_at) VALUES (?, 1, 1, 1, ?, ?, 'kept',"
                        + " '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')")) {
                    int[][] rows = {{7, 3, 6}, {8, 21, 23}};
                    for (int[] r : rows) {
                        t.setInt(1, r[0]);
                        t.setInt(2, r[1]);
                        t.setInt(3, r[2]);
                        t.execute();
                    }
                }
                return null;
            });
        }
    }

    /** The format the current migrations make, for assertions. */
    public static int currentVersion() {
        return Schema.currentVersion();
    }
}
