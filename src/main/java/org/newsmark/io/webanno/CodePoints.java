package org.newsmark.io.webanno;

import org.newsmark.domain.CodePointOffsets;
import org.newsmark.domain.Span;

/**
 * The Web Annotation unit for one text: a TextPositionSelector counts Unicode code points ("not
 * in terms of code units", W3C Web Annotation Data Model 4.2.4; 4.2.5 counts the same way), so an
 * emoji is one, a combining accent one, and CRLF two. Newsmark's spans are UTF-16; this converts
 * at the file's edge with {@link CodePointOffsets} (built once per text, a binary search a
 * conversion), in the terms the selectors want: -1 for a position outside the text, and the
 * TextQuoteSelector's prefix and suffix.
 */
final class CodePoints {

    private final String text;
    private final CodePointOffsets offsets;

    CodePoints(String text) {
        this.text = text;
        this.offsets = new CodePointOffsets(text);
    }

    String text() {
        return text;
    }

    /** How many code points the text holds. */
    int length() {
        return offsets.codePointLength();
    }

    /** The code point position of the UTF-16 index {@code utf16}; an index inside a surrogate pair counts as the pair's. */
    int of(int utf16) {
        return offsets.toCodePoints(offsets.splitsSurrogatePair(utf16) ? utf16 - 1 : utf16);
    }

    /** The UTF-16 index of code point position {@code codePoint}, or -1 when the text is shorter. */
    int toUtf16(long codePoint) {
        return codePoint < 0 || codePoint > length() ? -1 : offsets.toUtf16((int) codePoint);
    }

    /** Up to {@value WebAnnotation#QUOTE_CONTEXT} code points before {@code span}: whole code points, never half a surrogate pair. */
    String prefix(Span span) {
        int n = Math.min(WebAnnotation.QUOTE_CONTEXT, of(span.begin()));
        return text.substring(text.offsetByCodePoints(span.begin(), -n), span.begin());
    }

    /** Up to {@value WebAnnotation#QUOTE_CONTEXT} code points after {@code span}. */
    String suffix(Span span) {
        int n = Math.min(WebAnnotation.QUOTE_CONTEXT, length() - of(span.end()));
        return text.substring(span.end(), text.offsetByCodePoints(span.end(), n));
    }
}
