package org.newsmark.domain;

/**
 * One tag pointing to a source: through which attribute, in which article, by whom, with which
 * label and span (UTF-16, half-open).
 */
public record SourceQuote(long sourceId, long tagId, long attributeId, long documentId, long analystId, long labelId,
                          int begin, int end) {
}
