package org.newsmark.io.qdpx;

import java.util.Arrays;
import java.util.Locale;

/**
 * Converts UTF-16 indexes (Newsmark) to REFI-QDA {@code startPosition}/{@code endPosition} and
 * back. A position counts characters of the text as a reader sees them: a CRLF line break is one
 * character (QualCoder's MAXQDA export turns LF into CRLF without moving any position; QualCoder's
 * importer reads ATLAS.ti's CRLF texts so), and, in {@link Unit#CODE_POINTS}, an emoji outside the
 * BMP is one character (Python's str, QualCoder); {@link Unit#UTF16} counts it as two, for a file
 * known to count that way. {@link #crlfTwice} is for a file whose positions count each CRLF of its
 * text as two (NVivo, as far as known: {@link #countsCrlfTwice}).
 */
public final class RefiPositions {

    /** What one position step is, besides a CRLF. */
    public enum Unit { CODE_POINTS, UTF16 }

    private final String text;
    /** UTF-16 indexes that count other than one position, ascending: 0 or 2 positions (see {@link #weight}). */
    private final int[] odd;
    /** 0: the LF of a CRLF or a low surrogate (code points), inside a character; 2: an LF that was a CRLF. */
    private final byte[] weight;
    /** shift[k]: what the first k odd indexes add to their UTF-16 count (a 0 takes one, a 2 adds one). */
    private final int[] shift;

    public RefiPositions(String text, Unit unit) {
        this(text, unit, null);
    }

    private RefiPositions(String text, Unit unit, boolean[] lfWasCrlf) {
        this.text = text;
        int[] at = new int[16];
        byte[] w = new byte[16];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char before = i == 0 ? 0 : text.charAt(i - 1);
            byte wt;
            if (i > 0 && c == '\n' && before == '\r'
                    || unit == Unit.CODE_POINTS && Character.isLowSurrogate(c) && Character.isHighSurrogate(before)) {
                wt = 0;
            } else if (lfWasCrlf != null && lfWasCrlf[i]) {
                wt = 2;
            } else {
                continue;
            }
            if (n == at.length) {
                at = Arrays.copyOf(at, n * 2);
                w = Arrays.copyOf(w, n * 2);
            }
            at[n] = i;
            w[n++] = wt;
        }
        this.odd = Arrays.copyOf(at, n);
        this.weight = Arrays.copyOf(w, n);
        this.shift = new int[n + 1];
        for (int k = 0; k < n; k++) {
            shift[k + 1] = shift[k] + weight[k] - 1;
        }
    }

    /**
     * Positions over the text a file holds with its line ends made LF ({@code ArticleText.normaliseLineEnds}),
     * each CRLF of the file's text counting as two positions and a lone CR as one; {@link #text()} is the LF text.
     * A position between the CR and the LF of a CRLF is read as after the line break.
     */
    public static RefiPositions crlfTwice(String fileText, Unit unit) {
        StringBuilder lf = new StringBuilder(fileText.length());
        boolean[] wasCrlf = new boolean[fileText.length()];
        for (int i = 0; i < fileText.length(); i++) {
            char c = fileText.charAt(i);
            if (c == '\r') {
                if (i + 1 < fileText.length() && fileText.charAt(i + 1) == '\n') {
                    wasCrlf[lf.length()] = true;
                    i++;
                }
                lf.append('\n');
            } else {
                lf.append(c);
            }
        }
        return new RefiPositions(lf.toString(), unit, Arrays.copyOf(wasCrlf, lf.length()));
    }

    /**
     * Whether a file of this {@code origin} counts each CRLF of a text as two positions: NVivo (origin
     * "NVivo 14", "NVivo for Windows 12.6", ...), whose CRLF texts QualCoder's importer reads so. Other
     * tools count a CRLF once. See docs/formats.md ("Positions") for the sources and what is inferred.
     */
    public static boolean countsCrlfTwice(String origin) {
        return origin != null && origin.strip().toLowerCase(Locale.ROOT).startsWith("nvivo");
    }

    /** The text the positions count (for {@link #crlfTwice}: the file's text with LF line ends). */
    public String text() {
        return text;
    }

    /** How many positions the text has. */
    public int length() {
        return text.length() + shift[odd.length];
    }

    /** The position of a UTF-16 index; an index inside a CRLF or a pair counts as the one after it. */
    public int toPosition(int utf16) {
        if (utf16 < 0 || utf16 > text.length()) {
            throw new IndexOutOfBoundsException("offset " + utf16 + " outside text of length " + text.length());
        }
        return positionOf(utf16);
    }

    /**
     * The UTF-16 index of a position, or -1 when the position is outside the text: the first index at
     * or after the position that starts a character (so a position inside a CRLF counted twice is the
     * index after its LF).
     */
    public int toUtf16(long position) {
        if (position < 0 || position > length()) {
            return -1;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (positionOf(mid) < position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int k = countBelow(lo);
        if (k < odd.length && odd[k] == lo && weight[k] == 0) {
            return lo + 1;
        }
        return lo;
    }

    /** Whether a UTF-16 index falls between the halves of a surrogate pair (possible only in {@link Unit#UTF16}). */
    public boolean splitsSurrogatePair(int utf16) {
        return utf16 > 0 && utf16 < text.length() && Character.isLowSurrogate(text.charAt(utf16))
                && Character.isHighSurrogate(text.charAt(utf16 - 1));
    }

    /** The sum of the weights of the UTF-16 units below an index: 1 each, but 0 or 2 for the odd ones. */
    private int positionOf(int utf16) {
        return utf16 + shift[countBelow(utf16)];
    }

    /** How many odd indexes lie below a UTF-16 index. */
    private int countBelow(int utf16) {
        int lo = 0;
        int hi = odd.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (odd[mid] < utf16) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
