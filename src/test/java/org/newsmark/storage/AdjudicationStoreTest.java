package org.newsmark.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.ComparePosition;
import org.newsmark.domain.Decision;
import org.newsmark.domain.Document;
import org.newsmark.domain.PairDecision;
import org.newsmark.domain.PairKey;
import org.newsmark.domain.PairSide;
import org.newsmark.domain.Span;
import org.newsmark.service.port.NotSavedException;

/** Decisions are kept per pair whichever analyst is A, one per pair, and survive reopening; an old file read-only has none. */
class AdjudicationStoreTest {

    @TempDir
    Path dir;

    static final Instant T = Instant.parse("2026-03-04T05:06:07.089Z");

    @Test
    void aDecisionIsFoundFromEitherSideReplacedAndRemoved() throws Exception {
        Path file = dir.resolve("d.newsmark");
        PairKey onlyB;
        long ann;
        long ben;
        try (SqliteProject p = TestStores.create(file)) {
            Document d = p.documents().insert("T", null, "Angela Merkel met Macron.");
            ann = p.analysts().findOrCreate("Ann").id();
            ben = p.analysts().findOrCreate("Ben").id();
            long consensus = p.analysts().findOrCreate("consensus").id();
            long per = p.labels().all().get(0).id();
            // seen with Ben as A: Ben's span on the left, Ann marked nothing
            onlyB = new PairKey(d.id(), ben, new PairSide(per, new Span(7, 13)), ann, null);
            PairKey boundary = new PairKey(d.id(), ann, new PairSide(per, new Span(0, 13)), ben, new PairSide(per, new Span(7, 13)));
            p.adjudications().put(new PairDecision(onlyB, Decision.ACCEPT_A, consensus, T));
            p.adjudications().put(new PairDecision(boundary, Decision.REJECT, consensus, T));
            PairDecision stored = p.adjudications().find(onlyB).orElseThrow();
            assertEquals(ann, stored.pair().analystA(), "kept with the lower id as A");
            assertEquals(Decision.ACCEPT_B, stored.decision(), "Ben's span is B's when Ann is A");
            assertEquals(Decision.ACCEPT_A, stored.seenFrom(ben).decision());
            assertEquals(onlyB, stored.seenFrom(ben).pair());
            p.adjudications().put(new PairDecision(onlyB.swapped(), Decision.REJECT, consensus, T));
            assertEquals(2, p.adjudications().between(ben, ann).size(), "a second decision on a pair replaces the first");
            assertEquals(Decision.REJECT, p.adjudications().find(onlyB).orElseThrow().decision());
            p.adjudications().savePosition(new ComparePosition(ben, ann, d.id(), onlyB));
        }
        try (SqliteProject p = TestStores.open(file)) {
            List<PairDecision> all = p.adjudications().between(ann, ben);
            assertEquals(2, all.size());
            assertEquals(T, all.get(0).decidedAt());
            assertEquals(Optional.of(new ComparePosition(ben, ann, 1L, onlyB)), p.adjudications().position());
            p.adjudications().remove(onlyB.swapped());
            assertTrue(p.adjudications().find(onlyB).isEmpty());
            assertEquals(1, p.adjudications().between(ann, ben).size());
            p.adjudications().remove(onlyB); // nothing there: nothing happens
        }
    }

    @Test
    void theSchemaRefusesADecisionOnAnUnknownDocumentOrLabel() throws Exception {
        try (SqliteProject p = TestStores.create(dir.resolve("fk.newsmark"))) {
            Analyst ann = p.analysts().findOrCreate("Ann");
            Analyst ben = p.analysts().findOrCreate("Ben");
            PairKey nowhere = new PairKey(99, ann.id(), new PairSide(1, new Span(0, 1)), ben.id(), null);
            assertThrows(NotSavedException.class, () -> p.adjudications().put(new PairDecision(nowhere, Decision.ACCEPT_A, ann.id(), T)));
            Document d = p.documents().insert("T", null, "Text.");
            PairKey noLabel = new PairKey(d.id(), ann.id(), new PairSide(999, new Span(0, 1)), ben.id(), null);
            assertThrows(NotSavedException.class, () -> p.adjudications().put(new PairDecision(noLabel, Decision.ACCEPT_A, ann.id(), T)));
            assertTrue(p.adjudications().between(ann.id(), ben.id()).isEmpty());
        }
    }

    @Test
    void aFormat2FileOpenedReadOnlyHasNoDecisionsAndStaysFormat2() throws Exception {
        Path file = dir.resolve("v2.newsmark");
        try (SqliteDatabase db = SqliteDatabase.writer(file)) {
            Migrations.apply(db, 0, 2);
        }
        try (SqliteProject p = TestStores.openReadOnly(file)) {
            assertTrue(p.isReadOnly());
            assertEquals(List.of(), p.adjudications().between(1, 2));
            assertTrue(p.adjudications().position().isEmpty());
            assertEquals(2, (int) p.database().read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
                    rs.next();
                    return rs.getInt(1);
                }
            }));
        }
    }
}
