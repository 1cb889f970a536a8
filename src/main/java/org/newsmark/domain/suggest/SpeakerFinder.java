package org.newsmark.domain.suggest;

import java.util.Set;

/**
 * The cue and the source of words reported near them, over tokens: after a quote ("…,” said
 * Maria Keller", "…,” she said", "…,” the ministry said in a statement", "…, according to the
 * report"), before one ("Keller told reporters: “…”", "She said, “…”") and around a clause
 * (the reported-speech detector uses the same two). The source is the speaker's mention nearest
 * the cue: a pronoun, a run of capitalised words with their connectors ("Ministry of Health",
 * "Health Minister Ana Ruiz"), or a noun phrase from its determiner ("a spokesperson for the
 * council"). Every walk is bounded by a few tokens.
 */
final class SpeakerFinder {

    /** Token ranges, half-open: the cue, the source, and the token after the attribution. */
    record Found(int cueFrom, int cueTo, int sourceFrom, int sourceTo, int end) {
    }

    private static final int LONGEST_SOURCE = 9;
    private static final int SKIPPED_BEFORE_QUOTE = 5;

    private final Set<String> cueVerbs;
    private final Phrases cuePhrases;
    private final Set<String> pronouns;
    private final Set<String> determiners;
    private final Set<String> connectors;
    private final Set<String> stopWords;
    private final Set<String> fillers;
    private final Set<String> titles;

    SpeakerFinder(LanguageData data) {
        titles = data.words("titles");
        cueVerbs = data.words("cue-verbs");
        cuePhrases = data.phrases("cue-phrases");
        pronouns = data.words("pronouns");
        determiners = data.words("determiners");
        connectors = data.words("name-connectors");
        stopWords = data.words("stop-words");
        fillers = data.words("cue-fillers");
    }

    /** How many tokens the cue at {@code i} covers (a phrase, else a lower-case reporting verb); 0 when none. */
    int cueAt(Tokens t, int i) {
        int phrase = cuePhrases.match(t, i);
        if (phrase > 0) {
            return phrase;
        }
        return t.isWord(i) && !t.isCapitalised(i) && cueVerbs.contains(t.lower(i)) ? 1 : 0;
    }

    /** Whether the cue at {@code i} (of {@code n} tokens) takes its source after it ("according to"). */
    boolean sourceFollows(Tokens t, int i, int n) {
        return n > 1 && t.lower(i + n - 1).equals("to");
    }

    /** An attribution starting at token {@code i} (punctuation before it skipped): "said X", "X said", "according to X". */
    Found after(Tokens t, int i) {
        while (t.isAnyOf(i, ",.!?;:\u2014\u2013-")) {
            i++;
        }
        int cue = cueAt(t, i);
        if (cue > 0) {
            int s = i + cue;
            boolean named = t.isCapitalised(s) || pronouns.contains(t.lower(s)) || determiners.contains(t.lower(s));
            int e = named ? forwardSource(t, s) : titledName(t, s);
            return e < 0 ? null : new Found(i, i + cue, i + cue, e, e);
        }
        int e = forwardSource(t, i);
        if (e < 0) {
            return null;
        }
        int c = e;
        if (t.isWord(c) && fillers.contains(t.lower(c)) && cueAt(t, c) == 0) {
            c++;
        }
        cue = cueAt(t, c);
        if (cue == 0 || sourceFollows(t, c, cue)) {
            return null;
        }
        int more = cuePhrases.match(t, c);
        return new Found(c, c + Math.max(cue, more), i, e, c + Math.max(cue, more));
    }

    /** An attribution ending just before token {@code end} (a quote's opening mark): "X said:", "X told the BBC,". */
    Found before(Tokens t, int end) {
        int k = end - 1;
        while (t.isAnyOf(k, ",:;\u2014\u2013-")) {
            k--;
        }
        for (int skipped = 0; k >= 0 && skipped <= SKIPPED_BEFORE_QUOTE; k--, skipped++) {
            if (t.isAnyOf(k, ".!?") || t.isSymbol(k, '\u201D')) {
                return null;
            }
            int phrase = cuePhrases.matchEndingAt(t, k + 1);
            if (phrase > 0) {
                int c = k + 1 - phrase;
                if (sourceFollows(t, c, phrase)) {
                    int e = forwardSource(t, k + 1);
                    return e < 0 ? null : new Found(c, k + 1, k + 1, e, end);
                }
                int b = backwardSource(t, c);
                if (b >= 0) {
                    return new Found(c, k + 1, b, c, end);
                }
            }
            if (cueAt(t, k) == 1) {
                int b = backwardSource(t, k);
                return b < 0 ? null : new Found(k, k + 1, b, k, end);
            }
        }
        return null;
    }

    /** "union leader Tom Baker": up to three lower-case words, then a capitalised name; its end, or -1. */
    private int titledName(Tokens t, int i) {
        for (int k = i; k < i + 4 && t.isWord(k) && !stop(t, k) && cueAt(t, k) == 0; k++) {
            if (t.isCapitalised(k)) {
                return k > i ? forwardSource(t, k) : -1;
            }
        }
        return -1;
    }

    /** The end (exclusive) of a source starting at token {@code i}; -1 when none starts there. */
    int forwardSource(Tokens t, int i) {
        if (!t.isWord(i) || stop(t, i)) {
            return -1;
        }
        if (pronouns.contains(t.lower(i))) {
            return i + 1;
        }
        boolean determiner = determiners.contains(t.lower(i));
        boolean capitalised = !determiner && t.isCapitalised(i);
        int last = determiner ? -1 : i;
        int j = i + 1;
        for (; j < t.size() && j - i < LONGEST_SOURCE && (t.isWord(j) || titleStop(t, j)) && !stop(t, j) && cueAt(t, j) == 0; j++) {
            if (titleStop(t, j)) {
                continue;
            }
            boolean connector = connectors.contains(t.lower(j));
            if (capitalised && !t.isCapitalised(j) && !(connector && t.isCapitalised(j + 1))) {
                break;
            }
            if (!determiner && !capitalised && j - i >= 3) {
                break;
            }
            if (!connector && !determiners.contains(t.lower(j))) {
                last = j;
            }
        }
        return last < 0 ? -1 : last + 1;
    }

    /** The start of a source ending just before token {@code end}; -1 when none ends there. */
    int backwardSource(Tokens t, int end) {
        int k = end - 1;
        if (!t.isWord(k) || stop(t, k)) {
            return -1;
        }
        if (pronouns.contains(t.lower(k))) {
            return k;
        }
        int b = end;
        boolean determiner = false;
        boolean allCapitalised = true;
        for (; k >= 0 && end - k <= LONGEST_SOURCE && (t.isWord(k) || titleStop(t, k)) && !stop(t, k) && cueAt(t, k) == 0; k--) {
            if (titleStop(t, k)) {
                continue;
            }
            b = k;
            allCapitalised &= t.isCapitalised(k) || connectors.contains(t.lower(k));
            if (determiners.contains(t.lower(k))) {
                determiner = true;
                if (!(connectors.contains(t.lower(k - 1)) && t.isWord(k - 2))) {
                    break;
                }
            }
        }
        if (!determiner && !allCapitalised) {
            b = t.isCapitalised(end - 1) ? titledFrom(t, b, end) : Math.max(b, end - 2);
        }
        while (b < end - 1 && ((fillers.contains(t.lower(b)) && !determiners.contains(t.lower(b))) || connectors.contains(t.lower(b)))) {
            b++;
        }
        return b < end && !determiners.contains(t.lower(end - 1)) && !connectors.contains(t.lower(end - 1)) ? b : -1;
    }

    /** "Council leader Ilse Marten": the start of the capitalised words and titles ending the source. */
    private int titledFrom(Tokens t, int b, int end) {
        int k = end;
        while (k > b && (t.isCapitalised(k - 1) || titles.contains(t.lower(k - 1)) || connectors.contains(t.lower(k - 1)))) {
            k--;
        }
        return k;
    }

    /** The full stop of a title before a name: "Mr." "Dr." followed by a capitalised word. */
    private boolean titleStop(Tokens t, int i) {
        return t.isSymbol(i, '.') && t.glued(i) && titles.contains(t.lower(i - 1)) && t.isCapitalised(i + 1);
    }

    /** A stop word, unless written in capitals as a name is ("WHO", "US"). */
    private boolean stop(Tokens t, int i) {
        return stopWords.contains(t.lower(i)) && !(t.end(i) - t.begin(i) > 1 && t.text(i).equals(t.text(i).toUpperCase(java.util.Locale.ROOT)));
    }
}
