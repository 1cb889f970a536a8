package org.newsmark.io.webanno;

import org.newsmark.domain.Span;

/**
 * The Web Annotation unit: a TextPositionSelector counts Unicode code points ("not in terms of
 * code units", W3C Web Annotation Data Model 4.2.4; 4.2.5 counts the same way), so an emoji is one, a combining accent one, and
 * CRLF two. Newsmark's spans are UTF-16; these convert at the file's edge.
 */
final class CodePoints {

    private CodePoints() {
    }

    /** The code point position of the UTF-16 index {@code utf16} in {@code text}. */
    static int of(String text, int utf16) {
        return text.codePointCount(0, utf16);
    }

    /** The UTF-16 index of code point position {@code codePoint}, or -1 when the text is shorter. */
    static int toUtf16(String text, long codePoint) {
        if (codePoint < 0 || codePoint > text.codePointCount(0, text.length())) {
            return -1;
        }
        return text.offsetByCodePoints(0, (int) codePoint);
    }

    /** Up to {@value WebAnnotation#QUOTE_CONTEXT} code points before {@code span}: whole code points, never half a surrogate pair. */
    static String prefix(String text, Span span) {
        int n = Math.min(WebAnnotation.QUOTE_CONTEXT, text.codePointCount(0, span.begin()));
        return text.substring(text.offsetByCodePoints(span.begin(), -n), span.begin());
    }

    /** Up to {@value WebAnnotation#QUOTE_CONTEXT} code points after {@code span}. */
    static String suffix(String text, Span span) {
        int n = Math.min(WebAnnotation.QUOTE_CONTEXT, text.codePointCount(span.end(), text.length()));
        return text.substring(span.end(), text.offsetByCodePoints(span.end(), n));
    }
}
