package org.newsmark.domain.suggest;

import java.util.Arrays;
import java.util.Locale;

/**
 * The tokens of a stretch of text, in one linear pass with no regular expression: words
 * (letters and combining marks, with digits glued after them as in "G7", and inner apostrophes
 * or hyphens followed by a letter as in "don't", "so-called"), numbers (digits with inner
 * "." or "," followed by a digit: "3,000", "4.2"; letters glued after a number are a word of
 * their own: "12" "m", "5" "th") and symbols (any other code point, one each). White space
 * separates tokens and is not one. Offsets are UTF-16 into the whole text, never inside a
 * surrogate pair.
 */
final class Tokens {

    static final byte WORD = 0;
    static final byte NUMBER = 1;
    static final byte SYMBOL = 2;

    private final String text;
    private int size;
    private int[] begins;
    private int[] ends;
    private byte[] types;
    private String[] lower;

    private Tokens(String text, int capacity) {
        this.text = text;
        begins = new int[capacity];
        ends = new int[capacity];
        types = new byte[capacity];
        lower = new String[capacity];
    }

    /** The tokens of {@code text} between {@code begin} and {@code end}. */
    static Tokens of(String text, int begin, int end) {
        return new Tokens(text, Math.max(8, Math.min((end - begin) / 4, 1 << 16))).read(begin, end);
    }

    /** An empty buffer for {@link #read}: one per run and use, so that the arrays are made once. */
    static Tokens buffer(String text) {
        return new Tokens(text, 256);
    }

    /** This buffer, now holding the tokens between {@code begin} and {@code end} (what it held before is gone). */
    Tokens read(int begin, int end) {
        Arrays.fill(lower, 0, size, null);
        size = 0;
        Tokens t = this;
        int i = begin;
        while (i < end) {
            char ch = text.charAt(i);
            if (ch == ' ' || ch == '\n') {
                i++;
                continue;
            }
            int c = Character.isHighSurrogate(ch) ? text.codePointAt(i) : ch;
            int n = Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i += n;
            } else if (Character.isDigit(c)) {
                int j = i + n;
                while (j < end && (digit(text.charAt(j))
                        || ((text.charAt(j) == '.' || text.charAt(j) == ',') && j + 1 < end && digit(text.charAt(j + 1))))) {
                    j++;
                }
                t.add(i, j, NUMBER);
                i = j;
            } else if (Character.isLetter(c)) {
                int j = i + n;
                while (j < end) {
                    char dc = text.charAt(j);
                    if ((dc >= 'a' && dc <= 'z') || (dc >= 'A' && dc <= 'Z')) {
                        j++;
                        continue;
                    }
                    if (dc == ' ' || dc == ',' || dc == '.') {
                        break;
                    }
                    int d = Character.isHighSurrogate(dc) ? text.codePointAt(j) : dc;
                    if (Character.isLetterOrDigit(d) || isMark(d)) {
                        j += Character.charCount(d);
                    } else if ((d == '\'' || d == '\u2019' || d == '-' || d == '\u2010') && j + 1 < end
                            && Character.isLetter(text.charAt(j + 1))) {
                        j++;
                    } else {
                        break;
                    }
                }
                t.add(i, j, WORD);
                i = j;
            } else {
                int j = i + n;
                while (j < end && isMark(text.codePointAt(j))) {
                    j += Character.charCount(text.codePointAt(j));
                }
                t.add(i, j, SYMBOL);
                i = j;
            }
        }
        return t;
    }

    private static boolean digit(char c) {
        return (c >= '0' && c <= '9') || (c > 127 && Character.isDigit(c));
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK
                || c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F);
    }

    private void add(int begin, int end, byte type) {
        if (size == begins.length) {
            int grown = size * 2;
            begins = Arrays.copyOf(begins, grown);
            ends = Arrays.copyOf(ends, grown);
            types = Arrays.copyOf(types, grown);
            lower = Arrays.copyOf(lower, grown);
        }
        begins[size] = begin;
        ends[size] = end;
        types[size] = type;
        size++;
    }

    int size() {
        return size;
    }

    int begin(int i) {
        return begins[i];
    }

    int end(int i) {
        return ends[i];
    }

    boolean isWord(int i) {
        return i >= 0 && i < size && types[i] == WORD;
    }

    boolean isNumber(int i) {
        return i >= 0 && i < size && types[i] == NUMBER;
    }

    boolean isSymbol(int i, char c) {
        return i >= 0 && i < size && types[i] == SYMBOL && ends[i] - begins[i] == 1 && text.charAt(begins[i]) == c;
    }

    /** Whether token {@code i} is one of {@code chars} (a one-character symbol). */
    boolean isAnyOf(int i, String chars) {
        return i >= 0 && i < size && types[i] == SYMBOL && ends[i] - begins[i] == 1 && chars.indexOf(text.charAt(begins[i])) >= 0;
    }

    /** A word starting with an upper-case letter. */
    boolean isCapitalised(int i) {
        return isWord(i) && Character.isUpperCase(text.codePointAt(begins[i]));
    }

    /** Token {@code i} follows token {@code i - 1} with no space between. */
    boolean glued(int i) {
        return i > 0 && i < size && begins[i] == ends[i - 1];
    }

    String text(int i) {
        return text.substring(begins[i], ends[i]);
    }

    /** The token's text in lower case (cached); "" outside the tokens. */
    String lower(int i) {
        if (i < 0 || i >= size) {
            return "";
        }
        String s = lower[i];
        if (s == null) {
            s = text.substring(begins[i], ends[i]).toLowerCase(Locale.ROOT);
            lower[i] = s;
        }
        return s;
    }

    /** Tokens {@code [from, to)} in lower case, one space where the text has white space. */
    String lowerText(int from, int to) {
        if (to - from == 1) {
            return lower(from);
        }
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from && !glued(i)) {
                b.append(' ');
            }
            b.append(lower(i));
        }
        return b.toString();
    }
}
