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
}
