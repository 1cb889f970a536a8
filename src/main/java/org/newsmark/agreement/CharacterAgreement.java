package org.newsmark.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Character-level contingency tables for Cohen's kappa, summed over documents (which is the same
 * as laying the documents end to end on one continuum).
 * <ul>
 * <li>Per label: each character is "inside" or "outside" that label's spans, for A and for B,
 * giving a 2x2 table. Overlapping spans of one analyst count once (a character is either
 * covered or not).</li>
 * <li>Overall: each character's category is the set of labels covering it, e.g. "none", "PER",
 * or "LOC+ORG" where spans of two labels overlap. That is one ordinary Cohen's kappa over all
 * characters, rather than an average of per-label values.</li>
 * </ul>
 * Unmarked text counts as agreement on "outside", so on sparse annotation these values run
 * higher than span F1; see docs/agreement.md.
 */
final class CharacterAgreement {

    private static final String NONE = "none";

    private long totalCharacters;
    /** Per label: {inside both, inside A only, inside B only}; outside both is derived. */
    private final Map<String, long[]> perLabel = new HashMap<>();
    private final Map<String, Integer> categoryIndex = new LinkedHashMap<>();
    private final Map<Long, Long> categoryCells = new HashMap<>();

    CharacterAgreement() {
        categoryIndex.put(NONE, 0);
    }

    void addDocument(int textLength, List<LabeledSpan> a, List<LabeledSpan> b) {
        totalCharacters += textLength;
        addPerLabel(a, b);
        addLabelSets(textLength, a, b);
    }

    /** 2x2 table, rows A inside/outside, columns B inside/outside. */
    long[][] labelTable(String label) {
        long[] c = perLabel.getOrDefault(label, new long[3]);
        long neither = totalCharacters - c[0] - c[1] - c[2];
        return new long[][] { { c[0], c[1] }, { c[2], neither } };
    }

    CohenKappa labelKappa(String label) {
        return CohenKappa.fromTable(labelTable(label));
    }

    /** Square table over label-set categories, in order of first appearance ("none" first). */
    long[][] labelSetTable() {
        int k = categoryIndex.size();
        long[][] table = new long[k][k];
        categoryCells.forEach((key, n) -> table[(int) (key >>> 32)][(int) (long) key] += n);
        return table;
    }

    List<String> labelSetCategories() {
        return new ArrayList<>(categoryIndex.keySet());
    }

    CohenKappa overallKappa() {
        return CohenKappa.fromTable(labelSetTable());
    }

    private void addPerLabel(List<LabeledSpan> a, List<LabeledSpan> b) {
        Map<String, List<LabeledSpan>> byLabelA = byLabel(a);
        Map<String, List<LabeledSpan>> byLabelB = byLabel(b);
        TreeSet<String> labels = new TreeSet<>(byLabelA.keySet());
        labels.addAll(byLabelB.keySet());
        for (String label : labels) {
            long[] unionA = IntervalUnion.of(byLabelA.getOrDefault(label, List.of()));
            long[] unionB = IntervalUnion.of(byLabelB.getOrDefault(label, List.of()));
            long both = IntervalUnion.intersectionLength(unionA, unionB);
            long[] counts = perLabel.computeIfAbsent(label, l -> new long[3]);
            counts[0] += both;
            counts[1] += IntervalUnion.length(unionA) - both;
            counts[2] += IntervalUnion.length(unionB) - both;
        }
    }

    /**
     * Sweep over span boundaries: between two consecutive boundaries the label sets of A and B do
     * not change, so the whole stretch goes into one cell.
     */
    private void addLabelSets(int textLength, List<LabeledSpan> a, List<LabeledSpan> b) {
        // event = position, side (0 = A, 1 = B), label, +1/-1; encoded in parallel arrays.
        int n = 2 * (a.size() + b.size());
        long[] events = new long[n];
        List<String> labels = new ArrayList<>();
        Map<String, Integer> labelIds = new HashMap<>();
        int e = 0;
        for (int side = 0; side < 2; side++) {
            for (LabeledSpan s : side == 0 ? a : b) {
                int id = labelIds.computeIfAbsent(s.label(), l -> { labels.add(l); return labels.size() - 1; });
                events[e++] = encode(s.begin(), side, id, 1);
                events[e++] = encode(s.end(), side, id, 0);
            }
        }
        Arrays.sort(events);
        int[][] open = new int[2][labels.size()];
        int[] category = { 0, 0 };
        int previous = 0;
        int k = 0;
        while (k < n) {
            int position = (int) (events[k] >>> 33);
            addCell(category[0], category[1], position - previous);
            boolean[] changed = new boolean[2];
            while (k < n && (int) (events[k] >>> 33) == position) {
                long ev = events[k++];
                int side = (int) ((ev >>> 32) & 1);
                int id = (int) ((ev >>> 1) & 0x7fffffff);
                open[side][id] += (ev & 1) == 1 ? 1 : -1;
                changed[side] = true;
            }
            for (int side = 0; side < 2; side++) {
                if (changed[side]) category[side] = categoryOf(open[side], labels);
            }
            previous = position;
        }
        addCell(category[0], category[1], textLength - previous);
    }

    private static long encode(int position, int side, int labelId, int opening) {
        return ((long) position << 33) | ((long) side << 32) | ((long) labelId << 1) | opening;
    }

    private int categoryOf(int[] openCounts, List<String> labels) {
        TreeSet<String> set = new TreeSet<>();
        for (int id = 0; id < openCounts.length; id++) {
            if (openCounts[id] > 0) set.add(labels.get(id));
        }
        String name = set.isEmpty() ? NONE : String.join("+", set);
        return categoryIndex.computeIfAbsent(name, x -> categoryIndex.size());
    }

    private void addCell(int categoryA, int categoryB, long length) {
        if (length > 0) {
            categoryCells.merge(((long) categoryA << 32) | categoryB, length, Long::sum);
        }
    }

    private static Map<String, List<LabeledSpan>> byLabel(List<LabeledSpan> spans) {
        Map<String, List<LabeledSpan>> result = new HashMap<>();
        for (LabeledSpan s : spans) {
            result.computeIfAbsent(s.label(), l -> new ArrayList<>()).add(s);
        }
        return result;
    }
}
