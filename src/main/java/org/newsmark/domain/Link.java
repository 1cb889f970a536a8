package org.newsmark.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A typed, directed link of one analyst in one article, from the tag {@code fromTagId} to the tag
 * {@code toTagId} (both of that analyst and article, never the same tag). See
 * docs/decisions/0019-links.md.
 */
public record Link(long id, long documentId, long analystId, long typeId, long fromTagId, long toTagId, Instant created) {

    public Link {
        Objects.requireNonNull(created, "created");
    }

    public Link withId(long newId) {
        return new Link(newId, documentId, analystId, typeId, fromTagId, toTagId, created);
    }

    /** Whether {@code tagId} is one of its ends. */
    public boolean touches(long tagId) {
        return fromTagId == tagId || toTagId == tagId;
    }
}
