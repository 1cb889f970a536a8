package org.newsmark.io.csv;

import java.time.Instant;

/**
 * One imported CSV row. Offsets are code points as in the file; check them against the article
 * with {@link org.newsmark.io.SpanTextCheck}. Either {@code documentId} or {@code documentSha256}
 * is non-null. {@code text} is null when the file has no text cell; {@code note} is never null.
 * {@code line} is the physical line where the row starts (header = line 1). {@code createdAt} and
 * {@code updatedAt} are null when the file has no such cell; an import then uses its own time.
 * {@code attributes} holds the non-empty {@code attr:NAME} cells by NAME, as written (a multiple
 * choice still joined with {@code " | "}): the reader does not know the codebook.
 */
public record CsvAnnotationRow(long line, Long documentId, String documentSha256, String analyst, String label,
                               int start, int end, String text, String note, Instant createdAt, Instant updatedAt,
                               java.util.Map<String, String> attributes) {

    public CsvAnnotationRow {
        attributes = attributes == null ? java.util.Map.of() : java.util.Map.copyOf(attributes);
    }

    /** A row without attribute cells. */
    public CsvAnnotationRow(long line, Long documentId, String documentSha256, String analyst, String label,
                            int start, int end, String text, String note, Instant createdAt, Instant updatedAt) {
        this(line, documentId, documentSha256, analyst, label, start, end, text, note, createdAt, updatedAt, null);
    }

    /** A row without times. */
    public CsvAnnotationRow(long line, Long documentId, String documentSha256, String analyst, String label,
                            int start, int end, String text, String note) {
        this(line, documentId, documentSha256, analyst, label, start, end, text, note, null, null);
    }
}
