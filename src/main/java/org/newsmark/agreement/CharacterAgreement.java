package org.newsmark.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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
     * not change, so the whole stretch goes into one cell. Label sets are looked up only when they
     * change, and cells are counted in a small per-document matrix before being merged.
     */
    private void addLabelSets(int textLength, List<LabeledSpan> a, List<LabeledSpan> b) {
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
        int[][] openCount = new int[2][labels.size()];
        BitSet[] open = { new BitSet(), new BitSet() };
        Map<BitSet, Integer> localIds = new HashMap<>();
        List<String> localNames = new ArrayList<>();
        int[] category = { localId(open[0], labels, localIds, localNames), 0 };
        long[][] cells = new long[4][4];
        int previous = 0;
        int k = 0;
        while (k < n) {
            int position = (int) (events[k] >>> 33);
            cells = addCell(cells, category[0], category[1], position - previous);
            boolean changedA = false;
            boolean changedB = false;
            while (k < n && (int) (events[k] >>> 33) == position) {
                long ev = events[k++];
                int side = (int) ((ev >>> 32) & 1);
                int id = (int) ((ev >>> 1) & 0x7fffffff);
                int count = openCount[side][id] += (ev & 1) == 1 ? 1 : -1;
                open[side].set(id, count > 0);
                if (side == 0) changedA = true; else changedB = true;
            }
            if (changedA) category[0] = localId(open[0], labels, localIds, localNames);
            if (changedB) category[1] = localId(open[1], labels, localIds, localNames);
            previous = position;
        }
        cells = addCell(cells, category[0], category[1], textLength - previous);

        int[] global = new int[localNames.size()];
        for (int i = 0; i < global.length; i++) {
            global[i] = categoryIndex.computeIfAbsent(localNames.get(i), x -> categoryIndex.size());
        }
        for (int i = 0; i < global.length; i++) {
            for (int j = 0; j < global.length; j++) {
                if (cells[i][j] > 0) {
                    categoryCells.merge(((long) global[i] << 32) | global[j], cells[i][j], Long::sum);
                }
            }
        }
    }

    private static long encode(int position, int side, int labelId, int opening) {
        return ((long) position << 33) | ((long) side << 32) | ((long) labelId << 1) | opening;
    }

    /** Per-document id of a label set; its name is the sorted labels joined by "+", or "none". */
    private static int localId(BitSet set, List<String> labels, Map<BitSet, Integer> ids, List<String> names) {
        Integer id = ids.get(set);
        if (id != null) return id;
        TreeSet<String> sorted = new TreeSet<>();
        set.stream().forEach(i -> sorted.add(labels.get(i)));
        names.add(sorted.isEmpty() ? NONE : String.join("+", sorted));
        ids.put((BitSet) set.clone(), names.size() - 1);
        return names.size() - 1;
    }

    private static long[][] addCell(long[][] cells, int i, int j, long length) {
        if (length <= 0) return cells;
        if (Math.max(i, j) >= cells.length) {
            long[][] bigger = new long[Math.max(i, j) * 2 + 1][];
            for (int r = 0; r < bigger.length; r++) {
                bigger[r] = r < cells.length ? Arrays.copyOf(cells[r], bigger.length) : new long[bigger.length];
            }
            cells = bigger;
        }
        cells[i][j] += length;
        return cells;
    }

    private static Map<String, List<LabeledSpan>> byLabel(List<LabeledSpan> spans) {
        Map<String, List<LabeledSpan>> result = new HashMap<>();
        for (LabeledSpan s : spans) {
            result.computeIfAbsent(s.label(), l -> new ArrayList<>()).add(s);
        }
        return result;
    }
}
