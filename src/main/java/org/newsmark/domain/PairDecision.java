package org.newsmark.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A decision on one aligned pair, as the project keeps it.
 *
 * @param consensusId the analyst whose layer the accepted spans were written into
 */
public record PairDecision(PairKey pair, Decision decision, long consensusId, Instant decidedAt) {

    public PairDecision {
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    /** The same decision with A and B swapped: accepting A's span becomes accepting B's. */
    public PairDecision swapped() {
        return new PairDecision(pair.swapped(), decision.swapped(), consensusId, decidedAt);
    }

    public PairDecision canonical() {
        return pair.isCanonical() ? this : swapped();
    }

    /** This decision with {@code analyst} as A. */
    public PairDecision seenFrom(long analyst) {
        return pair.analystA() == analyst ? this : swapped();
    }
}
