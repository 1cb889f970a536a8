package org.newsmark.agreement;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs up the spans of two analysts on one text, so that each span takes part in at most one
 * pair. Three rounds, each only among spans not yet paired:
 * <ol>
 * <li>{@link OutcomeKind#MATCH}: same label and identical offsets;</li>
 * <li>{@link OutcomeKind#BOUNDARY}: same label and overlapping, greedy by largest overlap;</li>
 * <li>{@link OutcomeKind#LABEL_CONFLICT}: different labels and overlapping, greedy by largest
 * overlap;</li>
 * </ol>
 * whatever is left becomes {@link OutcomeKind#ONLY_A} or {@link OutcomeKind#ONLY_B}.
 * <p>
 * Greedy ties are broken by the smaller boundary distance (|begin difference| + |end
 * difference|), then by A's span in text order, then B's, so the result does not depend on input
 * order (identical duplicate spans are interchangeable).
 * <p>
 * Cost: hashing for exact matches, then one sort-and-sweep that lists only the overlapping pairs,
 * so O((n + m) log(n + m) + k log k) for k overlapping pairs rather than O(n * m).
 */
public final class SpanAligner {

    private SpanAligner() {
    }

    /** Aligns A against B and returns every outcome in text order. Inputs are not modified. */
    public static List<AlignedPair> align(List<LabeledSpan> a, List<LabeledSpan> b) {
        boolean[] usedA = new boolean[a.size()];
        boolean[] usedB = new boolean[b.size()];
        List<AlignedPair> out = new ArrayList<>(a.size() + b.size());

        pairExactMatches(a, b, usedA, usedB, out);
        List<Candidate> overlapping = overlappingPairs(a, b, usedA, usedB);
        pairGreedily(a, b, overlapping, true, OutcomeKind.BOUNDARY, usedA, usedB, out);
        pairGreedily(a, b, overlapping, false, OutcomeKind.LABEL_CONFLICT, usedA, usedB, out);

        for (int i = 0; i < a.size(); i++) {
            if (!usedA[i]) out.add(AlignedPair.onlyA(a.get(i)));
        }
        for (int j = 0; j < b.size(); j++) {
            if (!usedB[j]) out.add(AlignedPair.onlyB(b.get(j)));
        }
        out.sort(null);
        return out;
    }

    private static void pairExactMatches(List<LabeledSpan> a, List<LabeledSpan> b,
            boolean[] usedA, boolean[] usedB, List<AlignedPair> out) {
        // A queue per distinct span, so duplicates on one side pair one-to-one with the other.
        Map<LabeledSpan, ArrayDeque<Integer>> bIndex = new HashMap<>();
        for (int j = 0; j < b.size(); j++) {
            bIndex.computeIfAbsent(b.get(j), k -> new ArrayDeque<>()).add(j);
        }
        for (int i = 0; i < a.size(); i++) {
            ArrayDeque<Integer> queue = bIndex.get(a.get(i));
            if (queue != null && !queue.isEmpty()) {
                int j = queue.poll();
                usedA[i] = true;
                usedB[j] = true;
                out.add(new AlignedPair(OutcomeKind.MATCH, a.get(i), b.get(j)));
            }
        }
    }

    /** A possible pairing; {@code distance} is |begin difference| + |end difference|. */
    private record Candidate(int ia, int ib, LabeledSpan spanA, LabeledSpan spanB, int overlap, int distance) {
    }

    /** Ties end on the spans themselves, never on list positions, so input order cannot matter. */
    private static final Comparator<Candidate> LARGEST_OVERLAP_FIRST = Comparator
            .comparingInt((Candidate c) -> -c.overlap)
            .thenComparingInt(Candidate::distance)
            .thenComparing(Candidate::spanA)
            .thenComparing(Candidate::spanB);

    /**
     * Lists every overlapping (A, B) pair among unpaired spans with one sweep over both lists in
     * begin order: when a span starts, the still-open spans of the other side are exactly the
     * ones it overlaps. Each pair is reported once, by whichever span starts later.
     */
    private static List<Candidate> overlappingPairs(List<LabeledSpan> a, List<LabeledSpan> b,
            boolean[] usedA, boolean[] usedB) {
        int[] orderA = unusedByBegin(a, usedA);
        int[] orderB = unusedByBegin(b, usedB);
        List<Candidate> result = new ArrayList<>();
        IntList openA = new IntList();
        IntList openB = new IntList();
        int i = 0;
        int j = 0;
        while (i < orderA.length || j < orderB.length) {
            boolean takeA = j >= orderB.length
                    || (i < orderA.length && a.get(orderA[i]).begin() <= b.get(orderB[j]).begin());
            if (takeA) {
                int ia = orderA[i++];
                LabeledSpan s = a.get(ia);
                openB.removeEndedBefore(b, s.begin());
                for (int k = 0; k < openB.size; k++) {
                    result.add(candidate(a, b, ia, openB.values[k]));
                }
                openA.add(ia);
            } else {
                int ib = orderB[j++];
                LabeledSpan s = b.get(ib);
                openA.removeEndedBefore(a, s.begin());
                for (int k = 0; k < openA.size; k++) {
                    result.add(candidate(a, b, openA.values[k], ib));
                }
                openB.add(ib);
            }
        }
        return result;
    }

    private static Candidate candidate(List<LabeledSpan> a, List<LabeledSpan> b, int ia, int ib) {
        LabeledSpan x = a.get(ia);
        LabeledSpan y = b.get(ib);
        int distance = Math.abs(x.begin() - y.begin()) + Math.abs(x.end() - y.end());
        return new Candidate(ia, ib, x, y, x.span().overlapLength(y.span()), distance);
    }

    private static void pairGreedily(List<LabeledSpan> a, List<LabeledSpan> b, List<Candidate> candidates,
            boolean sameLabel, OutcomeKind kind, boolean[] usedA, boolean[] usedB, List<AlignedPair> out) {
        List<Candidate> eligible = new ArrayList<>();
        for (Candidate c : candidates) {
            if (a.get(c.ia).label().equals(b.get(c.ib).label()) == sameLabel && !usedA[c.ia] && !usedB[c.ib]) {
                eligible.add(c);
            }
        }
        eligible.sort(LARGEST_OVERLAP_FIRST);
        for (Candidate c : eligible) {
            if (!usedA[c.ia] && !usedB[c.ib]) {
                usedA[c.ia] = true;
                usedB[c.ib] = true;
                out.add(new AlignedPair(kind, a.get(c.ia), b.get(c.ib)));
            }
        }
    }

    private static int[] unusedByBegin(List<LabeledSpan> spans, boolean[] used) {
        // Sort (begin, index) packed in a long: primitive sort, no boxing.
        long[] keys = new long[spans.size()];
        int n = 0;
        for (int i = 0; i < spans.size(); i++) {
            if (!used[i]) keys[n++] = ((long) spans.get(i).begin() << 32) | i;
        }
        Arrays.sort(keys, 0, n);
        int[] order = new int[n];
        for (int k = 0; k < n; k++) order[k] = (int) keys[k];
        return order;
    }

    /** Growable int list for the sweep's open spans; avoids boxing in the hot loop. */
    private static final class IntList {
        int[] values = new int[16];
        int size;

        void add(int v) {
            if (size == values.length) values = Arrays.copyOf(values, size * 2);
            values[size++] = v;
        }

        /** Drops spans that end at or before {@code position}: they cannot overlap what starts there. */
        void removeEndedBefore(List<LabeledSpan> spans, int position) {
            int kept = 0;
            for (int k = 0; k < size; k++) {
                if (spans.get(values[k]).end() > position) values[kept++] = values[k];
            }
            size = kept;
        }
    }
}
