package org.newsmark.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Span;

/**
 * Format 11's {@code tag_counts}, kept by triggers: after any mix of inserts, batches, relabels,
 * deletes and a deleted article it equals a count of the tags themselves, and a format-10 file is
 * filled when it is migrated.
 */
class TagCountsStorageTest {

    @TempDir
    Path dir;

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void theCountsFollowEveryKindOfEditIncludingADeletedArticle() throws Exception {
        try (SqliteProject p = TestStores.create(dir.resolve("p.newsmark"))) {
            List<Long> docs = new ArrayList<>();
            for (int d = 0; d < 3; d++) {
                docs.add(p.documents().insert("A" + d, null, "x".repeat(500) + d).id());
            }
            List<Long> analysts = List.of(p.analysts().findOrCreate("Ana").id(), p.analysts().findOrCreate("Ben").id());
            List<Long> labels = p.labels().all().stream().map(l -> l.id()).toList();
            Random r = new Random(11);
            List<Annotation> live = new ArrayList<>();
            for (int step = 0; step < 600; step++) {
                int op = r.nextInt(10);
                if (op < 5 || live.isEmpty()) {
                    int b = r.nextInt(490);
                    Annotation a = new Annotation(0, docs.get(r.nextInt(3)), analysts.get(r.nextInt(2)), labels.get(r.nextInt(labels.size())),
                            new Span(b, b + 1 + r.nextInt(9)), "", null, T, T);
                    if (!p.annotations().hasTwin(a)) {
                        live.add(op == 0 ? p.annotations().applyBatch(List.of(), List.of(a)).get(0) : p.annotations().insert(a));
                    }
                } else if (op < 7) {
                    Annotation a = live.get(r.nextInt(live.size()));
                    Annotation relabelled = new Annotation(a.id(), a.documentId(), a.analystId(), labels.get(r.nextInt(labels.size())),
                            new Span(a.begin(), a.end()), "", null, T, T);
                    if (!p.annotations().hasTwin(relabelled)) {
                        p.annotations().update(relabelled);
                        live.set(live.indexOf(a), relabelled);
                    }
                } else if (op < 9) {
                    Annotation a = live.remove(r.nextInt(live.size()));
                    p.annotations().delete(a.id());
                } else {
                    Annotation a = live.remove(r.nextInt(live.size()));
                    p.annotations().applyBatch(List.of(a.id()), List.of());
                }
                if (step % 100 == 99) {
                    assertEquals(countedFromTags(p), kept(p), "after step " + step);
                }
            }
            assertFalse(kept(p).isEmpty());
            p.documents().delete(docs.get(1));
            assertEquals(countedFromTags(p), kept(p), "after the article was deleted with its tags");
            assertFalse(kept(p).keySet().stream().anyMatch(k -> k.startsWith(docs.get(1) + "/")), "no row left for the deleted article");
            assertEquals(countedFromTags(p).values().stream().mapToLong(Long::longValue).sum(),
                    p.documents().summaries(null).stream().mapToLong(s -> s.annotationCount()).sum(), "the article list's counts");
            assertEquals("ok", p.integrityCheck());
        }
    }

    @Test
    void aFormat10FileIsCountedWhenMigrated() throws Exception {
        Path file = dir.resolve("v10.newsmark");
        try (SqliteDatabase db = SqliteDatabase.writer(file)) {
            Migrations.apply(db, 0, 10);
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO analysts(id, name) VALUES (1, 'Ana'), (2, 'Ben')");
                    s.execute("INSERT INTO documents(id, title, imported_at, text, sha256, length)"
                            + " VALUES (1, 'Old', '2025-01-01T00:00:00Z', 'An old article about roads.', 'abc', 27)");
                    long label = 1;
                    for (int i = 0; i < 7; i++) {
                        s.execute("INSERT INTO annotations(document_id, analyst_id, label_id, begin_utf16, end_utf16, created_at, updated_at)"
                                + " VALUES (1, " + (1 + i % 2) + ", " + label + ", " + i + ", " + (i + 3) + ", '" + T + "', '" + T + "')");
                    }
                    return null;
                }
            });
        }
        try (SqliteProject p = TestStores.open(file)) {
            assertEquals(Map.of("1/1/1", 4L, "1/2/1", 3L), kept(p));
            assertEquals(countedFromTags(p), kept(p));
            assertEquals(7, p.documents().summaries(null).get(0).annotationCount());
            assertEquals(3, p.documents().summaries(2L).get(0).annotationCount());
        }
    }

    private static Map<String, Long> kept(SqliteProject p) {
        return rows(p, "SELECT document_id, analyst_id, label_id, n FROM tag_counts");
    }

    private static Map<String, Long> countedFromTags(SqliteProject p) {
        return rows(p, "SELECT document_id, analyst_id, label_id, count(*) FROM annotations GROUP BY document_id, analyst_id, label_id");
    }

    private static Map<String, Long> rows(SqliteProject p, String sql) {
        return p.database().read(c -> {
            Map<String, Long> out = new TreeMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    out.put(rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3), rs.getLong(4));
                }
            }
            return out;
        });
    }
}
