package org.newsmark.service.port;

import java.util.List;
import org.newsmark.domain.Link;
import org.newsmark.domain.LinkType;

/**
 * Links between tags, and the link types the codebook declares. A read-only session on a file
 * older than links reads none of either. See docs/decisions/0019-links.md.
 */
public interface LinkRepository {

    /** The codebook's link types, in their order. */
    List<LinkType> types();

    /** Adds a link type (its id ignored) after the others; returns it with its id. */
    LinkType insertType(LinkType type);

    /** Replaces the labels a link type allows at each end. */
    void setEnds(long typeId, List<Long> fromLabels, List<Long> toLabels);

    /** Writes a link type's name, definition and ends (by its id). */
    void updateType(LinkType type);

    /** Removes a link type that has no links (one with links is refused: an exception, nothing changed). */
    void deleteType(long typeId);

    /** The links of one article (of one analyst, or of all when null), by id. */
    List<Link> forDocument(long documentId, Long analystId);

    /** Every link of the project (of one article and/or analyst when not null), by article then id. */
    List<Link> all(Long documentId, Long analystId);

    /** The links that start or end at the tag, by id. */
    List<Link> touching(long tagId);

    /** Whether a link of that type already goes from that tag to that one (another id than {@code l}'s). */
    boolean hasTwin(Link l);

    /** Inserts {@code l}; keeps its id when it has one (undoing an unlink or a tag delete), else assigns one. */
    Link insert(Link l);

    void delete(long linkId);

    long count(Long documentId, Long analystId);
}
