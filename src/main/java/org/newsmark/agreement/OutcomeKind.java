package org.newsmark.agreement;

/** How a span of analyst A relates to a span of analyst B after alignment. */
public enum OutcomeKind {
    /** Same label, identical begin and end. */
    MATCH,
    /** Same label, overlapping, but begin or end differ. */
    BOUNDARY,
    /** Overlapping spans with different labels. */
    LABEL_CONFLICT,
    /** Marked by A only: no B span was left to pair it with. */
    ONLY_A,
    /** Marked by B only: no A span was left to pair it with. */
    ONLY_B
}
