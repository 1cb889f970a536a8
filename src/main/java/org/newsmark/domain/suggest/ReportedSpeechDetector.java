package org.newsmark.domain.suggest;

import java.util.Set;
import org.newsmark.domain.Span;

/**
 * Indirect speech in one sentence's tokens, the reported content without "that" and without the
 * sentence's final full stop: "According to the report, <em>prices rose sharply</em>.",
 * "<em>Talks had stalled</em>, officials told reporters.", "The minister said (that) <em>the
 * budget would be cut</em>.", "Keller said in a statement <em>the plan was dead</em>."
 * The content must be three words or more. At most one per sentence.
 */
final class ReportedSpeechDetector {

    /** Content {@code [begin, end)} in characters, reported by the speaker {@code found} (token indices). */
    record Reported(Span content, SpeakerFinder.Found found) {
    }

    /** Words that open a second clause whose speaker reports the rest: "…, but critics say the target is unrealistic." */
    private static final Set<String> CONJUNCTIONS = Set.of("but", "and", "while", "although", "though", "yet");
    private static final String QUOTE_MARKS = "\"'\u201C\u201E\u00AB\u2039\u2018\u201A";
    private static final int MIN_WORDS = 3;
    private static final int TAIL = 6;

    private final SpeakerFinder finder;
    private final Phrases cuePhrases;
    private final Set<String> fillers;
    private final Set<String> stopWords;
    private final java.util.Map<String, String[]> pronouns;

    ReportedSpeechDetector(LanguageData data, SpeakerFinder finder) {
        this.pronouns = data.table("pronouns");
        this.finder = finder;
        this.cuePhrases = data.phrases("cue-phrases");
        this.fillers = data.words("cue-fillers");
        this.stopWords = data.words("stop-words");
    }

    /** The reported speech in {@code t} (one sentence), or null. */
    Reported find(Tokens t) {
        int end = t.size();
        while (end > 0 && t.isAnyOf(end - 1, ".!?\u2026")) {
            end--;
        }
        if (end < MIN_WORDS + 2 || (end < t.size() && t.isSymbol(end, '?'))) {
            return null;
        }
        Reported r = according(t, end);
        r = r != null ? r : trailing(t, end);
        return r != null ? r : leading(t, end);
    }

    /** "According to X, content" and "content, according to X". */
    private Reported according(Tokens t, int end) {
        for (int p = 0; p < end; p++) {
            int n = cuePhrases.match(t, p);
            if (n == 0 || !finder.sourceFollows(t, p, n)) {
                continue;
            }
            int e = finder.forwardSource(t, p + n);
            if (e < 0) {
                return null;
            }
            SpeakerFinder.Found f = new SpeakerFinder.Found(p, p + n, p + n, e, e);
            if (introOnly(t, 0, p) && t.isSymbol(e, ',')) {
                return content(t, e + 1, end, f);
            }
            if (p > 0 && t.isSymbol(p - 1, ',') && end - e <= TAIL) {
                return content(t, 0, p - 1, f);
            }
            return null;
        }
        return null;
    }

    /** "content, X said." / "content, said X." / "content, officials told reporters on Monday." */
    private Reported trailing(Tokens t, int end) {
        for (int m = end - 2; m >= MIN_WORDS; m--) {
            if (!t.isSymbol(m, ',')) {
                continue;
            }
            SpeakerFinder.Found f = finder.after(t, m + 1);
            if (f == null || f.sourceFrom() != m + 1 && f.cueFrom() != m + 1 || finder.sourceFollows(t, f.cueFrom(), f.cueTo() - f.cueFrom())) {
                continue;
            }
            if (end - f.end() <= TAIL && quietTail(t, f.end(), end)) {
                return content(t, 0, m, f);
            }
        }
        return null;
    }

    /** "X said (that) content" with only intro words ("On Monday,") before X. */
    private Reported leading(Tokens t, int end) {
        for (int c = 1; c < end; c++) {
            int n = finder.cueAt(t, c);
            if (n == 0 || finder.sourceFollows(t, c, n) || !t.isWord(c)) {
                continue;
            }
            int b = finder.backwardSource(t, c);
            if (b < 0 && t.isSymbol(c - 1, ',')) {
                b = apposition(t, c - 1);
            }
            boolean clause = t.isSymbol(b - 1, ',') || (b >= 2 && CONJUNCTIONS.contains(t.lower(b - 1)) && t.isSymbol(b - 2, ','));
            if (b < 0 || !(introOnly(t, 0, b) || clause)) {
                continue;
            }
            int k = c + n;
            String verb = t.lower(c);
            boolean told = n == 1 && (verb.startsWith("tol") || verb.startsWith("tell"));
            boolean warned = n == 1 && (verb.startsWith("warn") || verb.startsWith("assur") || verb.startsWith("remind"));
            String[] pronoun = pronouns.get(t.lower(k));
            boolean objectPronoun = pronoun != null && pronoun.length > 1 && pronoun[1].equals("o");
            int object = !(told || warned) ? -1 : objectPronoun ? k + 1 : finder.forwardSource(t, k);
            if (object > k && (told || t.lower(object).equals("that"))) {
                k = object;
            }
            for (int more = cuePhrases.match(t, k); more > 0; more = cuePhrases.match(t, k)) {
                k += more;
            }
            while (k < end && (t.isSymbol(k, ',') || (t.isWord(k) && fillers.contains(t.lower(k))
                    && !t.lower(k).equals("the") && !t.lower(k).equals("a")))) {
                k++;
            }
            if (t.lower(k).equals("that")) {
                k++;
            }
            if (k >= end || t.lower(k).equals("to") || !t.isWord(k) && !t.isNumber(k) && !t.isAnyOf(k, QUOTE_MARKS)) {
                return null;
            }
            int sourceEnd = c;
            while (sourceEnd > b + 1 && !t.isWord(sourceEnd - 1)) {
                sourceEnd--; // the commas of "John Smith, said" and "Mr. Johnson, 58, said"
            }
            if (t.isNumber(sourceEnd - 1) && t.isSymbol(sourceEnd - 2, ',')) {
                sourceEnd -= 2;
            }
            return content(t, k, end, new SpeakerFinder.Found(c, c + n, b, sourceEnd, k));
        }
        return null;
    }

    /**
     * "The chief executive, John Smith, said …": the source nearest the cue ("John Smith", ending
     * at the comma {@code comma}) when a comma and a source from the sentence's start come before
     * it; -1 otherwise. Returned as the start of "John Smith", with everything before taken as intro.
     */
    private int apposition(Tokens t, int comma) {
        if (t.isNumber(comma - 1) && t.isSymbol(comma - 2, ',')) {
            int b = finder.backwardSource(t, comma - 2); // "Mr. Johnson, 58, said"
            return b >= 0 && introOnly(t, 0, b) ? b : -1;
        }
        int b = finder.backwardSource(t, comma);
        if (b < 2 || !t.isSymbol(b - 1, ',')) {
            return -1;
        }
        int first = finder.backwardSource(t, b - 1);
        return first >= 0 && introOnly(t, 0, first) ? b : -1;
    }

    private Reported content(Tokens t, int from, int to, SpeakerFinder.Found f) {
        int words = 0;
        for (int i = from; i < to; i++) {
            words += t.isWord(i) || t.isNumber(i) ? 1 : 0;
        }
        return words < MIN_WORDS || to <= from ? null : new Reported(new Span(t.begin(from), t.end(to - 1)), f);
    }

    /** Only punctuation, fillers ("On Monday", "In a statement") and stop words ("But") in tokens {@code [from, to)}. */
    private boolean introOnly(Tokens t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.isWord(i) && !fillers.contains(t.lower(i)) && !stopWords.contains(t.lower(i)) && cuePhrases.match(t, i) == 0) {
                return false;
            }
        }
        return true;
    }

    /** After a trailing attribution: objects, fillers, phrases, but no new clause ("that", a comma and more). */
    private boolean quietTail(Tokens t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.isWord(i) && !fillers.contains(t.lower(i)) && !t.isCapitalised(i) && cuePhrases.matchEndingAt(t, i + 1) == 0
                    && cuePhrases.match(t, i) == 0 || !t.isWord(i)) {
                return false;
            }
        }
        return true;
    }
}
