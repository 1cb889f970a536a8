package org.newsmark.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * Agreement between every pair of analysts, for studies with more than two. Each pair is compared
 * with {@link AgreementCalculator} over all given documents; per-pair aligned outcomes are not
 * kept (ask the calculator for one pair when the UI drills down).
 *
 * @param analysts analyst names, sorted
 * @param entries one entry per unordered pair, analystA before analystB in {@code analysts} order
 */
public record PairwiseMatrix(List<String> analysts, List<Entry> entries) {

    /** Measures for one pair of analysts. */
    public record Entry(String analystA, String analystB, AgreementMeasures overall,
            SortedMap<String, AgreementMeasures> perLabel) {
    }

    public PairwiseMatrix {
        analysts = List.copyOf(analysts);
        entries = List.copyOf(entries);
    }

    /**
     * @param textLengthByDocument the documents to compare (id -> text length)
     * @param spansByAnalyst analyst -> document id -> spans. A document an analyst has no entry
     *        for counts as one where they marked nothing.
     */
    public static PairwiseMatrix compute(Map<String, Integer> textLengthByDocument,
            Map<String, Map<String, List<LabeledSpan>>> spansByAnalyst) {
        List<String> analysts = new ArrayList<>(new TreeMap<>(spansByAnalyst).keySet());
        List<String> documents = new ArrayList<>(new TreeMap<>(textLengthByDocument).keySet());
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < analysts.size(); i++) {
            for (int j = i + 1; j < analysts.size(); j++) {
                Map<String, List<LabeledSpan>> a = spansByAnalyst.get(analysts.get(i));
                Map<String, List<LabeledSpan>> b = spansByAnalyst.get(analysts.get(j));
                List<DocumentComparisonInput> docs = new ArrayList<>();
                for (String doc : documents) {
                    docs.add(new DocumentComparisonInput(textLengthByDocument.get(doc),
                            a.getOrDefault(doc, List.of()), b.getOrDefault(doc, List.of())));
                }
                AgreementReport report = AgreementCalculator.compare(docs);
                entries.add(new Entry(analysts.get(i), analysts.get(j), report.overall(), report.perLabel()));
            }
        }
        return new PairwiseMatrix(analysts, entries);
    }

    /** The entry for two analysts, in either order. */
    public Entry entry(String analyst1, String analyst2) {
        for (Entry e : entries) {
            if ((e.analystA.equals(analyst1) && e.analystB.equals(analyst2))
                    || (e.analystA.equals(analyst2) && e.analystB.equals(analyst1))) {
                return e;
            }
        }
        throw new IllegalArgumentException("no pair " + analyst1 + " / " + analyst2);
    }

    public double exactF1(String analyst1, String analyst2) {
        return entry(analyst1, analyst2).overall.exactF1();
    }

    public double alphaU(String analyst1, String analyst2) {
        return entry(analyst1, analyst2).overall.alphaU();
    }

    /** Mean of the pairs' overall exact F1 (how brat-iaa summarises several annotators). */
    public double meanExactF1() {
        return mean(e -> e.overall.exactF1());
    }

    /** Mean over pairs of the exact F1 for one label; pairs where it is undefined are skipped. */
    public double meanExactF1(String label) {
        return mean(e -> {
            AgreementMeasures m = e.perLabel.get(label);
            return m == null ? Double.NaN : m.exactF1();
        });
    }

    public double meanAlphaU() {
        return mean(e -> e.overall.alphaU());
    }

    private double mean(ToDoubleFunction<Entry> value) {
        double sum = 0;
        int n = 0;
        for (Entry e : entries) {
            double v = value.applyAsDouble(e);
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
