package org.newsmark.domain.suggest;

import java.util.Set;

/**
 * The cue and the source of words reported near them, over tokens: after a quote ("…,” said
 * Maria Keller", "…,” she said", "…,” the ministry said in a statement", "…, according to the
 * report"), before one ("Keller told reporters: “…”", "She said, “…”") and around a clause
 * (the reported-speech detector uses the same two). The source is the speaker's mention nearest
 * the cue: a pronoun, a run of capitalised words with their connectors ("Ministry of Health",
 * "Health Minister Ana Ruiz"), or a noun phrase from its determiner ("a spokesperson for the
 * council"), with an agent ("documents published by the water authority") or a place ("a UN
 * official in the region"). An aside may stand between a source and its cue ("Kiprono, 27, told",
 * "Priya Danes, who chairs the committee, told"), auxiliaries are left out of the cue ("had
 * argued" → "argued"), "told" takes its audience ("told the full council"). Every walk is bounded
 * by a few tokens.
 */
final class SpeakerFinder {

    /** Token ranges, half-open: the cue, the source, and the token after the attribution. */
    record Found(int cueFrom, int cueTo, int sourceFrom, int sourceTo, int end) {
    }

    private static final int LONGEST_SOURCE = 9;
    private static final int SKIPPED_BEFORE_QUOTE = 5;
    /** The longest aside between a source and its cue: "Dr Kwame Asante, a consultant and chair of the committee, said". */
    static final int LONGEST_ASIDE = 16;
    /** Auxiliaries left out of a cue ("had argued" → "argued", "have warned" → "warned"). */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "would", "will", "could", "did", "does", "do",
            "may", "might", "must", "should", "can");
    /** Prepositions of a place or group inside a source after a quote ("a UN official in the region said"). */
    private static final Set<String> PLACES = Set.of("in", "from", "with", "inside", "close");
    private static final Set<String> RELATIVES = Set.of("who", "which", "whose", "whom", "where", "when");
    private static final String ASIDE_BREAKS = ".!?;:()\"\u201C\u201D\u201E\u00AB\u00BB\u2039\u203A";

    private final Set<String> cueVerbs;
    private final Phrases cuePhrases;
    private final Set<String> pronouns;
    private final Set<String> determiners;
    private final Set<String> connectors;
    private final Set<String> stopWords;
    private final Set<String> fillers;
    private final Set<String> titles;
    private final Set<String> findingVerbs;
    private final Set<String> callingVerbs;

    SpeakerFinder(LanguageData data) {
        titles = data.words("titles");
        findingVerbs = data.words("finding-verbs");
        callingVerbs = data.words("calling-verbs");
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
        if (!t.isWord(i) || t.isCapitalised(i)) {
            return 0;
        }
        String w = t.lower(i);
        if (cueVerbs.contains(w)) {
            return 1;
        }
        boolean last = (t.isAnyOf(i + 1, ".!") || i + 1 == t.size()) && !stop(t, i - 1); // not "the body was found."
        boolean finding = findingVerbs.contains(w) && (t.lower(i + 1).equals("that") || last);
        return finding ? 1 : 0; // "the study found that …", "…, the poll found."
    }

    /**
     * "Its leader, Tomas Brennan, called the overspend" before a quote: a verb of
     * {@code calling-verbs.txt} within a few tokens of {@code end}, its source before it, an
     * object between it and the quote (or none after "calls"), "as" last after "described"; null when none.
     */
    Found calling(Tokens t, int end) {
        for (int k = end - 1; k >= 0 && k >= end - SKIPPED_BEFORE_QUOTE - 1; k--) {
            if (!t.isWord(k) && !t.isAnyOf(k, "'\u2019")) {
                return null;
            }
            String w = t.lower(k);
            if (!callingVerbs.contains(w) || t.isCapitalised(k)) {
                continue;
            }
            boolean object = k < end - 1;
            if (w.startsWith("describ") ? !t.lower(end - 1).equals("as") || k >= end - 2
                    : !object && !(w.endsWith("s") || w.equals("call"))) {
                return null;
            }
            int v = auxiliariesBefore(t, k);
            int b = backwardSource(t, v);
            if (b < 0 && t.isSymbol(v - 1, ',')) {
                int[] aside = beforeAside(t, v - 1);
                return aside == null ? null : new Found(k, k + 1, aside[0], aside[1], end);
            }
            return b < 0 ? null : new Found(k, k + 1, b, v, end);
        }
        return null;
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
            if (cue == 1 && told(t, i)) {
                return null; // "…, told the council": the words after "told" are its audience, not its source
            }
            int s = i + cue;
            boolean named = t.isCapitalised(s) || pronouns.contains(t.lower(s)) || determiners.contains(t.lower(s));
            int e = named ? forwardSource(t, s) : titledName(t, s);
            return e < 0 ? null : new Found(i, i + cue, i + cue, e, e);
        }
        int e = forwardSource(t, i);
        if (e < 0) {
            return null;
        }
        int from = i;
        int to = e;
        int c = e;
        if (t.isSymbol(e, ',')) {
            int close = asideEnd(t, e);
            if (close < 0) {
                return null;
            }
            int inner = forwardSource(t, e + 1);
            if (inner == close && t.isCapitalised(e + 1) && !RELATIVES.contains(t.lower(e + 1))) {
                from = e + 1; // "the party's leader, Tomas Brennan, said": the nearest mention
                to = close;
            }
            c = close + 1;
        }
        if (c == e && PLACES.contains(t.lower(e))) {
            int place = forwardSource(t, e + 1); // "a UN official in the region said"
            if (place > 0 && cueAt(t, skipAuxiliaries(t, place)) > 0) {
                to = place;
                c = place;
            }
        }
        if (t.isWord(c) && fillers.contains(t.lower(c)) && cueAt(t, c) == 0) {
            c++;
        }
        c = skipAuxiliaries(t, c);
        cue = cueAt(t, c);
        if (cue == 0 || sourceFollows(t, c, cue)) {
            return null;
        }
        int more = Math.max(cue, cuePhrases.match(t, c));
        if (more == 1 && told(t, c)) {
            int audience = audienceEnd(t, c + 1);
            more = audience > c + 1 ? audience - c : more;
        }
        return new Found(c, c + more, from, to, c + more);
    }

    /** "had argued", "have warned": the cue's token after up to two auxiliaries from {@code c}; {@code c} when none. */
    int skipAuxiliaries(Tokens t, int c) {
        for (int k = c; k < c + 2 && t.isWord(k) && AUXILIARIES.contains(t.lower(k)); k++) {
            if (cueAt(t, k + 1) > 0) {
                return k + 1;
            }
        }
        return c;
    }

    /** Where the auxiliaries before the cue at {@code c} start ("had argued", "have warned"); {@code c} when none. */
    int auxiliariesBefore(Tokens t, int c) {
        int v = c;
        while (v > 0 && v > c - 2 && t.isWord(v - 1) && AUXILIARIES.contains(t.lower(v - 1))) {
            v--;
        }
        return v;
    }

    /** "told", "tells": a cue whose object is its audience, part of the cue ("told the full council"). */
    static boolean told(Tokens t, int c) {
        String w = t.lower(c);
        return w.equals("told") || w.equals("tell") || w.equals("tells") || w.equals("telling");
    }

    /** The end of the audience after "told" at {@code i} ("reporters", "the full council", "him"); {@code i} when none. */
    int audienceEnd(Tokens t, int i) {
        String w = t.lower(i);
        if (t.isWord(i) && (w.equals("him") || w.equals("her") || w.equals("them") || w.equals("us") || w.equals("me"))) {
            return i + 1;
        }
        if (!t.isWord(i) || w.equals("that") || pronouns.contains(w)) {
            return i;
        }
        int e = forwardSource(t, i);
        return e < 0 ? i : e;
    }

    /**
     * The comma closing an aside opened by the comma at {@code open} ("Kiprono, 27, told",
     * "Priya Danes, who chairs the committee, told"): within {@link #LONGEST_ASIDE} tokens, no
     * sentence or quote mark before it, a cue (after a filler or auxiliaries) right after it; -1 when none.
     */
    int asideEnd(Tokens t, int open) {
        for (int k = open + 1; k < t.size() && k <= open + LONGEST_ASIDE; k++) {
            if (t.isAnyOf(k, ASIDE_BREAKS)) {
                return -1;
            }
            if (t.isSymbol(k, ',')) {
                if (k == open + 1) {
                    return -1;
                }
                int c = k + 1;
                if (t.isWord(c) && fillers.contains(t.lower(c)) && cueAt(t, c) == 0) {
                    c++;
                }
                c = skipAuxiliaries(t, c);
                int n = cueAt(t, c);
                return n > 0 && !sourceFollows(t, c, n) ? k : -1;
            }
        }
        return -1;
    }

    /**
     * The source before an aside that the comma at {@code close} ends, just before a cue
     * ("A hospital manager, who asked not to be named, said:", "Kiprono, 27, said"): {from, to}
     * in tokens, the nearer name when the aside is one ("Its leader, Tomas Brennan, said"), then where
     * the whole subject starts; null when none.
     */
    int[] beforeAside(Tokens t, int close) {
        for (int k = close - 1; k >= 0 && k >= close - LONGEST_ASIDE; k--) {
            if (t.isAnyOf(k, ASIDE_BREAKS)) {
                return null;
            }
            if (t.isSymbol(k, ',')) {
                if (k == close - 1) {
                    return null;
                }
                int inner = backwardSource(t, close);
                boolean name = inner == k + 1 && t.isCapitalised(k + 1) && !RELATIVES.contains(t.lower(k + 1));
                int b = backwardSource(t, k);
                if (b < 0) {
                    return null;
                }
                return name ? new int[]{k + 1, close, b} : new int[]{b, k, b};
            }
        }
        return null;
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
                int cueEnd = told(t, k) && audienceEnd(t, k + 1) > k + 1 ? audienceEnd(t, k + 1) : k + 1;
                int v = auxiliariesBefore(t, k); // "had told reporters:"
                int b = backwardSource(t, v);
                if (b < 0 && t.isSymbol(v - 1, ',')) {
                    int[] aside = beforeAside(t, v - 1);
                    return aside == null ? null : new Found(k, cueEnd, aside[0], aside[1], end);
                }
                return b < 0 ? null : new Found(k, cueEnd, b, v, end);
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
            if (capitalised && !t.isCapitalised(j) && possessive(t, j - 1)) {
                capitalised = false; // "Meridian's director", "Korvania's foreign minister": a noun phrase from here
                determiner = true;
            }
            if (determiner && j > i + 1 && fillers.contains(t.lower(j)) && !determiners.contains(t.lower(j))
                    && !t.lower(j).equals("statement") && !t.lower(j).equals("interview")) {
                break; // "the housing agency last week": the source ends before the time
            }
            if (determiner && j > i + 1 && participle(t, j) && !t.lower(j + 1).equals("by")
                    && (!t.isWord(j + 1) || fillers.contains(t.lower(j + 1)) || stop(t, j + 1))) {
                break; // "a Meridian poll published on Sunday": the source ends before the participle
            }
            boolean connector = connectors.contains(t.lower(j));
            boolean title = titles.contains(t.lower(j)) && t.isCapitalised(j + 1); // "Alliance leader Sofia Marchetti"
            if (capitalised && !t.isCapitalised(j) && !(connector && t.isCapitalised(j + 1)) && !title) {
                break;
            }
            if (!determiner && !capitalised && j - i >= 3) {
                break;
            }
            if (!connector && !determiners.contains(t.lower(j))) {
                last = j;
            }
        }
        if (last >= 0 && j == last + 1 && t.lower(j).equals("by") && participle(t, last) && !capitalised) {
            int agent = forwardSource(t, j + 1); // "documents published by the water authority"
            return agent > 0 ? agent : last + 1;
        }
        return last < 0 ? -1 : last + 1;
    }

    /** "Meridian's", "Nexora’s": a possessive that opens a noun phrase. */
    private static boolean possessive(Tokens t, int i) {
        String w = t.lower(i);
        return t.isWord(i) && w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s"));
    }

    /** A past participle in an agent phrase: "published", "compiled", "seen", "written" (before "by"). */
    static boolean participle(Tokens t, int i) {
        String w = t.lower(i);
        return t.isWord(i) && w.length() > 3 && (w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn"));
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
