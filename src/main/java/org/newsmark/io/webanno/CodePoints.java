package org.newsmark.io.webanno;

import java.util.Arrays;
import org.newsmark.domain.Span;

/**
 * The Web Annotation unit for one text: a TextPositionSelector counts Unicode code points ("not
 * in terms of code units", W3C Web Annotation Data Model 4.2.4; 4.2.5 counts the same way), so an
 * emoji is one, a combining accent one, and CRLF two. Newsmark's spans are UTF-16; this converts
 * at the file's edge. It notes where the surrogate pairs are once, so that each conversion is a
 * binary search, not a walk from the start of a long article.
 */
final class CodePoints {

    private final String text;
    /** The UTF-16 index of each surrogate pair's high half, ascending. */
    private final int[] pairs;

    CodePoints(String text) {
        this.text = text;
        int[] found = new int[16];
        int n = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = i++;
            }
        }
        pairs = Arrays.copyOf(found, n);
    }

    String text() {
        return text;
    }

    /** How many code points the text holds. */
    int length() {
        return text.length() - pairs.length;
    }

    /** The code point position of the UTF-16 index {@code utf16}. */
    int of(int utf16) {
        return utf16 - pairsBefore(utf16);
    }

    /** The UTF-16 index of code point position {@code codePoint}, or -1 when the text is shorter. */
    int toUtf16(long codePoint) {
        if (codePoint < 0 || codePoint > length()) {
            return -1;
        }
        // the k-th pair (0-based) starts at code point pairs[k] - k; every pair before the position adds one unit
        int low = 0;
        int high = pairs.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (pairs[mid] - mid < codePoint) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return (int) codePoint + low;
    }

    private int pairsBefore(int utf16) {
        int at = Arrays.binarySearch(pairs, utf16);
        return at >= 0 ? at : -at - 1;
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
