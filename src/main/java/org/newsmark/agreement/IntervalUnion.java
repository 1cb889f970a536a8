package org.newsmark.agreement;

import java.util.Arrays;
import java.util.List;

/**
 * Unions of half-open intervals as a flat sorted array {@code [b0, e0, b1, e1, ...]} with
 * disjoint, non-touching intervals. Used wherever one analyst's overlapping spans of a label must
 * count once: character coverage, and the units of Krippendorff's alpha (which requires that a
 * rater's units of one category do not overlap).
 */
final class IntervalUnion {

    private IntervalUnion() {
    }

    /** Union of the spans; touching spans ({@code [0,5)} and {@code [5,9)}) become one interval. */
    static long[] of(List<LabeledSpan> spans) {
        return of(spans, true);
    }

    /**
     * Union of the spans. With {@code mergeTouching} false, spans that only touch stay separate
     * intervals, which keeps two adjacent units two units (it matters for alpha's unit count).
     */
    static long[] of(List<LabeledSpan> spans, boolean mergeTouching) {
        long[] sorted = new long[spans.size() * 2];
        long[] keys = new long[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            keys[i] = ((long) spans.get(i).begin() << 32) | spans.get(i).end();
        }
        Arrays.sort(keys);
        int n = 0;
        for (long key : keys) {
            long begin = key >>> 32;
            long end = key & 0xffffffffL;
            if (n > 0 && (begin < sorted[n - 1] || (mergeTouching && begin == sorted[n - 1]))) {
                // Overlapping or touching: extend the previous interval.
                sorted[n - 1] = Math.max(sorted[n - 1], end);
            } else {
                sorted[n++] = begin;
                sorted[n++] = end;
            }
        }
        return Arrays.copyOf(sorted, n);
    }

    static long length(long[] union) {
        long total = 0;
        for (int i = 0; i < union.length; i += 2) total += union[i + 1] - union[i];
        return total;
    }

    static long intersectionLength(long[] x, long[] y) {
        long total = 0;
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            total += Math.max(0, Math.min(x[i + 1], y[j + 1]) - Math.max(x[i], y[j]));
            if (x[i + 1] < y[j + 1]) i += 2; else j += 2;
        }
        return total;
    }
}
