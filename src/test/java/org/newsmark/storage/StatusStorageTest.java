package org.newsmark.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.ArticleStatus;
import org.newsmark.domain.Document;

/** Format 8: each analyst's status of each article; no row is to do; a format-7 file read read-only and migrated. */
class StatusStorageTest {

    @TempDir
    Path dir;

    @Test
    void statusesRoundTripPerAnalystAndGoWithTheArticle() throws Exception {
        try (SqliteProject p = TestStores.create(dir.resolve("p.newsmark"))) {
            Document a = p.documents().insert("A", "a.txt", "The first article.");
            Document b = p.documents().insert("B", "b.txt", "The second article.");
            long ana = p.analysts().findOrCreate("Ana").id();
            long bo = p.analysts().findOrCreate("Bo").id();
            assertEquals(ArticleStatus.TODO, p.statuses().of(a.id(), ana), "no row: to do");
            p.statuses().set(a.id(), ana, ArticleStatus.IN_PROGRESS);
            p.statuses().set(a.id(), ana, ArticleStatus.DONE);
            p.statuses().set(a.id(), bo, ArticleStatus.IN_PROGRESS);
            p.statuses().set(b.id(), bo, ArticleStatus.DONE);
            assertEquals(ArticleStatus.DONE, p.statuses().of(a.id(), ana), "the second set replaces the first");
            assertEquals(Map.of(a.id(), Map.of(ana, ArticleStatus.DONE, bo, ArticleStatus.IN_PROGRESS), b.id(), Map.of(bo, ArticleStatus.DONE)),
                    p.statuses().all());
            p.statuses().set(a.id(), bo, ArticleStatus.TODO);
            assertEquals(2, count(p, "SELECT count(*) FROM article_status"), "to do is stored as no row");
            assertEquals(ArticleStatus.TODO, p.statuses().of(a.id(), bo));
            assertThrows(RuntimeException.class, () -> p.database().write(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("UPDATE article_status SET status = 'todo'");
                }
            }), "the file holds only in-progress and done");
            assertEquals(ArticleStatus.DONE, p.statuses().of(a.id(), ana), "nothing changed by the refused update");
            p.documents().delete(b.id());
            assertEquals(Map.of(a.id(), Map.of(ana, ArticleStatus.DONE)), p.statuses().all(), "the deleted article's statuses went with it");
            assertEquals("ok", p.integrityCheck());
        }
        try (SqliteProject again = TestStores.openReadOnly(dir.resolve("p.newsmark"))) {
            assertEquals(1, again.statuses().all().size(), "saved");
        }
    }

    @Test
    void aVersion7ProjectReadsEveryArticleAsToDoAndIsMigrated() throws Exception {
        Path file = dir.resolve("v7.newsmark");
        try (SqliteDatabase db = SqliteDatabase.writer(file)) {
            Migrations.apply(db, 0, 7);
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO documents(id, title, imported_at, text, sha256, length)"
                            + " VALUES (1, 'Old', '2025-01-01T00:00:00Z', 'An old article.', 'abc', 15)");
                    return null;
                }
            });
        }
        byte[] original = Files.readAllBytes(file);
        try (SqliteProject ro = TestStores.openReadOnly(file)) {
            assertEquals(Map.of(), ro.statuses().all());
            assertEquals(ArticleStatus.TODO, ro.statuses().of(1, 1));
        }
        assertArrayEquals(original, Files.readAllBytes(file), "a read-only session does not upgrade");
        try (SqliteProject p = TestStores.open(file)) {
            long ana = p.analysts().findOrCreate("Ana").id();
            p.statuses().set(1, ana, ArticleStatus.DONE);
            assertEquals(ArticleStatus.DONE, p.statuses().of(1, ana));
            assertEquals("ok", p.integrityCheck());
        }
    }

    private static long count(SqliteProject p, String sql) {
        return p.database().read(c -> {
            try (Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
