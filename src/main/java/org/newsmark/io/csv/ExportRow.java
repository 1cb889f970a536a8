package org.newsmark.io.csv;

import java.time.Instant;

/**
 * One annotation as exported. {@code start} and {@code end} are Unicode code points; the caller
 * converts from UTF-16 with {@link org.newsmark.domain.CodePointOffsets}. Nullable: note, times.
 */
public record ExportRow(long documentId, String documentTitle, String documentSha256, String analyst,
                        long annotationId, String label, int start, int end, String text, String note,
                        Instant createdAt, Instant updatedAt) {
}
