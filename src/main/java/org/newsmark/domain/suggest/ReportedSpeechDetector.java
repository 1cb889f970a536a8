package org.newsmark.domain.suggest;

import java.util.Set;
import org.newsmark.domain.Span;

/**
 * Indirect speech in one sentence's tokens, the reported content without "that" and without the
 * sentence's final full stop: "According to the report, <em>prices rose sharply</em>.",
 * "<em>Talks had stalled</em>, officials told reporters.", "The minister said (that) <em>the
 * budget would be cut</em>.", "Keller said in a statement <em>the plan was dead</em>."
 * The content must be three words or more. One span per sentence, but two for coordinated
 * clauses after one cue ("said A and that B", "said A but added that B"), for content broken by
 * its attribution ("The inspector, she wrote, had given …") and for "A, X said, but B".
 */
final class ReportedSpeechDetector {

    /** Content {@code [begin, end)} in characters, reported by the speaker {@code found} (token indices). */
    record Reported(Span content, SpeakerFinder.Found found) {
    }

    /** Words that open a second clause whose speaker reports the rest: "…, but critics say the target is unrealistic." */
    private static final Set<String> CONJUNCTIONS = Set.of("but", "and", "while", "although", "though", "yet");
    private static final String QUOTE_MARKS = "\"'\u201C\u201E\u00AB\u2039\u2018\u201A";
    private static final int MIN_WORDS = 3;
    private static final Set<String> RELATIVES = Set.of("who", "which", "whose", "whom");
    private static final Set<String> PREPOSITIONS = Set.of("on", "in", "at", "during", "after");
    /** Words after a cue that take a noun object, not reported content ("warned of", "spoke about"). */
    private static final Set<String> NOUN_OBJECT = Set.of("of", "about", "against", "for");
    private static final Set<String> VERB_AFTER_DEMONSTRATIVE = Set.of("is", "was", "are", "were", "has", "had", "would",
            "will", "could", "can", "may", "might", "should", "must", "seems", "means", "meant", "made", "makes");
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

    /** The reported speech in {@code t} (one sentence): one span, two for "said X and that Y"; empty when none. */
    java.util.List<Reported> find(Tokens t) {
        int end = t.size();
        while (end > 0 && t.isAnyOf(end - 1, ".!?\u2026")) {
            end--;
        }
        if (end < MIN_WORDS + 2 || (end < t.size() && t.isSymbol(end, '?'))) {
            return java.util.List.of();
        }
        Reported r = according(t, end);
        if (r != null) {
            return java.util.List.of(r);
        }
        java.util.List<Reported> rs = trailing(t, end);
        return !rs.isEmpty() ? rs : leading(t, end);
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
            if (p > 0 && t.isSymbol(p - 1, ',') && (end - e <= TAIL || relativeAfter(t, e, end) || plainTail(t, e, end))) {
                return content(t, 0, p - 1, f);
            }
            return null;
        }
        return null;
    }

    /** "…, according to two officials, who spoke on condition of anonymity": a relative clause within TAIL tokens of {@code e}. */
    /** "…, according to a survey by the tenants' union published last week": a tail of a few words, no clause, no cue. */
    private boolean plainTail(Tokens t, int e, int end) {
        if (end - e > 2 * TAIL) {
            return false;
        }
        for (int k = e; k < end; k++) {
            if (t.isSymbol(k, ',') || finder.cueAt(t, k) > 0 || t.lower(k).equals("that") || t.isAnyOf(k, QUOTE_MARKS)) {
                return false;
            }
        }
        return true;
    }

    private static boolean relativeAfter(Tokens t, int e, int end) {
        for (int k = e; k < end && k < e + TAIL; k++) {
            if (t.isSymbol(k, ',')) {
                return RELATIVES.contains(t.lower(k + 1));
            }
        }
        return false;
    }

    /**
     * "content, X said." / "content, said X." / "content, officials told reporters on Monday.";
     * "content, X said, but more content." is two spans.
     */
    private java.util.List<Reported> trailing(Tokens t, int end) {
        for (int m = end - 2; m >= MIN_WORDS; m--) {
            if (!t.isSymbol(m, ',')) {
                continue;
            }
            SpeakerFinder.Found f = finder.after(t, m + 1);
            boolean aside = f != null && f.sourceFrom() > m + 1 && t.isSymbol(f.sourceFrom() - 1, ',')
                    && finder.forwardSource(t, m + 1) == f.sourceFrom() - 1; // "…, Meridian's director, Dr Olu Bakare, said"
            if (f == null || f.sourceFrom() != m + 1 && f.cueFrom() != m + 1 && !aside
                    || finder.sourceFollows(t, f.cueFrom(), f.cueTo() - f.cueFrom())) {
                continue;
            }
            if (end - f.end() <= TAIL && quietTail(t, f.end(), end)) {
                return listOf(content(t, 0, m, f));
            }
            if (t.isSymbol(f.end(), ',') && CONJUNCTIONS.contains(t.lower(f.end() + 1))) {
                Reported first = content(t, 0, m, f);
                Reported second = content(t, f.end() + 1, end, f); // "…, she said, but only if …"
                if (first != null && second != null) {
                    return java.util.List.of(first, second);
                }
            }
        }
        return java.util.List.of();
    }

    private static java.util.List<Reported> listOf(Reported r) {
        return r == null ? java.util.List.of() : java.util.List.of(r);
    }

    /** "X said (that) content" with only intro words ("On Monday,") before X. */
    private java.util.List<Reported> leading(Tokens t, int end) {
        for (int c = 1; c < end; c++) {
            int n = finder.cueAt(t, c);
            if (n == 0 || finder.sourceFollows(t, c, n) || !t.isWord(c)) {
                continue;
            }
            int v = finder.auxiliariesBefore(t, c); // "have warned"
            int b = finder.backwardSource(t, v);
            int subject = b;
            int asideEnd = -1;
            if (b < 0 && t.isSymbol(v - 1, ',')) {
                int[] aside = finder.beforeAside(t, v - 1); // "Kemp, who leads the inquiry, said", "Its leader, Tom Baker, said"
                if (aside != null) {
                    b = aside[0];
                    asideEnd = aside[1];
                    subject = aside[2];
                }
            }
            if (b >= 2 && t.lower(b - 1).equals("by") && SpeakerFinder.participle(t, b - 2)) {
                int agent = finder.backwardSource(t, b - 1); // "An internal report seen by the Courier warns"
                if (agent >= 0 && introOnly(t, 0, agent)) {
                    b = agent;
                    subject = agent;
                }
            }
            boolean clause = t.isSymbol(subject - 1, ',')
                    || (subject >= 2 && CONJUNCTIONS.contains(t.lower(subject - 1)) && t.isSymbol(subject - 2, ','));
            if (b < 0 || !(introOnly(t, 0, subject) || possessiveIntro(t, subject) || clause)) {
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
            int cueEnd = told && k > c + n ? k : c + n; // "told investors"
            for (int more = cuePhrases.match(t, k); more > 0; more = cuePhrases.match(t, k)) {
                k += more;
            }
            int afterCue = k;
            while (k < end && (t.isSymbol(k, ',') || (t.isWord(k) && fillers.contains(t.lower(k))
                    && !t.lower(k).equals("the") && !t.lower(k).equals("a")))) {
                k++;
            }
            k = pastPlace(t, k, end);
            if (t.lower(k).equals("that") && complementiser(t, k + 1)) {
                k++; // the complementiser; "Critics say that is not enough" keeps its demonstrative
            }
            if (k >= end || t.lower(k).equals("to") || NOUN_OBJECT.contains(t.lower(k))
                    || !t.isWord(k) && !t.isNumber(k) && !t.isAnyOf(k, QUOTE_MARKS)) {
                return java.util.List.of(); // "warn of a scam": a noun object, no reported content
            }
            int sourceEnd = asideEnd >= 0 ? asideEnd : v;
            while (sourceEnd > b + 1 && !t.isWord(sourceEnd - 1)) {
                sourceEnd--; // the commas of "John Smith, said"
            }
            SpeakerFinder.Found found = new SpeakerFinder.Found(c, cueEnd, b, sourceEnd, k);
            java.util.List<Reported> rest = clauses(t, k, end, found);
            if (t.isSymbol(afterCue, ',') && t.isSymbol(subject - 1, ',') && !introOnly(t, 0, subject - 1) && !rest.isEmpty()) {
                Reported first = brokenFirst(t, subject - 1, found); // "The inspector, she wrote, had given …"
                if (first != null) {
                    java.util.List<Reported> both = new java.util.ArrayList<>(rest);
                    both.add(0, first);
                    return both;
                }
            }
            return rest;
        }
        return java.util.List.of();
    }

    /** The first part of indirect content broken by its attribution, {@code [0, comma)}: a short phrase with no verb of its own found. */
    private Reported brokenFirst(Tokens t, int comma, SpeakerFinder.Found f) {
        if (comma < 1 || comma > 8) {
            return null;
        }
        for (int i = 0; i < comma; i++) {
            if (!t.isWord(i) && !t.isNumber(i) || finder.cueAt(t, i) > 0) {
                return null;
            }
        }
        return new Reported(new Span(t.begin(0), t.end(comma - 1)), f);
    }

    /** "told investors on a call that …": past a place or occasion after a preposition up to the "that" within a few words. */
    private int pastPlace(Tokens t, int k, int end) {
        if (k < 1 || !t.isWord(k - 1) || !PREPOSITIONS.contains(t.lower(k - 1))) {
            return k;
        }
        for (int j = k; j < end && j < k + 5; j++) {
            if (t.lower(j).equals("that")) {
                return j;
            }
            if (!t.isWord(j) || finder.cueAt(t, j) > 0 || stopWords.contains(t.lower(j))) {
                return k;
            }
        }
        return k;
    }

    /** "Korvania's foreign minister, …": a source whose possessive opens the sentence. */
    private boolean possessiveIntro(Tokens t, int subject) {
        if (subject < 1 || !t.isWord(subject - 1)) {
            return false;
        }
        String w = t.lower(subject - 1);
        return (w.endsWith("'s") || w.endsWith("\u2019s")) && introOnly(t, 0, subject - 1);
    }

    /**
     * The content {@code [from, to)} after one cue, split where a coordinated clause starts
     * ("said A and that B", "said A, but added that B": two spans, the second with its own cue
     * when it has one, the same source); quoted words are never split.
     */
    private java.util.List<Reported> clauses(Tokens t, int from, int to, SpeakerFinder.Found f) {
        java.util.List<Reported> out = new java.util.ArrayList<>(2);
        int start = from;
        SpeakerFinder.Found cur = f;
        boolean quoted = false;
        for (int i = from; i < to; i++) {
            if (t.isAnyOf(i, "\"")) {
                quoted = !quoted;
            } else if (t.isAnyOf(i, "\u201C\u00AB\u201E")) {
                quoted = true;
            } else if (t.isAnyOf(i, "\u201D\u00BB")) {
                quoted = false;
            }
            if (quoted || i == start || !t.isWord(i) || !(t.lower(i).equals("and") || t.lower(i).equals("but"))) {
                continue;
            }
            int k = i + 1;
            SpeakerFinder.Found next = cur;
            int n = finder.cueAt(t, k);
            if (n > 0 && !finder.sourceFollows(t, k, n)) {
                next = new SpeakerFinder.Found(k, k + n, f.sourceFrom(), f.sourceTo(), k + n); // "but added that"
                k += n;
                k += t.lower(k).equals("that") ? 1 : 0;
            } else if (t.lower(k).equals("that") && complementiser(t, k + 1)) {
                k++;
            } else {
                continue;
            }
            int firstEnd = t.isSymbol(i - 1, ',') ? i - 1 : i;
            Reported first = content(t, start, firstEnd, cur);
            if (first == null || content(t, k, to, next) == null) {
                continue;
            }
            out.add(first);
            start = k;
            cur = next;
            i = k - 1;
        }
        Reported last = content(t, start, to, cur);
        if (last != null) {
            out.add(last);
        }
        return out;
    }

    /** After "and that": a clause's subject, not a verb ("and that is why" keeps "that" a demonstrative, unsplit). */
    private boolean complementiser(Tokens t, int i) {
        return (t.isWord(i) || t.isNumber(i) || t.isAnyOf(i, QUOTE_MARKS)) && !VERB_AFTER_DEMONSTRATIVE.contains(t.lower(i));
    }

    private Reported content(Tokens t, int from, int to, SpeakerFinder.Found f) {
        int words = 0;
        for (int i = from; i < to && words < MIN_WORDS; i++) { // enough to know: the splits stay linear
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
