package org.newsmark.domain.suggest;

import java.util.Set;
import org.newsmark.domain.Span;

/**
 * Decides whether a direct quote is someone's words, and whose: a cue and source right after it
 * ("…,” said Maria Keller", "…,” she said") unless the quote ends a sentence of its own, or right
 * before it ("Keller told reporters: “…”"; the second half of a broken quote finds the same cue
 * and source there); else, for a quote of four words or more that starts its sentence, the
 * speaker of that sentence or the one before (the sentence a quote credited to them ended in:
 * a quote continued after its attribution is theirs). An attribution ending the sentence before
 * with a colon ("The coach said:") counts as right before. A quote after a cue with words of the
 * reported clause before its mark ("said the backlog was “unacceptable”") is left to
 * {@link ReportedSpeechDetector}, which takes the clause whole; a quoted phrase after a verb of
 * calling ("called the plan “a fantasy”") is credited to the verb's subject. A short quote with no
 * cue next to it, or one after "so-called" or "dubbed", is a scare quote or a title: not suggested.
 */
final class QuoteAttributor {

    /** How far around a quote its attribution may be, in characters. */
    private static final int NEAR = 240;
    private static final int LONG_QUOTE_WORDS = 4;

    private final String text;
    private final SpeakerFinder finder;
    private final Opinions opinions;
    private final Set<String> scareMarkers;
    private final Set<String> fillers;
    private final Tokens before;
    private final Tokens after;

    QuoteAttributor(String text, LanguageData data, SpeakerFinder finder, Opinions opinions) {
        this.text = text;
        this.finder = finder;
        this.opinions = opinions;
        this.scareMarkers = data.words("scare-markers");
        this.fillers = data.words("cue-fillers");
        this.before = Tokens.buffer(text);
        this.after = Tokens.buffer(text);
    }

    /** The suggestion for quote {@code q} (in sentence {@code s} of {@code sentences}), or null when no one is said to say it. */
    Suggestion attribute(QuoteDetector.Quote q, Sentences sentences, int s) {
        Span span = new Span(q.begin(), q.end());
        int words = words(q.begin(), q.end());
        int sb = Math.max(0, sentences.begin(Math.max(s, 0)));
        boolean startsSentence = q.open() <= sb;
        if (s > 0 && q.open() <= sb && text.charAt(sentences.end(s - 1) - 1) == ':') {
            sb = sentences.begin(s - 1); // "A spokesperson said:" ending the sentence or paragraph before the quote
        }
        before.read(start(Math.max(sb, q.open() - NEAR), q.open()), q.open());
        if (before.size() > 0 && scareMarkers.contains(before.lower(before.size() - 1))) {
            return null;
        }
        char last = text.charAt(q.end() - 1);
        if (last != '.' || (q.close() + 1 < text.length() && text.charAt(q.close() + 1) == ',')) {
            after.read(q.close() + 1, lineEnd(q.close() + 1));
            SpeakerFinder.Found f = finder.after(after, 0);
            boolean marked = ",!?".indexOf(last) >= 0 || (q.close() + 1 < text.length() && text.charAt(q.close() + 1) == ',');
            if (f != null && (words >= LONG_QUOTE_WORDS || marked)) {
                return opinions.opinion(span, opinions.speaker(after, f, s), 0.9, "quoted words with cue");
            }
        }
        SpeakerFinder.Found f = finder.before(before, before.size());
        if (f != null && !adjacent(before, f) && before.isWord(before.size() - 1)) {
            return null; // "said the backlog was "unacceptable"": a partial quote inside reported speech, which takes it whole
        }
        if (f != null && (words >= LONG_QUOTE_WORDS || adjacent(before, f))) {
            return opinions.opinion(span, opinions.speaker(before, f, s), 0.85, "quoted words after cue");
        }
        if (f == null) {
            SpeakerFinder.Found named = finder.calling(before, before.size());
            if (named != null) {
                return opinions.opinion(span, opinions.speaker(before, named, s), 0.7, "quoted words credited by a verb of calling");
            }
        }
        startsSentence |= before.size() == 0;
        Opinions.Speaker near = opinions.lastNear(s);
        if (f == null && words >= LONG_QUOTE_WORDS && startsSentence && near != null) {
            return opinions.opinion(span, near, 0.5, "quoted words next to a sentence with cue");
        }
        return null;
    }

    /** Nothing but fillers ("on Monday") and punctuation between the cue (or "according to X") and the quote. */
    private boolean adjacent(Tokens t, SpeakerFinder.Found f) {
        for (int i = Math.max(f.cueTo(), f.sourceTo()); i < t.size(); i++) {
            if (t.isWord(i) && !fillers.contains(t.lower(i))) {
                return false;
            }
        }
        return true;
    }

    /** Words (runs of letters or digits) in {@code [from, to)}, counted up to LONG_QUOTE_WORDS. */
    private int words(int from, int to) {
        int n = 0;
        boolean in = false;
        for (int i = from; i < to && n < LONG_QUOTE_WORDS; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            n += letter && !in ? 1 : 0;
            in = letter || (in && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019' || text.charAt(i) == '-'));
        }
        return n;
    }

    private int start(int from, int limit) {
        return from > 0 && from < limit && Character.isLowSurrogate(text.charAt(from)) ? from + 1 : from;
    }

    /** The end of the window after a quote: NEAR characters, the line's end, whichever first. */
    private int lineEnd(int from) {
        int limit = Math.min(text.length(), from + NEAR);
        for (int i = from; i < limit; i++) {
            if (text.charAt(i) == '\n') {
                return i;
            }
        }
        return limit;
    }
}
