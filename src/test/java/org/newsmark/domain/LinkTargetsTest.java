package org.newsmark.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order Tab walks and the fits Enter offers (issue 15.2). */
class LinkTargetsTest {

    static final long CLAIM = 1;
    static final long STAT = 2;
    static final long OPINION = 3;
    static final LinkType SUPPORTS = new LinkType(10, "supports", List.of(STAT), List.of(CLAIM), "");
    static final LinkType RESPONDS = new LinkType(11, "responds to", List.of(OPINION), List.of(CLAIM), "");

    static Annotation tag(long id, long label, int b, int e) {
        return new Annotation(id, 1, 1, label, new Span(b, e), "", null, Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void nearestFirstByTheGapBetweenTheSpansOverlapsAtNoDistanceTiesInTextOrder() {
        Annotation stat = tag(1, STAT, 100, 110);
        Annotation farBefore = tag(2, CLAIM, 0, 20);
        Annotation around = tag(3, CLAIM, 90, 130);
        Annotation after = tag(4, CLAIM, 115, 140);
        Annotation justBefore = tag(5, CLAIM, 80, 95);
        var order = LinkTargets.of(stat, List.of(farBefore, justBefore, around, stat, after), List.of(SUPPORTS, RESPONDS),
                (t, f, to) -> false).stream().map(t -> t.tag().id()).toList();
        assertEquals(List.of(3L, 5L, 4L, 2L), order, "around: 0; just before and after: 5 each, the earlier first; far before: 80");
        assertEquals(0, LinkTargets.distance(new Span(0, 5), new Span(5, 9)), "touching spans");
        assertEquals(3, LinkTargets.distance(new Span(9, 12), new Span(0, 6)));
    }

    @Test
    void bothDirectionsAreOfferedForwardsFirstAndAUsedFitIsLeftOut() {
        Annotation claim = tag(1, CLAIM, 0, 10);
        Annotation stat = tag(2, STAT, 20, 25);
        Annotation opinion = tag(3, OPINION, 30, 40);
        var fromClaim = LinkTargets.of(claim, List.of(claim, stat, opinion), List.of(SUPPORTS, RESPONDS), (t, f, to) -> false);
        assertEquals(List.of(2L, 3L), fromClaim.stream().map(t -> t.tag().id()).toList());
        assertEquals(new LinkTargets.Fit(SUPPORTS, true), fromClaim.get(0).fits().get(0), "a statistic supports the claim: reversed");
        var used = LinkTargets.of(claim, List.of(claim, stat, opinion), List.of(SUPPORTS, RESPONDS),
                (t, f, to) -> t == SUPPORTS.id() && f == 2 && to == 1);
        assertEquals(List.of(3L), used.stream().map(t -> t.tag().id()).toList(), "already linked so: no target left there");
        assertTrue(LinkTargets.of(claim, List.of(claim, stat), List.of(), (t, f, to) -> false).isEmpty(), "no link types: no targets");
    }
}
