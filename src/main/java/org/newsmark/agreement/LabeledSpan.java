package org.newsmark.agreement;

import java.util.Comparator;
import java.util.Objects;

import org.newsmark.domain.Span;

/**
 * One analyst's span with its label, as the agreement code sees it: nothing but a label name and
 * half-open UTF-16 offsets. Keeping it this small lets the measures run on any source (database,
 * brat import, tests) without knowing about documents or analysts.
 */
public record LabeledSpan(String label, Span span) implements Comparable<LabeledSpan> {

    /** Text order: by begin, then end, then label so that sorting is deterministic. */
    public static final Comparator<LabeledSpan> TEXT_ORDER = Comparator
            .comparing(LabeledSpan::span)
            .thenComparing(LabeledSpan::label);

    public LabeledSpan {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(span, "span");
    }

    public static LabeledSpan of(String label, int begin, int end) {
        return new LabeledSpan(label, new Span(begin, end));
    }

    public int begin() {
        return span.begin();
    }

    public int end() {
        return span.end();
    }

    /** Same span moved right by {@code delta}; used to lay several documents on one continuum. */
    LabeledSpan shiftedBy(int delta) {
        return delta == 0 ? this : new LabeledSpan(label, new Span(span.begin() + delta, span.end() + delta));
    }

    @Override
    public int compareTo(LabeledSpan o) {
        return TEXT_ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return label + span;
    }
}
