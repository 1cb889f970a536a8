package org.newsmark.domain.anchor;

import java.util.List;
import java.util.Objects;
import org.newsmark.domain.Span;

/**
 * Where one old span goes in the new text. {@code span} is set when the tag is carried (KEPT,
 * MOVED); {@code candidates} are the places a reviewer may choose from: the edited place of a
 * CHANGED span, the equally good places of an AMBIGUOUS one, none for GONE.
 */
public record Placement(Outcome outcome, Span span, List<Span> candidates) {

    public Placement {
        Objects.requireNonNull(outcome, "outcome");
        candidates = List.copyOf(candidates);
        if (outcome.carried() != (span != null)) {
            throw new IllegalArgumentException(outcome + " with span " + span);
        }
    }

    static Placement carried(Outcome outcome, Span span) {
        return new Placement(outcome, span, List.of());
    }

    static Placement review(Outcome outcome, List<Span> candidates) {
        return new Placement(outcome, null, candidates);
    }
}
