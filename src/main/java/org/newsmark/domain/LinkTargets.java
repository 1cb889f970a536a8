package org.newsmark.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The tags a link may be made to from one tag, nearest first: every other tag of the same layer
 * that some link type allows between the two labels, in either direction (from a claim one can
 * link the statistic that supports it). A fit already linked is left out, and a tag with no
 * fit left is no target. Distance is the gap in characters between the spans (0 when they
 * overlap); ties go to the earlier tag. Pure, so the keyboard order is tested without a screen.
 */
public final class LinkTargets {

    /**
     * A way to link {@code from} and the target: with {@code type}, starting at the tag the user
     * started from unless {@code reversed}.
     */
    public record Fit(LinkType type, boolean reversed) {
    }

    /** A tag a link may be made to, with every fitting type not yet used between the two. */
    public record Target(Annotation tag, List<Fit> fits, int distance) {
        public Target {
            fits = List.copyOf(fits);
        }
    }

    /** Whether a link of type {@code typeId} from tag {@code fromId} to tag {@code toId} exists already. */
    @FunctionalInterface
    public interface Existing {
        boolean has(long typeId, long fromId, long toId);
    }

    private LinkTargets() {
    }

    /** The targets of {@code from} among {@code tags} (its layer in its article), nearest first. */
    public static List<Target> of(Annotation from, List<Annotation> tags, List<LinkType> types, Existing existing) {
        List<Target> out = new ArrayList<>();
        if (types.isEmpty()) {
            return out;
        }
        for (Annotation t : tags) {
            if (t.id() == from.id()) {
                continue;
            }
            List<Fit> fits = fits(from, t, types, existing);
            if (!fits.isEmpty()) {
                out.add(new Target(t, fits, distance(from.span(), t.span())));
            }
        }
        out.sort(Comparator.comparingInt(Target::distance).thenComparing(x -> x.tag().span()));
        return out;
    }

    /** The unused types that may join {@code from} and {@code to}, forwards first. */
    public static List<Fit> fits(Annotation from, Annotation to, List<LinkType> types, Existing existing) {
        List<Fit> fits = new ArrayList<>();
        for (LinkType type : types) {
            if (type.allows(from.labelId(), to.labelId()) && !existing.has(type.id(), from.id(), to.id())) {
                fits.add(new Fit(type, false));
            }
        }
        for (LinkType type : types) {
            if (type.allows(to.labelId(), from.labelId()) && !existing.has(type.id(), to.id(), from.id())) {
                fits.add(new Fit(type, true));
            }
        }
        return fits;
    }

    /** Characters between two spans; 0 when they touch or overlap. */
    static int distance(Span a, Span b) {
        if (a.end() <= b.begin()) {
            return b.begin() - a.end();
        }
        if (b.end() <= a.begin()) {
            return a.begin() - b.end();
        }
        return 0;
    }
}
