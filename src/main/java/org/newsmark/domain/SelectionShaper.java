package org.newsmark.domain;

import java.util.Optional;

/**
 * Turns what the analyst selected into the span that gets tagged: surrounding whitespace is
 * trimmed, and optionally the ends are widened to whole words. Never splits a surrogate pair.
 */
public final class SelectionShaper {

    private SelectionShaper() {
    }

    /** The trimmed span, or empty when the selection holds only whitespace. */
    public static Optional<Span> shape(String text, int begin, int end, boolean snapToWords) {
        int b = Math.max(0, Math.min(begin, end));
        int e = Math.min(text.length(), Math.max(begin, end));
        if (snapToWords) {
            while (b > 0 && isWordChar(text, b - 1) && isWordChar(text, b)) {
                b--;
            }
            while (e < text.length() && e > 0 && isWordChar(text, e - 1) && isWordChar(text, e)) {
                e++;
            }
        }
        while (b < e && isSpace(text.charAt(b))) {
            b++;
        }
        while (e > b && isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (b < text.length() && Character.isLowSurrogate(text.charAt(b)) && b > 0) {
            b--;
        }
        if (e < text.length() && e > 0 && Character.isHighSurrogate(text.charAt(e - 1))) {
            e++;
        }
        return b < e ? Optional.of(new Span(b, e)) : Optional.empty();
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    static boolean isWordChar(String text, int i) {
        char c = text.charAt(i);
        return Character.isLetterOrDigit(c) || Character.isSurrogate(c) || c == '\'' || c == '’' || c == '-'
                || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }
}
