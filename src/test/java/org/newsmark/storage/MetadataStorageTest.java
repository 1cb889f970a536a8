package org.newsmark.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.Document;

/** Format 7: article metadata columns, declared custom fields and their values; a format-6 file migrated and read read-only. */
class MetadataStorageTest {

    @TempDir
    Path dir;

    @Test
    void metadataAndCustomFieldsRoundTripAndGoWithTheArticle() throws Exception {
        try (SqliteProject p = TestStores.create(dir.resolve("p.newsmark"))) {
            Document a = p.documents().insert("A", "a.txt", "The first article.");
            Document b = p.documents().insert("B", "b.txt", "The second article.");
            p.metadata().declare("section");
            p.metadata().declare("wave");
            p.metadata().declare("section");
            assertEquals(List.of("section", "wave"), p.metadata().fields(), "declared once, in order");
            ArticleMetadata m = new ArticleMetadata("Harbour Gazette", "Ilse Marten", "2024-02-08", "https://example.org/a", "de-CH",
                    Map.of("wave", "2", "section", "Local"));
            p.metadata().set(a.id(), m);
            assertEquals(m, p.metadata().of(a.id()));
            assertEquals(List.of("section", "wave"), List.copyOf(p.metadata().of(a.id()).fields().keySet()), "fields in declaration order");
            assertEquals(ArticleMetadata.EMPTY, p.metadata().of(b.id()));
            assertEquals(Map.of(a.id(), m, b.id(), ArticleMetadata.EMPTY), p.metadata().all());
            p.metadata().set(a.id(), m.with("wave", null).with("author", null));
            assertEquals(Map.of("section", "Local"), p.metadata().of(a.id()).fields());
            assertEquals(null, p.metadata().of(a.id()).author());
            assertThrows(RuntimeException.class, () -> p.metadata().set(b.id(), ArticleMetadata.EMPTY.with("undeclared", "x")),
                    "a value needs its field declared");
            assertEquals(ArticleMetadata.EMPTY, p.metadata().of(b.id()), "nothing half-written");
            assertTrue(p.documents().delete(a.id()));
            assertEquals(ArticleMetadata.EMPTY, p.metadata().of(a.id()));
            assertEquals("ok", p.integrityCheck());
            assertEquals(0, count(p, "SELECT count(*) FROM document_fields"), "the deleted article's values went with it");
        }
    }

    @Test
    void aVersion6ProjectIsBackedUpAndKeepsItsOutlet() throws Exception {
        Path file = dir.resolve("v6.newsmark");
        try (SqliteDatabase db = SqliteDatabase.writer(file)) {
            Migrations.apply(db, 0, 6);
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO documents(id, title, imported_at, text, sha256, length, outlet)"
                            + " VALUES (1, 'Old', '2025-01-01T00:00:00Z', 'An old article.', 'abc', 15, 'Riverside Weekly')");
                    return null;
                }
            });
        }
        byte[] original = Files.readAllBytes(file);
        try (SqliteProject ro = TestStores.openReadOnly(file)) {
            assertEquals("Riverside Weekly", ro.metadata().of(1).outlet(), "format 6 read-only: the outlet, nothing else");
            assertEquals(List.of(), ro.metadata().fields());
        }
        assertArrayEquals(original, Files.readAllBytes(file), "a read-only session does not upgrade");
        try (SqliteProject p = TestStores.open(file)) {
            assertEquals(new ArticleMetadata("Riverside Weekly", null, null, null, null, Map.of()), p.metadata().of(1));
            p.metadata().declare("wave");
            p.metadata().set(1, p.metadata().of(1).with("published", "2025-01-01").with("wave", "1"));
            assertEquals("1", p.metadata().of(1).fields().get("wave"));
            assertEquals("ok", p.integrityCheck());
        }
        assertArrayEquals(original, Files.readAllBytes(dir.resolve("v6.newsmark.bak-v6")), "the backup is the untouched version-6 file");
        try (SqliteProject again = TestStores.open(file)) {
            assertEquals("2025-01-01", again.metadata().of(1).published(), "the schema check takes format 7 as Newsmark made it");
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
