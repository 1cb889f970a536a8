package org.newsmark.io.csv;

/**
 * One imported CSV row. Offsets are code points as in the file; check them against the article
 * with {@link org.newsmark.io.SpanTextCheck}. Either {@code documentId} or {@code documentSha256}
 * is non-null. {@code text} is null when the file has no text cell; {@code note} is never null.
 * {@code line} is the physical line where the row starts (header = line 1).
 */
public record CsvAnnotationRow(long line, Long documentId, String documentSha256, String analyst, String label,
                               int start, int end, String text, String note) {
}
