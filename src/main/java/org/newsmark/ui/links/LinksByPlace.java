package org.newsmark.ui.links;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Link;

/**
 * The shown layer's links whose two ends are shown, ordered by where their earlier end begins:
 * the links of a screen of text are a binary search and a short scan, not a pass over every link
 * (the arcs ask on every scrolled frame; a pass over 10,000 links with two map lookups each was a
 * third of a 10 MB article's scrolling time). Built again only when the links or their ends change.
 */
final class LinksByPlace {

    /** A link with its ends, where the first begins, where the last begins, and its place among all links. */
    record Placed(Link link, Annotation from, Annotation to, int first, int last, int order) {
    }

    private List<Placed> byFirst = List.of();

    void rebuild(Iterable<Link> links, Map<Long, Annotation> tagsById) {
        List<Placed> out = new ArrayList<>();
        int order = 0;
        for (Link l : links) {
            Annotation a = tagsById.get(l.fromTagId());
            Annotation b = tagsById.get(l.toTagId());
            if (a != null && b != null) {
                out.add(new Placed(l, a, b, Math.min(a.begin(), b.begin()), Math.max(a.begin(), b.begin()), order));
            }
            order++;
        }
        out.sort(Comparator.comparingInt(Placed::first));
        byFirst = out;
    }

    /** The links whose two ends begin in {@code [from, to)}, in the order of all links (as drawn before this index). */
    List<Placed> between(int from, int to) {
        List<Placed> out = new ArrayList<>();
        for (int i = firstAtLeast(from); i < byFirst.size() && byFirst.get(i).first() < to; i++) {
            Placed p = byFirst.get(i);
            if (p.last() < to) {
                out.add(p);
            }
        }
        out.sort(Comparator.comparingInt(Placed::order));
        return out;
    }

    private int firstAtLeast(int offset) {
        int lo = 0;
        int hi = byFirst.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byFirst.get(mid).first() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
