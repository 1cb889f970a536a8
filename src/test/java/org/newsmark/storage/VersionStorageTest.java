package org.newsmark.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.domain.Span;
import org.newsmark.domain.anchor.Outcome;

/** Format 12: a new version hides the one it replaced from the article list; the old one's tags to review. */
class VersionStorageTest {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aReplacedVersionLeavesTheListAndKeepsItsTagsAndReviewMarks() throws Exception {
        try (SqliteProject p = TestStores.create(dir.resolve("v.newsmark"))) {
            Document old = p.documents().insert("Old", null, "The first text.");
            Document other = p.documents().insert("Other", null, "Another article.");
            Analyst ana = p.analysts().findOrCreate("Ana");
            Annotation tag = p.annotations().insert(new Annotation(0, old.id(), ana.id(), 1, new Span(4, 9), "", null, T, T));
            Document now = p.documents().insert("New", null, "The first text, edited.");
            p.documents().markNewVersion(now.id(), old.id());

            assertEquals(List.of(other.id(), now.id()), p.documents().summaries(null).stream().map(DocumentSummary::id).toList());
            assertEquals(List.of(other.id(), now.id()), p.documents().summaries(ana.id()).stream().map(DocumentSummary::id).toList());
            assertEquals(Optional.of(old.id()), p.documents().previousVersion(now.id()));
            assertEquals(Optional.of(now.id()), p.documents().nextVersion(old.id()));
            assertEquals(Optional.empty(), p.documents().previousVersion(old.id()));
            assertEquals(Optional.empty(), p.documents().nextVersion(now.id()));
            assertEquals(List.of(tag), p.annotations().forDocument(old.id(), null), "the old version keeps its tags");

            p.annotations().setReview(tag.id(), Outcome.AMBIGUOUS);
            assertEquals(Map.of(tag.id(), Outcome.AMBIGUOUS), p.annotations().reviews(old.id()));
            p.annotations().setReview(tag.id(), null);
            assertEquals(Map.of(), p.annotations().reviews(old.id()));

            // deleting the new version (what undo does) brings the old one back into the list
            p.documents().delete(now.id());
            assertEquals(List.of(old.id(), other.id()), p.documents().summaries(null).stream().map(DocumentSummary::id).toList());
            assertEquals("ok", p.integrityCheck());
        }
    }

    @Test
    void statisticsCountTheCurrentVersionsOnly() throws Exception {
        try (SqliteProject p = TestStores.create(dir.resolve("stats.newsmark"))) {
            Document old = p.documents().insert("Old", null, "The first text.");
            Analyst ana = p.analysts().findOrCreate("Ana");
            p.annotations().insert(new Annotation(0, old.id(), ana.id(), 1, new Span(4, 9), "", null, T, T));
            var byArticle = List.of(new org.newsmark.service.port.StatisticsRepository.Group(
                    org.newsmark.domain.StatisticsKey.of(org.newsmark.domain.StatisticsKey.Kind.ARTICLE), null, false));
            assertEquals(1, p.statistics().count(byArticle, null).size());
            Document now = p.documents().insert("New", null, "The first text, edited.");
            p.annotations().insert(new Annotation(0, now.id(), ana.id(), 1, new Span(4, 9), "", null, T, T));
            p.documents().markNewVersion(now.id(), old.id());
            assertEquals(List.of(List.of("New")), p.statistics().count(byArticle, null).stream()
                    .map(org.newsmark.domain.TagCount::values).toList());
            assertEquals(List.of(now.id()), p.statistics().density(null).stream().map(org.newsmark.domain.ArticleDensity::documentId)
                    .toList());
        }
    }

    @Test
    void theReviewColumnTakesOnlyTheOutcomesThatAreReviewed() throws Exception {
        try (SqliteProject p = TestStores.create(dir.resolve("check.newsmark"))) {
            Document d = p.documents().insert("D", null, "Some text.");
            Analyst ana = p.analysts().findOrCreate("Ana");
            Annotation tag = p.annotations().insert(new Annotation(0, d.id(), ana.id(), 1, new Span(0, 4), "", null, T, T));
            assertThrows(RuntimeException.class, () -> p.annotations().setReview(tag.id(), Outcome.KEPT));
            assertEquals(Map.of(), p.annotations().reviews(d.id()));
        }
    }

    @Test
    void aFormat11FileGainsVersionsWithItsArticlesListedAsBefore() throws Exception {
        Path file = dir.resolve("v11.newsmark");
        try (SqliteDatabase db = SqliteDatabase.writer(file)) {
            Migrations.apply(db, 0, Schema.VERSIONS_FROM - 1);
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO documents(id, title, imported_at, text, sha256, length)"
                            + " VALUES (1, 'A', '2025-01-01T00:00:00Z', 'Text a.', 'a', 7), (2, 'B', '2025-01-01T00:00:00Z', 'Text b.', 'b', 7)");
                    return null;
                }
            });
        }
        try (SqliteProject p = TestStores.open(file)) {
            assertEquals(List.of(1L, 2L), p.documents().summaries(null).stream().map(DocumentSummary::id).toList());
            assertEquals(Optional.empty(), p.documents().previousVersion(2));
            p.documents().markNewVersion(2, 1);
            assertEquals(List.of(2L), p.documents().summaries(null).stream().map(DocumentSummary::id).toList());
            assertEquals("ok", p.integrityCheck());
        }
        try (SqliteProject again = TestStores.open(file)) {
            assertEquals(Optional.of(1L), again.documents().previousVersion(2), "kept, and the file passes the schema check");
        }
    }
}
