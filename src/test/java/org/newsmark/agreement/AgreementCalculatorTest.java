package org.newsmark.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The worked example of docs/agreement.md, pooling over documents, and the confusion matrix. */
class AgreementCalculatorTest {

    // 0         1         2         3         4
    // 0123456789012345678901234567890123456789012345
    // Angela Merkel met Macron in Paris on Monday.
    static final String TEXT = "Angela Merkel met Macron in Paris on Monday.";
    static final List<LabeledSpan> A = List.of(
            LabeledSpan.of("PER", 0, 13),   // Angela Merkel
            LabeledSpan.of("PER", 18, 24),  // Macron
            LabeledSpan.of("LOC", 28, 33)); // Paris
    static final List<LabeledSpan> B = List.of(
            LabeledSpan.of("PER", 7, 13),   // Merkel
            LabeledSpan.of("PER", 18, 24),  // Macron
            LabeledSpan.of("ORG", 28, 33),  // Paris (as the city council, say)
            LabeledSpan.of("ORG", 37, 43)); // Monday (a slip)

    @Test
    void workedExample() {
        AgreementReport report = AgreementCalculator.compare(TEXT.length(), A, B);
        AgreementMeasures all = report.overall();
        assertEquals(1, all.matches());
        assertEquals(2, all.overlapMatches());
        assertEquals(3, all.aSpans());
        assertEquals(4, all.bSpans());
        assertEquals(2.0 / 7, all.exactF1(), 1e-12);
        assertEquals(4.0 / 7, all.overlapF1(), 1e-12);

        List<AlignedPair> pairs = report.pairsPerDocument().get(0);
        assertEquals(List.of(OutcomeKind.BOUNDARY, OutcomeKind.MATCH, OutcomeKind.LABEL_CONFLICT, OutcomeKind.ONLY_B),
                pairs.stream().map(AlignedPair::kind).toList());

        AgreementMeasures per = report.perLabel().get("PER");
        assertEquals(1.0 / 2, per.exactF1(), 1e-12);
        assertEquals(1.0, per.overlapF1(), 1e-12);
        // PER characters: A 19, B 12, both 12, text 44 -> table {{12,7},{0,25}}.
        CohenKappa perKappa = CohenKappa.fromTable(new long[][] { { 12, 7 }, { 0, 25 } });
        assertEquals(perKappa.kappa(), per.charKappa(), 1e-12);
        assertEquals(List.of("LOC", "ORG", "PER"), List.copyOf(report.perLabel().keySet()));
        assertEquals(0.0, report.perLabel().get("LOC").exactF1(), 1e-12);

        assertEquals(1, report.confusion().count("LOC", "ORG"));
        assertEquals(0, report.confusion().count("ORG", "LOC"));
        assertEquals(1, report.confusion().total());

        System.out.printf("worked example: exactF1=%.3f overlapF1=%.3f charKappa=%.3f alphaU=%.3f%n",
                all.exactF1(), all.overlapF1(), all.charKappa(), all.alphaU());
        report.perLabel().forEach((label, m) -> System.out.printf("worked example %s: exactF1=%.3f overlapF1=%.3f charKappa=%.3f alphaU=%.3f%n",
                label, m.exactF1(), m.overlapF1(), m.charKappa(), m.alphaU()));
    }

    @Test
    void documentsArePooledNotAveraged() {
        // Doc 1: 1 match of 1+1 spans (F1 1.0). Doc 2: 0 matches of 3+3 spans (F1 0.0).
        // Pooled: 2*1 / (4+4) = 0.25, not the mean 0.5.
        DocumentComparisonInput doc1 = new DocumentComparisonInput(10, List.of(LabeledSpan.of("X", 0, 5)), List.of(LabeledSpan.of("X", 0, 5)));
        DocumentComparisonInput doc2 = new DocumentComparisonInput(30,
                List.of(LabeledSpan.of("X", 0, 5), LabeledSpan.of("X", 10, 15), LabeledSpan.of("X", 20, 25)),
                List.of(LabeledSpan.of("X", 1, 5), LabeledSpan.of("X", 11, 15), LabeledSpan.of("X", 21, 25)));
        AgreementReport report = AgreementCalculator.compare(List.of(doc1, doc2));
        assertEquals(0.25, report.overall().exactF1(), 1e-12);
        assertEquals(1.0, report.overall().overlapF1(), 1e-12);
        assertEquals(2, report.pairsPerDocument().size());

        // Kappa and alpha see one continuum of 40 characters, doc 2 shifted by 10.
        UnitizingAlpha continuum = UnitizingAlpha.compute(40, List.of(
                List.of(LabeledSpan.of("X", 0, 5), LabeledSpan.of("X", 10, 15), LabeledSpan.of("X", 20, 25), LabeledSpan.of("X", 30, 35)),
                List.of(LabeledSpan.of("X", 0, 5), LabeledSpan.of("X", 11, 15), LabeledSpan.of("X", 21, 25), LabeledSpan.of("X", 31, 35))));
        assertEquals(continuum.overall(), report.overall().alphaU(), 1e-12);
        AgreementReport concatenated = AgreementCalculator.compare(40,
                List.of(LabeledSpan.of("X", 0, 5), LabeledSpan.of("X", 10, 15), LabeledSpan.of("X", 20, 25), LabeledSpan.of("X", 30, 35)),
                List.of(LabeledSpan.of("X", 0, 5), LabeledSpan.of("X", 11, 15), LabeledSpan.of("X", 21, 25), LabeledSpan.of("X", 31, 35)));
        assertEquals(concatenated.overall().charKappa(), report.overall().charKappa(), 1e-12);
    }

    @Test
    void pairwiseMatrixComparesEveryPair() {
        Map<String, Integer> lengths = Map.of("d1", TEXT.length());
        PairwiseMatrix matrix = PairwiseMatrix.compute(lengths, Map.of(
                "ann", Map.of("d1", A),
                "bob", Map.of("d1", B),
                "cat", Map.of("d1", A)));
        assertEquals(List.of("ann", "bob", "cat"), matrix.analysts());
        assertEquals(3, matrix.entries().size());
        assertEquals(1.0, matrix.exactF1("ann", "cat"), 1e-12);
        assertEquals(1.0, matrix.alphaU("cat", "ann"), 1e-12);
        assertEquals(2.0 / 7, matrix.exactF1("bob", "ann"), 1e-12);
        assertEquals((1.0 + 2 * (2.0 / 7)) / 3, matrix.meanExactF1(), 1e-12);
    }

    @Test
    void spansOutsideTheTextAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new DocumentComparisonInput(10, List.of(LabeledSpan.of("X", 5, 11)), List.of()));
    }
}
