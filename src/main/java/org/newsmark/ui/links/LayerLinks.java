package org.newsmark.ui.links;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.domain.Link;

/**
 * The links of the shown layer in the open article, by id and by the tags at their ends, so
 * that the selected tag's links and "is this already linked" are map lookups, whatever the
 * number of links (the benchmark opens 10,000).
 */
final class LayerLinks {

    private final Map<Long, Link> byId = new LinkedHashMap<>();
    private final Map<Long, List<Link>> byTag = new HashMap<>();

    void setAll(List<Link> links) {
        byId.clear();
        byTag.clear();
        links.forEach(this::add);
    }

    /** A committed change: {@code before} removed (when not null), {@code after} added (when not null). */
    void apply(Link before, Link after) {
        if (before != null) {
            remove(before);
        }
        if (after != null) {
            add(after);
        }
    }

    /** The links starting or ending at the tag, oldest first. */
    List<Link> touching(long tagId) {
        List<Link> out = new ArrayList<>(byTag.getOrDefault(tagId, List.of()));
        out.sort((a, b) -> Long.compare(a.id(), b.id()));
        return out;
    }

    boolean has(long typeId, long fromId, long toId) {
        for (Link l : byTag.getOrDefault(fromId, List.of())) {
            if (l.typeId() == typeId && l.fromTagId() == fromId && l.toTagId() == toId) {
                return true;
            }
        }
        return false;
    }

    /** Every link, in the order they were made. */
    Iterable<Link> all() {
        return byId.values();
    }

    int size() {
        return byId.size();
    }

    private void add(Link l) {
        byId.put(l.id(), l);
        byTag.computeIfAbsent(l.fromTagId(), k -> new ArrayList<>(2)).add(l);
        byTag.computeIfAbsent(l.toTagId(), k -> new ArrayList<>(2)).add(l);
    }

    private void remove(Link l) {
        byId.remove(l.id());
        for (long tag : new long[] {l.fromTagId(), l.toTagId()}) {
            List<Link> at = byTag.get(tag);
            if (at != null) {
                at.removeIf(x -> x.id() == l.id());
                if (at.isEmpty()) {
                    byTag.remove(tag);
                }
            }
        }
    }
}
