package org.newsmark.domain;

/**
 * Converts offsets between UTF-16 indices (Java strings, the editor) and Unicode code points
 * (Python, R, brat, SemEval, our exports). Built once per text; O(1) per conversion when the
 * text has no surrogate pairs, O(log n) otherwise.
 */
public final class CodePointOffsets {

    private final String text;
    /** UTF-16 index of each supplementary character's high surrogate, ascending; empty for BMP-only text. */
    private final int[] surrogateStarts;
    private final int codePointLength;

    public CodePointOffsets(String text) {
        this.text = text;
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                count++;
                i++;
            }
        }
        surrogateStarts = new int[count];
        int k = 0;
        for (int i = 0; i < text.length() && k < count; i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                surrogateStarts[k++] = i;
                i++;
            }
        }
        codePointLength = text.length() - count;
    }

    public int codePointLength() {
        return codePointLength;
    }

    /** Code-point index of a UTF-16 index. A UTF-16 index inside a surrogate pair is invalid. */
    public int toCodePoints(int utf16) {
        if (utf16 < 0 || utf16 > text.length()) {
            throw new IndexOutOfBoundsException("offset " + utf16 + " outside text of length " + text.length());
        }
        if (surrogateStarts.length == 0) {
            return utf16;
        }
        int pairsBefore = countStartsBefore(utf16);
        if (pairsBefore > 0 && surrogateStarts[pairsBefore - 1] == utf16 - 1) {
            throw new IllegalArgumentException("offset " + utf16 + " splits a surrogate pair");
        }
        return utf16 - pairsBefore;
    }

    /** UTF-16 index of a code-point index. */
    public int toUtf16(int codePoints) {
        if (codePoints < 0 || codePoints > codePointLength) {
            throw new IndexOutOfBoundsException(
                    "offset " + codePoints + " outside text of " + codePointLength + " code points");
        }
        if (surrogateStarts.length == 0) {
            return codePoints;
        }
        // the k-th pair starts at UTF-16 index s_k, which is code point s_k - k
        int lo = 0;
        int hi = surrogateStarts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (surrogateStarts[mid] - mid < codePoints) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return codePoints + lo;
    }

    public Span toUtf16(int beginCodePoints, int endCodePoints) {
        return new Span(toUtf16(beginCodePoints), toUtf16(endCodePoints));
    }

    /** Whether a UTF-16 index falls between the two halves of a surrogate pair. */
    public boolean splitsSurrogatePair(int utf16) {
        return utf16 > 0 && utf16 < text.length() && Character.isLowSurrogate(text.charAt(utf16))
                && Character.isHighSurrogate(text.charAt(utf16 - 1));
    }

    /**
     * The first {@code max} code points of {@code s} (whole characters, never half a surrogate pair),
     * or {@code s} itself when it holds no more.
     */
    public static String firstCodePoints(String s, int max) {
        return s.codePointCount(0, s.length()) > max ? s.substring(0, s.offsetByCodePoints(0, max)) : s;
    }

    /** {@code s} cut to {@code max} code points with "…" added when it is longer, for a quote in a message. */
    public static String shortened(String s, int max) {
        return s.codePointCount(0, s.length()) > max ? s.substring(0, s.offsetByCodePoints(0, max)) + "…" : s;
    }

    private int countStartsBefore(int utf16) {
        int lo = 0;
        int hi = surrogateStarts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (surrogateStarts[mid] < utf16) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
