package org.newsmark.service;

import org.newsmark.domain.PairDecision;

/** A decision recorded, replaced or taken back, published after it is committed; {@code before} or {@code after} is null for none. */
public record DecisionChange(PairDecision before, PairDecision after) {

    /** The pair it is about (canonical). */
    public org.newsmark.domain.PairKey pair() {
        return (after != null ? after : before).pair();
    }
}
