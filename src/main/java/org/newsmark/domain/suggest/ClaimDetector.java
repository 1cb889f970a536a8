package org.newsmark.domain.suggest;

import java.util.Set;
import org.newsmark.domain.Span;

/**
 * Claims: a sentence in the article's own voice, without its final full stop, when something in
 * it could be checked (a figure, a year or decade, or a word of {@code claim-signals.txt}: a
 * comparison, a change, a cause) and nothing in it is attributed (no reporting verb or phrase, no
 * quote marks but around a scare-quoted phrase of up to three words: the council's “value
 * engineering” programme). Five to sixty words; not a question. Weak: confidence 0.4 with a figure,
 * 0.3 without.
 */
final class ClaimDetector {

    private static final int MIN_WORDS = 5;
    private static final int MAX_WORDS = 60;
    private static final String QUOTE_MARKS = "\"\u201C\u201D\u201E\u00AB\u00BB\u2039\u203A\u2018\u201A";
    /** The most words a scare-quoted phrase inside a claim may have ("value engineering", "safe account"). */
    private static final int SCARE_WORDS = 3;

    private final Phrases signals;
    private final SpeakerFinder finder;

    ClaimDetector(LanguageData data, SpeakerFinder finder) {
        this.signals = data.phrases("claim-signals");
        this.finder = finder;
    }

    /** The claim sentence {@code t} makes, or null; {@code figures} is how many statistics it holds. */
    Suggestion find(Tokens t, int figures) {
        int end = t.size();
        while (end > 0 && t.isAnyOf(end - 1, ".!\u2026")) {
            end--;
        }
        if (end == 0 || t.isAnyOf(end - 1, "?:;,") || t.isAnyOf(end, "?")) {
            return null;
        }
        int words = 0;
        String signal = null;
        int quoted = -1; // words inside the open quote marks, -1 outside
        for (int i = 0; i < end; i++) {
            if (t.isAnyOf(i, QUOTE_MARKS)) {
                quoted = quoted < 0 ? 0 : -1;
                continue;
            }
            if (t.isSymbol(i, '\u201D') || t.isSymbol(i, '\u00BB')) {
                quoted = -1;
                continue;
            }
            if (finder.cueAt(t, i) > 0) {
                return null;
            }
            boolean word = t.isWord(i) || t.isNumber(i);
            words += word ? 1 : 0;
            if (quoted >= 0 && word && ++quoted > SCARE_WORDS) {
                return null; // someone's words, not the article's
            }
            if (signal == null && signals.match(t, i) > 0) {
                signal = t.lowerText(i, i + signals.match(t, i));
            }
            if (signal == null && t.isNumber(i) && !t.isNumber(i - 1) && !t.isNumber(i + 1) && (NotStatistic.yearLike(t.text(i)) && !t.glued(i)
                    || t.lower(i + 1).equals("s") && t.glued(i + 1) && t.text(i).length() == 4)) {
                signal = t.text(i); // "since 2015", "the 1930s": a date that can be checked
            }
        }
        if (quoted >= 0) {
            return null;
        }
        if (words < MIN_WORDS || words > MAX_WORDS || (figures == 0 && signal == null)) {
            return null;
        }
        String why = figures > 0 ? "a sentence in the article's own voice with a figure"
                : "a sentence in the article's own voice with '" + signal + "'";
        return Suggestion.of(SuggestionKind.CLAIM, new Span(t.begin(0), t.end(end - 1)), figures > 0 ? 0.4 : 0.3, why);
    }
}
