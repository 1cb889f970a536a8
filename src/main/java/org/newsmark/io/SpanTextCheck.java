package org.newsmark.io;

import org.newsmark.domain.CodePointOffsets;
import org.newsmark.domain.Span;

/**
 * Checks an imported span (code points, as every file format stores it) against the article
 * text, and converts it to the UTF-16 {@link Span} the rest of the program uses.
 */
public final class SpanTextCheck {

    private static final int QUOTE_LIMIT = 60;

    private SpanTextCheck() {
    }

    /**
     * @param expectedText the text the file claims is at {@code [start,end)}, or null when the
     *                     file has no text column (then only the range is checked)
     * @return the span in UTF-16 indices
     */
    public static Span verify(String fileName, long line, String articleText, CodePointOffsets offsets,
                              int start, int end, String expectedText) throws ImportException {
        Span span = toUtf16(fileName, line, offsets, start, end);
        if (expectedText != null) {
            String actual = span.textOf(articleText);
            if (!actual.equals(expectedText)) {
                throw new ImportException(fileName, line, "text '" + quote(expectedText)
                        + "' does not match the article's '" + quote(actual) + "' at " + start + "–" + end);
            }
        }
        return span;
    }

    /** Range check and conversion only. */
    public static Span toUtf16(String fileName, long line, CodePointOffsets offsets, int start, int end)
            throws ImportException {
        if (start < 0) {
            throw new ImportException(fileName, line, "start " + start + " is negative");
        }
        if (end <= start) {
            throw new ImportException(fileName, line, "end " + end + " must be greater than start " + start);
        }
        if (end > offsets.codePointLength()) {
            throw new ImportException(fileName, line, "end " + end + " is beyond the article's "
                    + offsets.codePointLength() + " characters");
        }
        return offsets.toUtf16(start, end);
    }

    /** Shortens long quotes and makes line breaks visible, so the message stays one readable line. */
    static String quote(String s) {
        String shown = s.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
        return CodePointOffsets.shortened(shown, QUOTE_LIMIT);
    }
}
