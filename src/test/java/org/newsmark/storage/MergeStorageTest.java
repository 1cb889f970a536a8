package org.newsmark.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Decision;
import org.newsmark.domain.Label;
import org.newsmark.domain.PairDecision;
import org.newsmark.domain.PairKey;
import org.newsmark.domain.PairSide;
import org.newsmark.domain.Span;

/** What a label merge and its undo need from storage: rows put back under their own ids, survive a reopen. */
class MergeStorageTest {

    @TempDir
    Path dir;

    @Test
    void labelsAndAttributesComeBackUnderTheirIdsAndTagsAndDecisionsAreFoundByLabel() throws Exception {
        Path file = dir.resolve("m.newsmark");
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        Label opinion;
        Attribute extra;
        Annotation tag;
        try (SqliteProject p = TestStores.create(file)) {
            opinion = p.labels().all().get(2).withTexts("def", "rules", "ex");
            p.labels().update(opinion);
            extra = p.attributes().insert(new Attribute(0, opinion.id(), "extra", AttributeType.CHOICE, List.of("a", "b"), true, "d"));
            long doc = p.documents().insert("A", "a.txt", "Sales rose 12% in May, the office said.").id();
            long ana = p.analysts().findOrCreate("Ana").id();
            long bo = p.analysts().findOrCreate("Bo").id();
            tag = p.annotations().insert(new Annotation(0, doc, ana, opinion.id(), new Span(0, 5), "n", null, t, t,
                    AttributeValues.of(Map.of(extra.id(), List.of("b")))));
            PairSide side = new PairSide(opinion.id(), new Span(0, 5));
            p.adjudications().put(new PairDecision(new PairKey(doc, ana, side, bo, null), Decision.REJECT, ana, t));
            assertEquals(List.of(tag), p.annotations().withLabel(opinion.id()));
            assertEquals(1, p.adjudications().naming(opinion.id()).size());
            assertEquals(0, p.adjudications().naming(p.labels().all().get(0).id()).size());

            long claim = p.labels().all().get(0).id();
            List<Long> own = ids(p, opinion.id()).subList(0, 2);
            p.inTransaction(() -> {
                p.annotations().delete(tag.id());
                p.attributes().delete(extra.id());
                p.attributes().place(claim, List.of(own.get(1), ids(p, claim).get(0), own.get(0)));
                p.adjudications().remove(new PairKey(doc, ana, side, bo, null));
                p.labels().delete(opinion.id());
                return null;
            });
            assertTrue(p.attributes().all().stream().noneMatch(a -> a.id() == extra.id()));
            assertEquals(own.get(1), ids(p, claim).get(0), "placed in this order");
            assertEquals(3, ids(p, claim).size());
            p.inTransaction(() -> {
                p.labels().restore(opinion);
                p.attributes().place(opinion.id(), own);
                p.attributes().restore(extra);
                return p.annotations().insert(tag);
            });
        }
        try (SqliteProject p = TestStores.open(file)) {
            assertTrue(p.labels().all().contains(opinion), "id, key, texts");
            assertTrue(p.attributes().all().contains(extra), "id, choices, required");
            assertEquals(List.of(tag), p.annotations().withLabel(opinion.id()), "the tag with its value");
            assertEquals(3, ids(p, opinion.id()).size());
            assertEquals(1, ids(p, p.labels().all().get(0).id()).size());
        }
    }

    private static List<Long> ids(SqliteProject p, long labelId) {
        return p.attributes().all().stream().filter(a -> a.labelId() != null && a.labelId() == labelId).map(Attribute::id).toList();
    }
}
