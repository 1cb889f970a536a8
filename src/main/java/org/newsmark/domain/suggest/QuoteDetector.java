package org.newsmark.domain.suggest;

/**
 * Direct quotes, in text order, one at a time: an opening mark (“ „ « ‹ ‘ ‚ " ') paired with
 * the next closing mark of its style (” or “ after „, », ›, ’ or ‘ after ‚, ", ') before a
 * blank line and within {@link #LONGEST} characters. A quote inside another is part of it (only
 * the outer one is returned); an opening mark with no closing one is passed over. A closing ’
 * or ' must not be followed by a letter (so "don’t" closes nothing). Each style keeps a pointer
 * to its next closing mark that only moves forward, so the whole text is read a bounded number
 * of times whatever its marks: no search starts again from every opening mark.
 */
final class QuoteDetector {

    static final int LONGEST = 3_000;

    /** A quote: the marks at {@code open} and {@code close}; the words between, trimmed, in {@code [begin, end)}. */
    record Quote(int open, int close, int begin, int end) {
    }

    private static final String OPENERS = "\u201C\u201E\u00AB\u2039\u2018\u201A\"'";
    /** For each opener (same order): the closing marks it takes. */
    private static final String[] CLOSERS = {"\u201D", "\u201C\u201D", "\u00BB", "\u203A", "\u2019", "\u2018\u2019", "\"", "'"};

    private final String text;
    private final int[] next = new int[CLOSERS.length];
    private int nextBlank = -1;
    private int at;

    QuoteDetector(String text) {
        this.text = text;
        java.util.Arrays.fill(next, -1);
    }

    /** The next quote after the last one returned; null when there is none. */
    Quote next() {
        while (at < text.length()) {
            int i = at;
            char ch = text.charAt(i);
            at = i + 1;
            if (ch != '"' && ch != '\'' && ch < '\u00AB') {
                continue;
            }
            int style = OPENERS.indexOf(ch);
            if (style < 0 || !opens(i)) {
                continue;
            }
            int close = closer(style, i + 1);
            if (close < 0 || close - i > LONGEST || close > blankLineAfter(i + 1)) {
                continue;
            }
            int b = skipSpace(i + 1, close);
            int e = trimSpace(b, close);
            if (!hasLetterOrDigit(b, e)) {
                at = close + (text.charAt(close) == text.charAt(i) ? 1 : 0);
                continue;
            }
            at = close + 1;
            return new Quote(i, close, b, e);
        }
        return null;
    }

    /** An opening mark: not glued after a letter or digit, and followed by something other than white space (« may have a space). */
    private boolean opens(int i) {
        char c = text.charAt(i);
        if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return false;
        }
        if (i + 1 >= text.length()) {
            return false;
        }
        char n = text.charAt(i + 1);
        boolean space = Character.isWhitespace(n) || Character.isSpaceChar(n);
        if (c == '\'' || c == '\u2018') {
            return Character.isLetterOrDigit(n) || n == '.' ;
        }
        return !space || c == '\u00AB' || c == '\u2039';
    }

    /** A closing mark of its kind at {@code j}: ’ and ' not followed by a letter; " ’ ' not after white space. */
    private boolean closes(int j) {
        char c = text.charAt(j);
        char before = text.charAt(j - 1);
        boolean afterSpace = Character.isWhitespace(before);
        if (c == '\'' || c == '\u2019' || c == '\u2018') {
            boolean letterAfter = j + 1 < text.length() && Character.isLetter(text.charAt(j + 1));
            boolean possessive = (before == 's' || before == 'S') && j + 2 < text.length() && text.charAt(j + 1) == ' '
                    && Character.isLowerCase(text.charAt(j + 2));
            return !letterAfter && !afterSpace && !possessive;
        }
        return c != '"' || !afterSpace;
    }

    /** The first closing mark for {@code style} at or after {@code from}, or -1; the pointer moves only forward. */
    private int closer(int style, int from) {
        int p = next[style];
        if (p >= from || p == Integer.MAX_VALUE) {
            return p == Integer.MAX_VALUE ? -1 : p;
        }
        String marks = CLOSERS[style];
        int j = Math.max(from, p + 1);
        while (j < text.length() && (marks.indexOf(text.charAt(j)) < 0 || !closes(j))) {
            j++;
        }
        next[style] = j < text.length() ? j : Integer.MAX_VALUE;
        return closer(style, from);
    }

    /** Where the first blank line (two line breaks with only spaces between) at or after {@code from} starts. */
    private int blankLineAfter(int from) {
        if (nextBlank >= from) {
            return nextBlank;
        }
        int j = Math.max(from, nextBlank + 1);
        int lastBreak = -1;
        for (; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                if (lastBreak >= 0) {
                    break;
                }
                lastBreak = j;
            } else if (c != '\r' && !Character.isWhitespace(c)) {
                lastBreak = -1;
            }
        }
        nextBlank = j < text.length() ? Math.max(lastBreak, from) : Integer.MAX_VALUE;
        return nextBlank;
    }

    private int skipSpace(int from, int to) {
        while (from < to && (Character.isWhitespace(text.charAt(from)) || Character.isSpaceChar(text.charAt(from)))) {
            from++;
        }
        return from;
    }

    private int trimSpace(int from, int to) {
        while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || Character.isSpaceChar(text.charAt(to - 1)))) {
            to--;
        }
        return to;
    }

    private boolean hasLetterOrDigit(int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
