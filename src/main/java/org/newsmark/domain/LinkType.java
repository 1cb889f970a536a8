package org.newsmark.domain;

import java.util.List;
import java.util.Objects;

/**
 * A kind of directed link between two tags, declared in the codebook: {@code fromLabels} are the
 * labels (by id) a link of this type may start at, {@code toLabels} those it may end at. An empty
 * list allows no label (such a type takes no links). See docs/decisions/0019-links.md.
 */
public record LinkType(long id, String name, List<Long> fromLabels, List<Long> toLabels, String definition) {

    public LinkType {
        Objects.requireNonNull(name, "name");
        fromLabels = List.copyOf(fromLabels);
        toLabels = List.copyOf(toLabels);
        definition = definition == null ? "" : definition;
    }

    /** Whether a link of this type may go from a tag of label {@code from} to a tag of label {@code to}. */
    public boolean allows(long from, long to) {
        return fromLabels.contains(from) && toLabels.contains(to);
    }

    public LinkType withId(long newId) {
        return new LinkType(newId, name, fromLabels, toLabels, definition);
    }

    /**
     * A link type as a built-in codebook declares it, its ends named by label (the project gives
     * them ids: see {@code DefaultLabels}).
     */
    public record Declared(String name, List<String> fromLabels, List<String> toLabels, String definition) {
        public Declared {
            fromLabels = List.copyOf(fromLabels);
            toLabels = List.copyOf(toLabels);
        }
    }
}
