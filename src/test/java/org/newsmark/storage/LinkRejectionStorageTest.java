package org.newsmark.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.LinkRejection;
import org.newsmark.domain.Span;

/** Format 8: link rejections kept by content, forgotten on demand, gone with their article; none before format 8. */
class LinkRejectionStorageTest {

    @TempDir
    Path dir;

    @Test
    void aRejectionIsKeptOnceForgottenAndGoesWithItsArticle() throws Exception {
        Path file = dir.resolve("r.newsmark");
        try (SqliteProject p = TestStores.create(file)) {
            long doc = p.documents().insert("A", "a.txt", "Some text of an article.").id();
            long ana = p.analysts().findOrCreate("Ana").id();
            long consensus = p.analysts().findOrCreate("consensus").id();
            long type = p.links().types().get(0).id();
            LinkRejection r = new LinkRejection(doc, ana, type, 2, new Span(0, 4), 1, new Span(5, 9), consensus);
            p.linkRejections().reject(r, Instant.EPOCH);
            p.linkRejections().reject(r, Instant.EPOCH);
            assertEquals(Set.of(r), p.linkRejections().inDocument(doc, consensus), "kept once");
            assertEquals(Set.of(), p.linkRejections().inDocument(doc, ana), "rejections are per consensus layer");
            p.linkRejections().forget(r);
            assertEquals(Set.of(), p.linkRejections().inDocument(doc, consensus));
            p.linkRejections().reject(r, Instant.EPOCH);
            p.documents().delete(doc);
            assertEquals(Set.of(), p.linkRejections().inDocument(doc, consensus), "deleted with its article");
            assertEquals("ok", p.integrityCheck());
        }
        try (SqliteProject p = TestStores.open(file)) {
            assertTrue(p.linkRejections().inDocument(1, 1).isEmpty());
        }
    }

    @Test
    void aReadOnlySessionOnAVersion6FileReadsNoRejectionsAndAWriterUpgradesIt() throws Exception {
        Path file = dir.resolve("v6.newsmark");
        try (SqliteDatabase db = SqliteDatabase.writer(file)) {
            Migrations.apply(db, 0, 6);
        }
        byte[] before = Files.readAllBytes(file);
        try (SqliteProject p = TestStores.openReadOnly(file)) {
            assertEquals(Set.of(), p.linkRejections().inDocument(1, 1));
        }
        assertArrayEquals(before, Files.readAllBytes(file), "not upgraded, not changed");
        try (SqliteProject p = TestStores.open(file)) {
            long doc = p.documents().insert("A", "a.txt", "Text.").id();
            long ana = p.analysts().findOrCreate("Ana").id();
            LinkRejection r = new LinkRejection(doc, ana, 1, 1, new Span(0, 1), 2, new Span(2, 3), ana);
            p.linkRejections().reject(r, Instant.EPOCH);
            assertEquals(Set.of(r), p.linkRejections().inDocument(doc, ana), "format 8 after the upgrade");
        }
        assertTrue(Files.exists(dir.resolve("v6.newsmark.bak-v6")), "the backup before the upgrade");
    }
}
