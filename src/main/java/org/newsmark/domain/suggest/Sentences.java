package org.newsmark.domain.suggest;

import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.newsmark.domain.TaskControl;

/**
 * The sentences of a text, as {@code [begin, end)} pairs with the white space around left out:
 * {@link BreakIterator}'s sentence bounds, except after an abbreviation of the language's list
 * ("Mr.", "U.S.", "Jan.") or an initial ("J. Smith"), and with a sentence longer than
 * {@link #LONGEST} characters cut (at a space where there is one) so that no work grows with an
 * article that never ends a sentence.
 */
final class Sentences {

    static final int LONGEST = 4_000;

    private final int[] bounds;
    private final int count;

    private Sentences(int[] bounds, int count) {
        this.bounds = bounds;
        this.count = count;
    }

    static Sentences of(String text, LanguageData data, TaskControl control) {
        Set<String> abbreviations = data.words("abbreviations");
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.forLanguageTag(data.language()));
        it.setText(text);
        int[] out = new int[64];
        int n = 0;
        int begin = 0;
        int steps = 0;
        for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
            if (++steps % 4096 == 0) {
                control.checkCancelled();
            }
            if (b < text.length() && endsInAbbreviation(text, begin, b, abbreviations)) {
                continue;
            }
            for (int from = begin; from < b; ) {
                int to = cut(text, from, b);
                int s = skipSpace(text, from, to);
                int e = trimSpace(text, s, to);
                if (e > s) {
                    if (n + 2 > out.length) {
                        out = Arrays.copyOf(out, out.length * 2);
                    }
                    out[n++] = s;
                    out[n++] = e;
                }
                from = to;
            }
            begin = b;
        }
        return new Sentences(out, n / 2);
    }

    /** Where the sentence starting at {@code from} ends: {@code end}, a line break before it, or cut at the last space before LONGEST. */
    private static int cut(String text, int from, int end) {
        int limitForBreak = Math.min(end, from + LONGEST);
        for (int i = from; i < limitForBreak; i++) {
            char c = text.charAt(i);
            if ((c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') && i > from) {
                if (!hasText(text, i, Math.min(end, i + LONGEST))) {
                    break;
                }
                return i + 1;
            }
        }
        if (end - from <= LONGEST) {
            return end;
        }
        int limit = from + LONGEST;
        for (int i = limit; i > from + LONGEST / 2; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit + 1 : limit;
    }

    /** Something other than white space in {@code [from, end)}. */
    private static boolean hasText(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsInAbbreviation(String text, int begin, int b, Set<String> abbreviations) {
        int e = trimSpace(text, begin, b);
        if (e <= begin || text.charAt(e - 1) != '.') {
            return false;
        }
        int s = e - 1;
        while (s > begin && !Character.isWhitespace(text.charAt(s - 1)) && e - s < 12) {
            s--;
        }
        while (s < e && "(\"'\u201C\u2018[".indexOf(text.charAt(s)) >= 0) {
            s++;
        }
        String word = text.substring(s, e).toLowerCase(Locale.ROOT);
        boolean initial = word.length() == 2 && Character.isUpperCase(text.charAt(s));
        return initial || abbreviations.contains(word);
    }

    private static int skipSpace(String text, int from, int to) {
        while (from < to && (Character.isWhitespace(text.charAt(from)) || Character.isSpaceChar(text.charAt(from)))) {
            from++;
        }
        return from;
    }

    private static int trimSpace(String text, int from, int to) {
        while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || Character.isSpaceChar(text.charAt(to - 1)))) {
            to--;
        }
        return to;
    }

    int size() {
        return count;
    }

    int begin(int i) {
        return bounds[2 * i];
    }

    int end(int i) {
        return bounds[2 * i + 1];
    }

    /** The sentence holding {@code offset}, or the last one beginning before it; -1 when none does. */
    int indexOf(int offset) {
        int lo = 0;
        int hi = count - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (begin(mid) <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
