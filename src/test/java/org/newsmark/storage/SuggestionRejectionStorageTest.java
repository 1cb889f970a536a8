package org.newsmark.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Span;
import org.newsmark.domain.suggest.SuggestionKind;
import org.newsmark.domain.suggest.SuggestionRejection;

/**
 * Format 13: suggestion rejections kept per analyst and article, once, forgotten on demand, gone
 * with their article; a read-only session on an older file reads none and leaves it as it was; a
 * writer upgrades it.
 */
class SuggestionRejectionStorageTest {

    @TempDir
    Path dir;

    @Test
    void aRejectionIsKeptOncePerAnalystForgottenAndGoesWithItsArticle() throws Exception {
        Path file = dir.resolve("r.newsmark");
        try (SqliteProject p = TestStores.create(file)) {
            long doc = p.documents().insert("A", "a.txt", "Prices rose 12% and 3 per cent.").id();
            long ana = p.analysts().findOrCreate("Ana").id();
            long ben = p.analysts().findOrCreate("Ben").id();
            SuggestionRejection stat = new SuggestionRejection(doc, ana, SuggestionKind.STATISTIC, new Span(12, 15), "12%");
            SuggestionRejection quote = new SuggestionRejection(doc, ana, SuggestionKind.ATTRIBUTED_OPINION, new Span(0, 6), "Prices");
            p.suggestionRejections().reject(quote, Instant.EPOCH);
            p.suggestionRejections().reject(stat, Instant.EPOCH);
            p.suggestionRejections().reject(stat, Instant.EPOCH);
            assertEquals(List.of(quote, stat), p.suggestionRejections().inDocument(doc, ana), "kept once, by span");
            assertEquals(List.of(), p.suggestionRejections().inDocument(doc, ben), "rejections are per analyst");
            SuggestionRejection bens = new SuggestionRejection(doc, ben, SuggestionKind.STATISTIC, new Span(20, 30), "3 per cent");
            Instant at = Instant.parse("2026-12-03T08:00:00.123Z");
            p.suggestionRejections().reject(bens, at);
            assertEquals(java.util.Map.of(quote, Instant.EPOCH, stat, Instant.EPOCH, bens, at), p.suggestionRejections().allInDocument(doc),
                    "every analyst's, with when (what Undo Delete Article puts back)");
            p.suggestionRejections().forget(bens);
            p.suggestionRejections().forget(stat);
            assertEquals(List.of(quote), p.suggestionRejections().inDocument(doc, ana));
            p.documents().delete(doc);
            assertEquals(List.of(), p.suggestionRejections().inDocument(doc, ana), "deleted with its article");
            assertEquals("ok", p.integrityCheck());
        }
        try (SqliteProject p = TestStores.open(file)) {
            assertTrue(p.suggestionRejections().inDocument(1, 1).isEmpty());
        }
    }

    @Test
    void aKindThisNewsmarkDoesNotKnowRejectsNothing() throws Exception {
        try (SqliteProject p = TestStores.create(dir.resolve("k.newsmark"))) {
            long doc = p.documents().insert("A", "a.txt", "Some text.").id();
            long ana = p.analysts().findOrCreate("Ana").id();
            p.database().write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO suggestion_rejections(document_id, analyst_id, kind, begin_utf16, end_utf16, text,"
                            + " rejected_at) VALUES (" + doc + ", " + ana + ", 'sarcasm', 0, 4, 'Some', 'x')");
                }
                return null;
            });
            assertEquals(List.of(), p.suggestionRejections().inDocument(doc, ana));
            assertThrows(RuntimeException.class, () -> p.database().write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO suggestion_rejections(document_id, analyst_id, kind, begin_utf16, end_utf16, text,"
                            + " rejected_at) VALUES (" + doc + ", " + ana + ", 'claim', 4, 4, '', 'x')");
                }
                return null;
            }), "an empty span is refused by the table too");
        }
    }

    @Test
    void aReadOnlySessionOnAFormat12FileReadsNoRejectionsAndAWriterUpgradesIt() throws Exception {
        Path file = dir.resolve("v12.newsmark");
        try (SqliteDatabase db = SqliteDatabase.writer(file)) {
            Migrations.apply(db, 0, Schema.SUGGESTION_REJECTIONS_FROM - 1);
        }
        byte[] before = Files.readAllBytes(file);
        try (SqliteProject p = TestStores.openReadOnly(file)) {
            assertEquals(Schema.SUGGESTION_REJECTIONS_FROM - 1, p.schemaVersion());
            assertEquals(List.of(), p.suggestionRejections().inDocument(1, 1));
            p.suggestionRejections().forget(new SuggestionRejection(1, 1, SuggestionKind.STATISTIC, new Span(0, 1), "x"));
        }
        assertArrayEquals(before, Files.readAllBytes(file), "not upgraded, not changed");
        try (SqliteProject p = TestStores.open(file)) {
            assertEquals(Schema.currentVersion(), p.schemaVersion());
            long doc = p.documents().insert("A", "a.txt", "Up 5%.").id();
            long ana = p.analysts().findOrCreate("Ana").id();
            SuggestionRejection r = new SuggestionRejection(doc, ana, SuggestionKind.STATISTIC, new Span(3, 5), "5%");
            p.suggestionRejections().reject(r, Instant.EPOCH);
            assertEquals(List.of(r), p.suggestionRejections().inDocument(doc, ana), "format 13 after the upgrade");
            assertEquals("ok", p.integrityCheck());
        }
        assertTrue(Files.exists(dir.resolve("v12.newsmark.bak-v12")), "the backup before the upgrade");
        try (SqliteProject again = TestStores.open(file)) {
            assertEquals(1, again.suggestionRejections().inDocument(1, 1).size(), "kept, and the file passes the schema check");
        }
    }
}
