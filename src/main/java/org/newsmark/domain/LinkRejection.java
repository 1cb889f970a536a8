package org.newsmark.domain;

/**
 * A link disagreement consensus did not take: analyst {@code analystId}'s link of type
 * {@code typeId} in that article, named by its content (both ends' label and span) rather than
 * its id, so that the rejection still holds after the link is made again. See
 * docs/decisions/0021-link-agreement.md.
 */
public record LinkRejection(long documentId, long analystId, long typeId, long fromLabel, Span from, long toLabel, Span to,
                            long consensusId) {

    /** The rejection of {@code link}, whose ends are {@code from} and {@code to}. */
    public static LinkRejection of(Link link, Annotation from, Annotation to, long consensusId) {
        return new LinkRejection(link.documentId(), link.analystId(), link.typeId(), from.labelId(), from.span(), to.labelId(),
                to.span(), consensusId);
    }
}
