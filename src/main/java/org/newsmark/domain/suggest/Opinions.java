package org.newsmark.domain.suggest;

import java.util.HashMap;
import java.util.Map;
import org.newsmark.domain.Span;

/**
 * Makes attributed-opinion suggestions from what {@link SpeakerFinder} found, for one run over
 * one text: the cue and source spans, the source's ledger name (a pronoun for one person resolved
 * to the nearest named person written before it, else the last named speaker), its "speaker type"
 * field and a reason. Remembers the last speaker, which a quote standing alone in the next
 * sentence is credited to.
 */
final class Opinions {

    /** Who said it: spans into the text, the ledger name, the speaker type (or null). */
    record Speaker(Span cue, Span source, String name, String kind, int sentence) {
    }

    private final String text;
    private final SourceNames names;
    private Speaker last;
    private String lastPerson;
    private final Tokens buffer;

    Opinions(String text, SourceNames names) {
        this.text = text;
        this.names = names;
        this.buffer = Tokens.buffer(text);
    }

    /** The speaker {@code f} found in tokens {@code t}, in sentence {@code sentence}; remembered as the last one. */
    Speaker speaker(Tokens t, SpeakerFinder.Found f, int sentence) {
        Span cue = new Span(t.begin(f.cueFrom()), t.end(f.cueTo() - 1));
        Span source = new Span(t.begin(f.sourceFrom()), t.end(f.sourceTo() - 1));
        String kind = names.kind(t, f.sourceFrom(), f.sourceTo());
        String name = names.ledgerName(text, t, f.sourceFrom(), f.sourceTo(), kind);
        if (names.isPersonPronoun(t, f.sourceFrom(), f.sourceTo())) {
            String resolved = names.nameBefore(text, source.begin(), buffer);
            resolved = resolved != null ? resolved : lastPerson;
            if (resolved != null) {
                name = resolved;
                kind = SourceNames.NAMED_PERSON;
            }
        } else if (SourceNames.NAMED_PERSON.equals(kind)) {
            lastPerson = name;
        }
        last = new Speaker(cue, source, name, kind, sentence);
        return last;
    }

    /**
     * The last speaker was heard again in sentence {@code sentence} (a quote of several sentences
     * credited to them ends there): a quote alone in the sentence after it is theirs too.
     */
    void heardIn(int sentence) {
        if (last != null && sentence > last.sentence()) {
            last = new Speaker(last.cue(), last.source(), last.name(), last.kind(), sentence);
        }
    }

    /** The last speaker found, when it was in sentence {@code sentence} or the one before; else null. */
    Speaker lastNear(int sentence) {
        return last != null && last.sentence() >= sentence - 1 ? last : null;
    }

    /** An attributed opinion on {@code span} credited to {@code s}. */
    Suggestion opinion(Span span, Speaker s, double confidence, String why) {
        Map<String, String> fields = new HashMap<>();
        if (s.kind() != null) {
            fields.put("speaker type", s.kind());
        }
        return new Suggestion(SuggestionKind.ATTRIBUTED_OPINION, span, confidence, s.cue(), s.source(), s.name(), fields,
                why + " '" + s.cue().textOf(text) + "'");
    }
}
