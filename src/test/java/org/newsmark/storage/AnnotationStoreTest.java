package org.newsmark.storage;

import org.newsmark.service.port.NotSavedException;
import org.newsmark.service.port.ProjectRefusedException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;

class AnnotationStoreTest {

    @TempDir
    Path dir;

    @Test
    void insertUpdateDeleteAndReopen() throws Exception {
        Path file = dir.resolve("p.newsmark");
        long id;
        try (SqliteProject p = TestStores.create(file)) {
            Document d = p.documents().insert("Title", "a.txt", "Alpha beta gamma.");
            Analyst ana = p.analysts().findOrCreate("Ana");
            Label claim = p.labels().all().get(0);
            Instant t = Instant.parse("2026-01-02T03:04:05.678Z");
            Annotation a = p.annotations().insert(new Annotation(0, d.id(), ana.id(), claim.id(), new Span(6, 10), "", null, t, t));
            id = a.id();
            assertTrue(id > 0);
            Label stat = p.labels().all().get(1);
            p.annotations().update(a.withLabel(stat.id(), t).withNote("checked", t));
        }
        try (SqliteProject p = TestStores.open(file)) {
            Annotation back = p.annotations().find(id).orElseThrow();
            assertEquals(new Span(6, 10), back.span());
            assertEquals("checked", back.note());
            assertEquals(p.labels().all().get(1).id(), back.labelId());
            assertEquals(Instant.parse("2026-01-02T03:04:05.678Z"), back.created());
            p.annotations().delete(id);
            assertTrue(p.annotations().find(id).isEmpty());
        }
    }

    @Test
    void schemaRejectsDuplicatesEmptySpansAndUnknownDocuments() throws Exception {
        try (SqliteProject p = TestStores.create(dir.resolve("c.newsmark"))) {
            Document d = p.documents().insert("T", null, "Some words here.");
            Analyst ana = p.analysts().findOrCreate("Ana");
            long label = p.labels().all().get(0).id();
            Instant t = Instant.now();
            p.annotations().insert(new Annotation(0, d.id(), ana.id(), label, new Span(0, 4), "", null, t, t));
            assertThrows(NotSavedException.class, () ->
                    p.annotations().insert(new Annotation(0, d.id(), ana.id(), label, new Span(0, 4), "", null, t, t)));
            assertThrows(NotSavedException.class, () ->
                    p.annotations().insert(new Annotation(0, 999, ana.id(), label, new Span(0, 4), "", null, t, t)));
            NotSavedException e = assertThrows(NotSavedException.class, () -> p.database().read(c -> {
                try (var s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO annotations(document_id, analyst_id, label_id, begin_utf16, end_utf16, created_at, updated_at)"
                            + " VALUES (" + d.id() + ", " + ana.id() + ", " + label + ", 5, 5, 'x', 'x')");
                }
            }));
            assertTrue(e.getMessage().contains("CHECK"), e.getMessage());
        }
    }
}
