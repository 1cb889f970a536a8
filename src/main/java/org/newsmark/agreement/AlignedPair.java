package org.newsmark.agreement;

import java.util.Comparator;
import java.util.Objects;

import org.newsmark.domain.Span;

/**
 * One outcome of the alignment: a pair of spans (A and B) or a span one analyst marked alone.
 * For {@link OutcomeKind#ONLY_A} {@code b} is null, for {@link OutcomeKind#ONLY_B} {@code a} is
 * null; every other kind has both.
 */
public record AlignedPair(OutcomeKind kind, LabeledSpan a, LabeledSpan b) implements Comparable<AlignedPair> {

    /** Text order: where the pair starts, then where it ends, then A before B-only rows. */
    private static final Comparator<AlignedPair> TEXT_ORDER = Comparator
            .comparingInt(AlignedPair::begin)
            .thenComparingInt(AlignedPair::end)
            .thenComparing(AlignedPair::kind)
            .thenComparing(p -> p.a == null ? "" : p.a.toString())
            .thenComparing(p -> p.b == null ? "" : p.b.toString());

    public AlignedPair {
        Objects.requireNonNull(kind, "kind");
        boolean needsA = kind != OutcomeKind.ONLY_B;
        boolean needsB = kind != OutcomeKind.ONLY_A;
        if ((a != null) != needsA || (b != null) != needsB) {
            throw new IllegalArgumentException(kind + " needs a=" + needsA + ", b=" + needsB + "; got " + a + ", " + b);
        }
    }

    public static AlignedPair onlyA(LabeledSpan a) {
        return new AlignedPair(OutcomeKind.ONLY_A, a, null);
    }

    public static AlignedPair onlyB(LabeledSpan b) {
        return new AlignedPair(OutcomeKind.ONLY_B, null, b);
    }

    /** First character covered by either side. */
    public int begin() {
        if (a == null) return b.begin();
        if (b == null) return a.begin();
        return Math.min(a.begin(), b.begin());
    }

    /** One past the last character covered by either side. */
    public int end() {
        if (a == null) return b.end();
        if (b == null) return a.end();
        return Math.max(a.end(), b.end());
    }

    /** The stretch of text this row talks about, e.g. for jumping to it in the editor. */
    public Span extent() {
        return new Span(begin(), end());
    }

    @Override
    public int compareTo(AlignedPair o) {
        return TEXT_ORDER.compare(this, o);
    }
}
