package org.newsmark.domain.suggest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Reads one number at a token: digits ("3,000" → 3000, "4.2", "4,5" → 4.5) or number words from
 * {@code number-words.txt} ("twelve", "twenty-five", "three hundred"), and the words around
 * numbers the same file names: multipliers ("million", glued "m", "bn"), fractions ("a third",
 * "half") and vague amounts ("dozens"). Values are plain decimals that parse as numbers.
 */
final class NumberReader {

    /** A number read from tokens {@code [from, end)}; {@code value} as a plain decimal, {@code digits} when written in digits. */
    record Read(int end, String value, boolean digits, boolean formatted) {
    }

    /** Longer than this, digits are a code or noise, not a figure. */
    private static final int LONGEST_DIGITS = 24;

    private final Map<String, String[]> words;
    private final Phrases phrases;

    NumberReader(LanguageData data) {
        words = data.table("number-words");
        phrases = data.phrases("number-words");
    }

    /** Whether a number, a multiplier, a fraction or a vague amount may start at token {@code i}: the quick test first. */
    boolean mayStart(Tokens t, int i) {
        return t.isNumber(i) || (t.isWord(i) && (phrases.startsAt(t, i) || t.lower(i).indexOf('-') > 0));
    }

    /** The number at token {@code i}, or null. Multipliers, fractions and vague words are not numbers here. */
    Read at(Tokens t, int i) {
        if (t.isNumber(i)) {
            String raw = t.text(i);
            if (raw.length() > LONGEST_DIGITS) {
                return null;
            }
            return new Read(i + 1, digits(raw), true, raw.indexOf(',') >= 0 || raw.indexOf('.') >= 0);
        }
        long v = wordValue(t.lower(i));
        if (v < 0 || !t.isWord(i)) {
            return null;
        }
        int end = i + 1;
        if ("hundred".equals(t.lower(end)) && v < 100) {
            v *= 100;
            end++;
        }
        return new Read(end, Long.toString(v), false, false);
    }

    /** The value of a number word ("twelve", "twenty-five"), -1 when it is none. */
    private long wordValue(String w) {
        String[] e = words.get(w);
        if (e != null) {
            return e.length > 2 && e[2].equals("n") ? Long.parseLong(e[1]) : -1;
        }
        int dash = w.indexOf('-');
        if (dash > 0) {
            long a = wordValue(w.substring(0, dash));
            long b = wordValue(w.substring(dash + 1));
            return a >= 20 && a % 10 == 0 && b > 0 && b < 10 ? a + b : -1;
        }
        return -1;
    }

    /** The kind ("x", "f", "v") of the number-word phrase at {@code i} and its token count, or null. */
    String[] phraseAt(Tokens t, int i, String kind) {
        int n = phrases.match(t, i);
        if (n == 0) {
            return null;
        }
        String[] e = words.get(t.lowerText(i, i + n));
        return e != null && e.length > 2 && e[2].equals(kind) ? new String[]{Integer.toString(n), e[0], e[1]} : null;
    }

    /** The multiplier at {@code i} as a word ("million"), or null; a one-letter one ("m", "k") only glued to its number. */
    String multiplierAt(Tokens t, int i) {
        String[] m = phraseAt(t, i, "x");
        if (m == null || (t.lower(i).length() == 1 && !t.glued(i))) {
            return null;
        }
        return switch (m[2]) {
            case "100" -> "hundred";
            case "1000" -> "thousand";
            case "1000000" -> "million";
            case "1000000000" -> "billion";
            case "1000000000000" -> "trillion";
            default -> m[1];
        };
    }

    /** "3,000" → "3000", "4.2" → "4.2", "4,5" → "4.5", "1.234.567" → "1234567". */
    static String digits(String raw) {
        int commas = count(raw, ',');
        int dots = count(raw, '.');
        String s = raw;
        if (commas > 0 && dots > 0) {
            s = raw.indexOf(',') < raw.indexOf('.') ? raw.replace(",", "") : raw.replace(".", "").replace(',', '.');
        } else if (commas > 0) {
            s = commas == 1 && raw.length() - raw.indexOf(',') - 1 != 3 ? raw.replace(',', '.') : raw.replace(",", "");
        } else if (dots > 1) {
            s = raw.replace(".", "");
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                b.append(c);
            } else if (Character.isDigit(c)) {
                b.append((char) ('0' + Character.digit(c, 10)));
            }
        }
        if (b.length() == 0 || b.charAt(0) == '.') {
            b.insert(0, '0');
        }
        return b.toString();
    }

    /** {@code a / b} with at most four decimals, as a plain decimal ("0.2", "0.6667"). */
    static String ratio(String a, String b) {
        BigDecimal d = new BigDecimal(b);
        if (d.signum() == 0) {
            return null;
        }
        return new BigDecimal(a).divide(d, 4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) == c ? 1 : 0;
        }
        return n;
    }
}
