package org.newsmark.domain;

/**
 * Which aligned pair a decision is about. Pairs are recomputed from the tags every time two
 * analysts are compared, so a pair is named by what it is made of: the document, the two
 * analysts, and each analyst's label and span (null for the analyst who marked nothing there).
 * The outcome kind (match, boundary, conflict, only A / B) follows from the two sides and is not
 * part of the key. The same pair seen with A and B swapped is {@link #swapped()}; storage keeps
 * the {@link #canonical()} form, the lower analyst id as A.
 */
public record PairKey(long documentId, long analystA, PairSide a, long analystB, PairSide b) {

    public PairKey {
        if (a == null && b == null) {
            throw new IllegalArgumentException("a pair has at least one side");
        }
        if (analystA == analystB) {
            throw new IllegalArgumentException("a pair is between two different analysts");
        }
    }

    public PairKey swapped() {
        return new PairKey(documentId, analystB, b, analystA, a);
    }

    public boolean isCanonical() {
        return analystA < analystB;
    }

    public PairKey canonical() {
        return isCanonical() ? this : swapped();
    }

    /** This pair with {@code analyst} as A (it must be one of the two). */
    public PairKey seenFrom(long analyst) {
        return analystA == analyst ? this : swapped();
    }
}
