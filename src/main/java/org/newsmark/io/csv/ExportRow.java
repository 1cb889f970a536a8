package org.newsmark.io.csv;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One annotation as exported. {@code start} and {@code end} are Unicode code points; the caller
 * converts from UTF-16 with {@link org.newsmark.domain.CodePointOffsets}. Nullable: note, times.
 * {@code attributes} maps an attribute name to its values (several for a multiple choice).
 */
public record ExportRow(long documentId, String documentTitle, String documentSha256, String analyst,
                        long annotationId, String label, int start, int end, String text, String note,
                        Instant createdAt, Instant updatedAt, Map<String, List<String>> attributes,
                        org.newsmark.domain.ArticleMetadata metadata) {

    public ExportRow {
        attributes = attributes == null ? Map.of() : attributes;
        metadata = metadata == null ? org.newsmark.domain.ArticleMetadata.EMPTY : metadata;
    }

    /** A row without the article's metadata. */
    public ExportRow(long documentId, String documentTitle, String documentSha256, String analyst,
                     long annotationId, String label, int start, int end, String text, String note,
                     Instant createdAt, Instant updatedAt, Map<String, List<String>> attributes) {
        this(documentId, documentTitle, documentSha256, analyst, annotationId, label, start, end, text, note,
                createdAt, updatedAt, attributes, null);
    }

    /** A row without attribute values. */
    public ExportRow(long documentId, String documentTitle, String documentSha256, String analyst,
                     long annotationId, String label, int start, int end, String text, String note,
                     Instant createdAt, Instant updatedAt) {
        this(documentId, documentTitle, documentSha256, analyst, annotationId, label, start, end, text, note,
                createdAt, updatedAt, Map.of());
    }
}
