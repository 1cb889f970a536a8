package org.newsmark.domain;

/**
 * What an adjudicator decided about one aligned pair of two analysts' spans. A rejection writes
 * nothing into the consensus layer, but it is a decision all the same: it is recorded and counts
 * as progress. See docs/decisions/0014-adjudication-decisions.md.
 */
public enum Decision {
    ACCEPT_A, ACCEPT_B, ACCEPT_BOTH, REJECT;

    /** The same decision with analysts A and B swapped. */
    public Decision swapped() {
        return switch (this) {
            case ACCEPT_A -> ACCEPT_B;
            case ACCEPT_B -> ACCEPT_A;
            default -> this;
        };
    }
}
