package org.newsmark.io.qdpx;

/**
 * Converts UTF-16 indexes (Newsmark) to REFI-QDA {@code startPosition}/{@code endPosition} and
 * back. A position counts characters of the text as a reader sees them: a CRLF line break is one
 * character (QualCoder's MAXQDA export turns LF into CRLF without moving any position), and, in
 * {@link Unit#CODE_POINTS}, an emoji outside the BMP is one character (Python's str, QualCoder);
 * {@link Unit#UTF16} counts it as two, for a file known to count that way.
 */
public final class RefiPositions {

    /** What one position step is, besides a CRLF counting once. */
    public enum Unit { CODE_POINTS, UTF16 }

    private final String text;
    /** UTF-16 indexes that do not start a character: the LF of a CRLF, a low surrogate (code points), ascending. */
    private final int[] inner;

    public RefiPositions(String text, Unit unit) {
        this.text = text;
        int[] found = new int[16];
        int n = 0;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            char before = text.charAt(i - 1);
            boolean lfOfCrlf = c == '\n' && before == '\r';
            boolean lowHalf = unit == Unit.CODE_POINTS && Character.isLowSurrogate(c) && Character.isHighSurrogate(before);
            if (lfOfCrlf || lowHalf) {
                if (n == found.length) {
                    found = java.util.Arrays.copyOf(found, n * 2);
                }
                found[n++] = i;
            }
        }
        inner = java.util.Arrays.copyOf(found, n);
    }

    /** How many positions the text has. */
    public int length() {
        return text.length() - inner.length;
    }

    /** The position of a UTF-16 index; an index inside a CRLF or a pair counts as the one after it. */
    public int toPosition(int utf16) {
        if (utf16 < 0 || utf16 > text.length()) {
            throw new IndexOutOfBoundsException("offset " + utf16 + " outside text of length " + text.length());
        }
        return utf16 - countBelow(utf16);
    }

    /** The UTF-16 index of a position, or -1 when the position is outside the text. */
    public int toUtf16(long position) {
        if (position < 0 || position > length()) {
            return -1;
        }
        // the k-th inner index e_k lies before the character at position p exactly when e_k - k <= p
        int lo = 0;
        int hi = inner.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (inner[mid] - mid <= position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return (int) position + lo;
    }

    /** Whether a UTF-16 index falls between the halves of a surrogate pair (possible only in {@link Unit#UTF16}). */
    public boolean splitsSurrogatePair(int utf16) {
        return utf16 > 0 && utf16 < text.length() && Character.isLowSurrogate(text.charAt(utf16))
                && Character.isHighSurrogate(text.charAt(utf16 - 1));
    }

    private int countBelow(int utf16) {
        int lo = 0;
        int hi = inner.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (inner[mid] < utf16) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
