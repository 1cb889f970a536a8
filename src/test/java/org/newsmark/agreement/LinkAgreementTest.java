package org.newsmark.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmark.agreement.LinkAgreement.DocumentLinks;
import org.newsmark.agreement.LinkAgreement.LabeledLink;
import org.newsmark.agreement.LinkAgreement.Report;
import org.newsmark.agreement.LinkAgreement.Result;

class LinkAgreementTest {

    private static final LabeledSpan STAT = LabeledSpan.of("statistic", 0, 10);
    private static final LabeledSpan CLAIM = LabeledSpan.of("claim", 20, 40);
    private static final LabeledSpan OPINION = LabeledSpan.of("attributed opinion", 50, 70);
    private static final LabeledSpan CLAIM2 = LabeledSpan.of("claim", 80, 90);

    private static LabeledLink supports(LabeledSpan from, LabeledSpan to) {
        return new LabeledLink("supports", from, to);
    }

    private static LabeledLink responds(LabeledSpan from, LabeledSpan to) {
        return new LabeledLink("responds to", from, to);
    }

    /**
     * A: supports STAT→CLAIM, supports STAT→CLAIM2, responds OPINION→CLAIM.
     * B: supports STAT→CLAIM, responds OPINION→CLAIM2, responds OPINION→CLAIM.
     * supports: 1 matched of a 2, b 1: P 1/1, R 1/2, F1 2/3. responds: 1 of a 1, b 2: P 1/2, R 1, F1 2/3.
     * Overall: 2 of a 3, b 3: P = R = F1 = 2/3.
     */
    @Test
    void perTypeAndOverallAsComputedByHand() {
        Report r = LinkAgreement.compare(List.of(new DocumentLinks(
                List.of(supports(STAT, CLAIM), supports(STAT, CLAIM2), responds(OPINION, CLAIM)),
                List.of(supports(STAT, CLAIM), responds(OPINION, CLAIM2), responds(OPINION, CLAIM)))), List.of());
        Result s = r.perType().get("supports");
        assertEquals(new Result(1, 2, 1), s);
        assertEquals(1.0, s.precision(), 1e-12);
        assertEquals(0.5, s.recall(), 1e-12);
        assertEquals(2.0 / 3, s.f1(), 1e-12);
        Result o = r.perType().get("responds to");
        assertEquals(new Result(1, 1, 2), o);
        assertEquals(0.5, o.precision(), 1e-12);
        assertEquals(1.0, o.recall(), 1e-12);
        assertEquals(2.0 / 3, o.f1(), 1e-12);
        assertEquals(new Result(2, 3, 3), r.overall());
        assertEquals(2.0 / 3, r.overall().f1(), 1e-12);
        assertEquals(List.of(List.of(1)), r.unmatchedA(), "A's STAT→CLAIM2");
        assertEquals(List.of(List.of(1)), r.unmatchedB(), "B's OPINION→CLAIM2");
    }

    /** An end tag whose span or label differs by one character is another tag: the links do not match. */
    @Test
    void linksWhoseEndTagsDifferDoNotMatch() {
        LabeledSpan shorter = LabeledSpan.of("claim", 20, 39);
        LabeledSpan relabelled = LabeledSpan.of("framing", 0, 10);
        Report r = LinkAgreement.compare(List.of(new DocumentLinks(
                List.of(supports(STAT, CLAIM), supports(STAT, CLAIM)),
                List.of(supports(STAT, shorter), supports(relabelled, CLAIM), responds(STAT, CLAIM)))), List.of());
        assertEquals(new Result(0, 2, 2), r.perType().get("supports"));
        assertEquals(new Result(0, 0, 1), r.perType().get("responds to"), "same ends, another type");
        assertEquals(0.0, r.overall().f1());
        assertEquals(List.of(List.of(0, 1)), r.unmatchedA());
        assertEquals(List.of(List.of(0, 1, 2)), r.unmatchedB());
    }

    /** Two identical links of A (twin tags) and one of B: one match, one of A's left over, never two matches. */
    @Test
    void duplicateEndsMatchOneToOne() {
        Report r = LinkAgreement.compare(List.of(new DocumentLinks(
                List.of(supports(STAT, CLAIM), supports(STAT, CLAIM)),
                List.of(supports(STAT, CLAIM)))), List.of());
        assertEquals(new Result(1, 2, 1), r.overall());
        assertEquals(2.0 / 3, r.overall().f1(), 1e-12);
        assertEquals(List.of(List.of(1)), r.unmatchedA(), "the first of A's twins is the matched one");
        assertEquals(List.of(List.of()), r.unmatchedB());
    }

    /** Documents pool: each document matched on its own (the same spans in another article are other tags). */
    @Test
    void documentsArePooledNotAveraged() {
        Report r = LinkAgreement.compare(List.of(
                new DocumentLinks(List.of(supports(STAT, CLAIM)), List.of(supports(STAT, CLAIM))),
                new DocumentLinks(List.of(supports(STAT, CLAIM), supports(STAT, CLAIM2), responds(OPINION, CLAIM)), List.of()),
                new DocumentLinks(List.of(), List.of(supports(STAT, CLAIM)))), List.of());
        // 1 matched, a 4, b 2: F1 2/6, not the mean of 1, 0, 0
        assertEquals(new Result(1, 4, 2), r.overall());
        assertEquals(1.0 / 3, r.overall().f1(), 1e-12);
        assertEquals(0.5, r.overall().precision(), 1e-12);
        assertEquals(0.25, r.overall().recall(), 1e-12);
        assertEquals(List.of(List.of(), List.of(0, 1, 2), List.of()), r.unmatchedA());
        assertEquals(List.of(List.of(), List.of(), List.of(0)), r.unmatchedB());
    }

    /** No link on either side: F1 undefined (NaN: JSON null, "—" in the panel); a type nobody used is still listed. */
    @Test
    void emptySidesAreUndefined() {
        Report none = LinkAgreement.compare(List.of(new DocumentLinks(List.of(), List.of())), List.of("supports"));
        assertEquals(Result.NONE, none.perType().get("supports"));
        assertTrue(Double.isNaN(none.overall().f1()));
        assertTrue(Double.isNaN(none.overall().precision()));
        assertTrue(Double.isNaN(none.overall().recall()));
        Report onlyA = LinkAgreement.compare(List.of(new DocumentLinks(List.of(supports(STAT, CLAIM)), List.of())), List.of());
        assertEquals(0.0, onlyA.overall().f1(), "one side empty: F1 0, not undefined");
        assertEquals(0.0, onlyA.overall().recall());
        assertTrue(Double.isNaN(onlyA.overall().precision()), "B has no link: precision undefined");
        assertEquals(Report.EMPTY.overall(), LinkAgreement.compare(List.of(), List.of()).overall());
    }
}
