package org.newsmark.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Document;
import org.newsmark.service.port.ProjectRefusedException;

/** Format 8: the corpus index follows the documents (insert, delete, restore, in their transaction), folds accents, is filled by the migration. */
class CorpusIndexStorageTest {

    @TempDir
    Path dir;

    @Test
    void theIndexFollowsInsertDeleteAndRestore() throws Exception {
        try (SqliteProject p = TestStores.create(dir.resolve("p.newsmark"))) {
            Document a = p.documents().insert("A", "a.txt", "The Café opened near the bridge.");
            Document b = p.documents().insert("B", "b.txt", "A new bridge 😀 for the town.");
            assertTrue(p.corpusIndex().available());
            assertEquals(List.of(a.id(), b.id()), p.corpusIndex().matching("bridge", false));
            assertEquals(List.of(a.id()), p.corpusIndex().matching("\"cafe\"", false), "accents folded");
            assertEquals(List.of(a.id()), p.corpusIndex().matching("\"CAFÉ opened\"", false), "a phrase, case folded");
            assertEquals(List.of(), p.corpusIndex().matching("\"opened café\"", false), "a phrase keeps its order");
            assertTrue(p.documents().delete(a.id()));
            assertEquals(List.of(b.id()), p.corpusIndex().matching("bridge", false), "a deleted article leaves the index");
            p.documents().restore(a);
            assertEquals(List.of(a.id(), b.id()), p.corpusIndex().matching("bridge", false), "a restored article is found again");
            assertTrue(p.documents().rename(b.id(), "Renamed"));
            assertEquals(List.of(b.id()), p.corpusIndex().matching("town", false), "a rename leaves the text indexed");
            assertEquals("ok", p.integrityCheck());
            assertEquals(2, rows(p, "SELECT count(*) FROM corpus_index WHERE corpus_index MATCH 'bridge'"));
        }
    }

    @Test
    void aFailedTransactionLeavesNoIndexRow() throws Exception {
        try (SqliteProject p = TestStores.create(dir.resolve("p.newsmark"))) {
            assertThrows(IllegalStateException.class, () -> p.inTransaction(() -> {
                p.documents().insert("A", "a.txt", "A word about harbours.");
                throw new IllegalStateException("stop");
            }));
            assertEquals(List.of(), p.corpusIndex().matching("harbours", false), "rolled back with the document");
        }
    }

    @Test
    void theMigrationIndexesTheArticlesAFileHasAndTheFileReopens() throws Exception {
        Path file = dir.resolve("v7.newsmark");
        try (SqliteDatabase db = SqliteDatabase.writer(file)) {
            Migrations.apply(db, 0, Schema.CORPUS_INDEX_FROM - 1); // the format before the index
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO documents(id, title, imported_at, text, sha256, length)"
                            + " VALUES (4, 'Old', '2025-01-01T00:00:00Z', 'An old article about the Señor.', 'abc', 31)");
                    return null;
                }
            });
        }
        try (SqliteProject ro = TestStores.openReadOnly(file)) {
            assertFalse(ro.corpusIndex().available(), "a read-only file of the format before has no index, and is not upgraded");
        }
        try (SqliteProject p = TestStores.open(file)) {
            assertEquals(List.of(4L), p.corpusIndex().matching("senor", false));
        }
        try (SqliteProject again = TestStores.open(file)) {
            assertEquals(List.of(4L), again.corpusIndex().matching("old", true), "the schema check takes the index as Newsmark made it");
        }
    }

    @Test
    void aCraftedIndexIsRefused() throws Exception {
        Path file = dir.resolve("p.newsmark");
        try (SqliteProject p = TestStores.create(file)) {
            p.documents().insert("A", "a.txt", "Some words.");
        }
        Path other = dir.resolve("other.newsmark");
        java.nio.file.Files.copy(file, other);
        plant(file, "DROP TABLE corpus_index",
                "CREATE VIRTUAL TABLE corpus_index USING fts5(text, content='', contentless_delete=1, tokenize='trigram')");
        ProjectRefusedException e = assertThrows(ProjectRefusedException.class, () -> TestStores.open(file));
        assertTrue(e.getMessage().contains("\"corpus_index\""), e.getMessage());
        plant(other, "INSERT INTO corpus_index_config(k, v) VALUES ('rank', 'bm25(10.0)')");
        e = assertThrows(ProjectRefusedException.class, () -> TestStores.openReadOnly(other));
        assertTrue(e.getMessage().contains("\"corpus_index_config\"") && e.getMessage().contains("other.newsmark"), e.getMessage());
    }

    private static void plant(Path file, String... sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }

    private static long rows(SqliteProject p, String sql) {
        return p.database().read(c -> {
            try (Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
