package org.newsmark.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SpanAlignerTest {

    private static LabeledSpan s(String label, int begin, int end) {
        return LabeledSpan.of(label, begin, end);
    }

    private static List<OutcomeKind> kinds(List<AlignedPair> pairs) {
        return pairs.stream().map(AlignedPair::kind).toList();
    }

    @Test
    void eachOutcomeKind() {
        List<LabeledSpan> a = List.of(s("PER", 0, 5), s("PER", 10, 20), s("LOC", 30, 35), s("ORG", 40, 45));
        List<LabeledSpan> b = List.of(s("PER", 0, 5), s("PER", 12, 20), s("ORG", 30, 35), s("MISC", 50, 55));
        List<AlignedPair> pairs = SpanAligner.align(a, b);
        assertEquals(List.of(
                new AlignedPair(OutcomeKind.MATCH, s("PER", 0, 5), s("PER", 0, 5)),
                new AlignedPair(OutcomeKind.BOUNDARY, s("PER", 10, 20), s("PER", 12, 20)),
                new AlignedPair(OutcomeKind.LABEL_CONFLICT, s("LOC", 30, 35), s("ORG", 30, 35)),
                AlignedPair.onlyA(s("ORG", 40, 45)),
                AlignedPair.onlyB(s("MISC", 50, 55))), pairs);
    }

    @Test
    void exactMatchWinsOverLargerOverlap() {
        // B's [0,20) overlaps A's [0,10) as much as B's [0,10) does; the exact one must pair.
        List<AlignedPair> pairs = SpanAligner.align(List.of(s("PER", 0, 10)), List.of(s("PER", 0, 20), s("PER", 0, 10)));
        assertEquals(List.of(OutcomeKind.MATCH, OutcomeKind.ONLY_B), kinds(pairs));
        assertEquals(s("PER", 0, 20), pairs.get(1).b());
    }

    @Test
    void sameLabelBeforeOtherLabels() {
        // B's ORG overlaps more, but a same-label BOUNDARY pair is preferred to a LABEL_CONFLICT.
        List<AlignedPair> pairs = SpanAligner.align(List.of(s("ORG", 0, 10)), List.of(s("LOC", 0, 10), s("ORG", 8, 12)));
        assertEquals(List.of(
                AlignedPair.onlyB(s("LOC", 0, 10)),
                new AlignedPair(OutcomeKind.BOUNDARY, s("ORG", 0, 10), s("ORG", 8, 12))), pairs);
    }

    @Test
    void nestedSpans() {
        // A marks "Bank of England" as ORG and "England" inside it as LOC; B marks only the ORG.
        List<LabeledSpan> a = List.of(s("ORG", 0, 15), s("LOC", 8, 15));
        List<LabeledSpan> b = List.of(s("ORG", 0, 15));
        assertEquals(List.of(OutcomeKind.MATCH, OutcomeKind.ONLY_A), kinds(SpanAligner.align(a, b)));

        // B marks the LOC only: the ORG conflicts with nothing left, LOC matches.
        assertEquals(List.of(OutcomeKind.ONLY_A, OutcomeKind.MATCH), kinds(SpanAligner.align(a, List.of(s("LOC", 8, 15)))));

        // B marks a wider LOC around A's nested one: two BOUNDARY candidates for one A span.
        List<AlignedPair> pairs = SpanAligner.align(List.of(s("LOC", 8, 15)), List.of(s("LOC", 0, 9), s("LOC", 6, 20)));
        assertEquals(List.of(OutcomeKind.ONLY_B, OutcomeKind.BOUNDARY), kinds(pairs));
        assertEquals(s("LOC", 6, 20), pairs.get(1).b());
    }

    @Test
    void greedyIsOneToOneByLargestOverlap() {
        // A1 [0,10) overlaps B1 [0,6) by 6 and B2 [4,14) by 6; A2 [8,20) overlaps B2 by 6 too.
        // Largest-overlap ties break on boundary distance: A1-B1 (4), A2-B2 (10), A1-B2 (8).
        List<LabeledSpan> a = List.of(s("X", 0, 10), s("X", 8, 20));
        List<LabeledSpan> b = List.of(s("X", 0, 6), s("X", 4, 14));
        List<AlignedPair> pairs = SpanAligner.align(a, b);
        assertEquals(List.of(OutcomeKind.BOUNDARY, OutcomeKind.BOUNDARY), kinds(pairs));
        assertEquals(s("X", 0, 6), pairs.get(0).b());
        assertEquals(s("X", 4, 14), pairs.get(1).b());

        // One long A span against three short B spans: only one may pair, the largest overlap.
        pairs = SpanAligner.align(List.of(s("X", 0, 30)), List.of(s("X", 0, 5), s("X", 10, 22), s("X", 25, 30)));
        assertEquals(1, pairs.stream().filter(p -> p.kind() == OutcomeKind.BOUNDARY).count());
        assertEquals(s("X", 10, 22), pairs.stream().filter(p -> p.kind() == OutcomeKind.BOUNDARY).findFirst().orElseThrow().b());
    }

    @Test
    void duplicatesPairOneToOne() {
        List<AlignedPair> pairs = SpanAligner.align(List.of(s("X", 0, 5), s("X", 0, 5)), List.of(s("X", 0, 5)));
        assertEquals(List.of(OutcomeKind.MATCH, OutcomeKind.ONLY_A), kinds(pairs));
    }

    @Test
    void touchingSpansDoNotOverlap() {
        assertEquals(List.of(OutcomeKind.ONLY_A, OutcomeKind.ONLY_B),
                kinds(SpanAligner.align(List.of(s("X", 0, 5)), List.of(s("X", 5, 9)))));
    }

    @Test
    void emptyInputs() {
        assertEquals(List.of(), SpanAligner.align(List.of(), List.of()));
        assertEquals(List.of(OutcomeKind.ONLY_A), kinds(SpanAligner.align(List.of(s("X", 0, 5)), List.of())));
        assertEquals(List.of(OutcomeKind.ONLY_B), kinds(SpanAligner.align(List.of(), List.of(s("X", 0, 5)))));

        // F1 of two empty sets is undefined (NaN), not 1.0: nobody marked anything to agree on.
        AgreementReport report = AgreementCalculator.compare(100, List.of(), List.of());
        assertTrue(Double.isNaN(report.overall().exactF1()));
        assertTrue(Double.isNaN(report.overall().overlapF1()));
        assertTrue(Double.isNaN(report.overall().charKappa()));
        assertTrue(Double.isNaN(report.overall().alphaU()));
        assertTrue(report.perLabel().isEmpty());
    }

    @Test
    void resultDoesNotDependOnInputOrderAndUsesEverySpanOnce() {
        Random random = new Random(3);
        for (int round = 0; round < 200; round++) {
            List<LabeledSpan> a = randomSpans(random, 15);
            List<LabeledSpan> b = randomSpans(random, 15);
            List<AlignedPair> pairs = SpanAligner.align(a, b);
            List<LabeledSpan> shuffledA = new ArrayList<>(a);
            List<LabeledSpan> shuffledB = new ArrayList<>(b);
            Collections.shuffle(shuffledA, random);
            Collections.shuffle(shuffledB, random);
            assertEquals(pairs, SpanAligner.align(shuffledA, shuffledB));

            List<LabeledSpan> usedA = pairs.stream().filter(p -> p.a() != null).map(AlignedPair::a).sorted().toList();
            List<LabeledSpan> usedB = pairs.stream().filter(p -> p.b() != null).map(AlignedPair::b).sorted().toList();
            assertEquals(a.stream().sorted().toList(), usedA);
            assertEquals(b.stream().sorted().toList(), usedB);
            for (AlignedPair p : pairs) {
                switch (p.kind()) {
                    case MATCH -> assertEquals(p.a(), p.b());
                    case BOUNDARY -> assertTrue(p.a().label().equals(p.b().label()) && p.a().span().overlaps(p.b().span())
                            && !p.a().span().equals(p.b().span()));
                    case LABEL_CONFLICT -> assertTrue(!p.a().label().equals(p.b().label()) && p.a().span().overlaps(p.b().span()));
                    default -> { }
                }
            }
            for (int k = 1; k < pairs.size(); k++) {
                assertTrue(pairs.get(k - 1).compareTo(pairs.get(k)) <= 0, "text order");
            }
        }
    }

    private static List<LabeledSpan> randomSpans(Random random, int n) {
        String[] labels = { "PER", "LOC", "ORG" };
        List<LabeledSpan> spans = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int begin = random.nextInt(60);
            spans.add(s(labels[random.nextInt(labels.length)], begin, begin + 1 + random.nextInt(8)));
        }
        return spans;
    }
}
