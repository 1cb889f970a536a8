package org.newsmark.ui.links;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Link;

/**
 * The shown layer's links whose two ends are shown, ordered by where their earlier end begins:
 * the links of a screen of text are a binary search and a short scan, not a pass over every link
 * (the arcs ask on every scrolled frame; a pass over 10,000 links with two map lookups each was a
 * third of a 10 MB article's scrolling time). A new article or layer builds it anew; one tag or
 * link changed moves only its own entries (a rebuild over 10,000 links cost a delete's frame 1.5 ms).
 */
final class LinksByPlace {

    /** A link with its ends, where the first begins and where the last begins. */
    record Placed(Link link, Annotation from, Annotation to, int first, int last) {
    }

    /** By the earlier end's begin, then by link id, so that each entry has one place to be found at. */
    private static final Comparator<Placed> BY_PLACE = Comparator.comparingInt(Placed::first)
            .thenComparingLong(p -> p.link().id());

    private final List<Placed> byFirst = new ArrayList<>();
    private final Map<Long, Placed> byLink = new HashMap<>();

    void rebuild(Iterable<Link> links, Map<Long, Annotation> tagsById) {
        byFirst.clear();
        byLink.clear();
        for (Link l : links) {
            Placed p = placed(l, tagsById);
            if (p != null) {
                byFirst.add(p);
                byLink.put(l.id(), p);
            }
        }
        byFirst.sort(BY_PLACE);
    }

    /** Puts {@code link} where its ends are now, or leaves it out when one of them is not shown. */
    void place(Link link, Map<Long, Annotation> tagsById) {
        remove(link.id());
        Placed p = placed(link, tagsById);
        if (p != null) {
            int at = java.util.Collections.binarySearch(byFirst, p, BY_PLACE);
            byFirst.add(at < 0 ? -at - 1 : at, p);
            byLink.put(link.id(), p);
        }
    }

    /** Takes a link out (a link removed, or one of its ends no longer shown). */
    void remove(long linkId) {
        Placed p = byLink.remove(linkId);
        int at = p == null ? -1 : java.util.Collections.binarySearch(byFirst, p, BY_PLACE);
        if (at >= 0) {
            byFirst.remove(at);
        }
    }

    /** The links whose two ends begin in {@code [from, to)}, oldest first (by id: the order they were made in). */
    List<Placed> between(int from, int to) {
        List<Placed> out = new ArrayList<>();
        for (int i = firstAtLeast(from); i < byFirst.size() && byFirst.get(i).first() < to; i++) {
            Placed p = byFirst.get(i);
            if (p.last() < to) {
                out.add(p);
            }
        }
        out.sort(Comparator.comparingLong(p -> p.link().id()));
        return out;
    }

    private static Placed placed(Link l, Map<Long, Annotation> tagsById) {
        Annotation a = tagsById.get(l.fromTagId());
        Annotation b = tagsById.get(l.toTagId());
        return a == null || b == null ? null
                : new Placed(l, a, b, Math.min(a.begin(), b.begin()), Math.max(a.begin(), b.begin()));
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
