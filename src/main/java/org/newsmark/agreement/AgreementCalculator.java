package org.newsmark.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Compares two analysts over one or more documents.
 * <p>
 * Span counts are pooled over all documents before dividing (F1 = 2 * sum of matches / (sum of A
 * spans + sum of B spans)), so a short document does not weigh as much as a long one. Kappa and
 * alpha see the documents laid end to end as one continuum: each document's offsets are shifted
 * by the lengths of the documents before it.
 */
public final class AgreementCalculator {

    private AgreementCalculator() {
    }

    public static AgreementReport compare(List<DocumentComparisonInput> docs) {
        Map<String, long[]> counts = new TreeMap<>(); // label -> {matches, overlapMatches, aSpans, bSpans}
        List<List<AlignedPair>> pairsPerDocument = new ArrayList<>(docs.size());
        List<AlignedPair> allPairs = new ArrayList<>();
        CharacterAgreement characters = new CharacterAgreement();
        List<LabeledSpan> continuumA = new ArrayList<>();
        List<LabeledSpan> continuumB = new ArrayList<>();
        long offset = 0;

        for (DocumentComparisonInput doc : docs) {
            List<AlignedPair> pairs = SpanAligner.align(doc.a(), doc.b());
            pairsPerDocument.add(Collections.unmodifiableList(pairs));
            allPairs.addAll(pairs);
            countOutcomes(pairs, counts);
            characters.addDocument(doc.textLength(), doc.a(), doc.b());
            if (offset + doc.textLength() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("documents together exceed " + Integer.MAX_VALUE + " characters");
            }
            for (LabeledSpan s : doc.a()) continuumA.add(s.shiftedBy((int) offset));
            for (LabeledSpan s : doc.b()) continuumB.add(s.shiftedBy((int) offset));
            offset += doc.textLength();
        }

        UnitizingAlpha alpha = UnitizingAlpha.compute(offset, List.of(continuumA, continuumB));
        SortedMap<String, AgreementMeasures> perLabel = new TreeMap<>();
        long[] total = new long[4];
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            long[] c = e.getValue();
            for (int k = 0; k < 4; k++) total[k] += c[k];
            perLabel.put(e.getKey(), measures(c, characters.labelKappa(e.getKey()).kappa(), alpha.forLabel(e.getKey())));
        }
        AgreementMeasures overall = measures(total, characters.overallKappa().kappa(), alpha.overall());
        LabelConfusion confusion = LabelConfusion.of(counts.keySet(), allPairs);
        return new AgreementReport(overall, Collections.unmodifiableSortedMap(perLabel), confusion,
                Collections.unmodifiableList(pairsPerDocument));
    }

    /** Convenience for a single document. */
    public static AgreementReport compare(int textLength, List<LabeledSpan> a, List<LabeledSpan> b) {
        return compare(List.of(new DocumentComparisonInput(textLength, a, b)));
    }

    private static void countOutcomes(List<AlignedPair> pairs, Map<String, long[]> counts) {
        for (AlignedPair p : pairs) {
            if (p.a() != null) counts.computeIfAbsent(p.a().label(), l -> new long[4])[2]++;
            if (p.b() != null) counts.computeIfAbsent(p.b().label(), l -> new long[4])[3]++;
            // MATCH and BOUNDARY pairs share one label; both count as overlap matches because
            // an exact match is always the largest overlap either of its spans can have.
            if (p.kind() == OutcomeKind.MATCH) counts.get(p.a().label())[0]++;
            if (p.kind() == OutcomeKind.MATCH || p.kind() == OutcomeKind.BOUNDARY) counts.get(p.a().label())[1]++;
        }
    }

    private static AgreementMeasures measures(long[] c, double kappa, double alphaU) {
        return new AgreementMeasures(AgreementMeasures.f1(c[0], c[2], c[3]), AgreementMeasures.f1(c[1], c[2], c[3]),
                kappa, alphaU, c[0], c[1], c[2], c[3]);
    }
}
