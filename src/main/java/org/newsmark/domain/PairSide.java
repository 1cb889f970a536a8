package org.newsmark.domain;

import java.util.Objects;

/** One analyst's side of an aligned pair: a label (by id) on a span. A side the analyst left empty is null. */
public record PairSide(long labelId, Span span) {

    public PairSide {
        Objects.requireNonNull(span, "span");
    }
}
