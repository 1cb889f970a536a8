package org.newsmark.domain;

import java.util.List;

/**
 * Every hit of a query in a text, in text order, as half-open UTF-16 spans that never overlap;
 * {@code limitReached} when the search stopped at its limit (there may be more).
 */
public record FindResult(List<Span> hits, boolean limitReached) {

    public static final FindResult NONE = new FindResult(List.of(), false);

    public FindResult {
        hits = List.copyOf(hits);
    }

    public int size() {
        return hits.size();
    }

    /** Index of the first hit beginning at {@code offset} or after; {@link #size()} when none does. */
    public int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = hits.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (hits.get(mid).begin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The hits that begin in {@code [from, to)}, e.g. the paragraphs on screen. */
    public List<Span> beginningIn(int from, int to) {
        return hits.subList(firstAtOrAfter(from), Math.max(firstAtOrAfter(from), firstAtOrAfter(to)));
    }
}
