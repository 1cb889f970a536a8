package org.newsmark.domain.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** What the English detectors find in a text, by kind, as the spans' text: helpers for the tests. */
final class Detected {

    static final Suggester EN = Suggester.forLanguage("en");

    private Detected() {
    }

    static List<Suggestion> of(String text, SuggestionKind kind) {
        return EN.suggest(text).stream().filter(s -> s.kind() == kind).toList();
    }

    static List<String> texts(String text, SuggestionKind kind) {
        return of(text, kind).stream().map(s -> s.span().textOf(text)).toList();
    }

    static List<String> statistics(String text) {
        return texts(text, SuggestionKind.STATISTIC);
    }

    static List<String> opinions(String text) {
        return texts(text, SuggestionKind.ATTRIBUTED_OPINION);
    }

    /** The one suggestion of {@code kind} whose text is {@code span}. */
    static Suggestion one(String text, SuggestionKind kind, String span) {
        List<Suggestion> found = of(text, kind).stream().filter(s -> s.span().textOf(text).equals(span)).toList();
        assertEquals(1, found.size(), () -> kind + " [" + span + "] in: " + texts(text, kind));
        return found.get(0);
    }

    /** An attributed opinion on {@code span} with that cue, source and ledger name. */
    static Suggestion opinion(String text, String span, String cue, String source, String sourceName) {
        Suggestion s = one(text, SuggestionKind.ATTRIBUTED_OPINION, span);
        assertEquals(cue, s.cue().textOf(text), "cue of " + span);
        assertEquals(source, s.source().textOf(text), "source of " + span);
        assertEquals(sourceName, s.sourceName(), "source name of " + span);
        assertTrue(s.why().contains(cue), s.why());
        return s;
    }

    /** Every span lies in the text, is not empty and cuts no surrogate pair; the list is sorted with no two of a kind on a span. */
    static void assertWellFormed(String text, List<Suggestion> found) {
        for (int i = 0; i < found.size(); i++) {
            Suggestion s = found.get(i);
            for (var span : new org.newsmark.domain.Span[]{s.span(), s.cue(), s.source()}) {
                if (span == null) {
                    continue;
                }
                assertTrue(span.end() <= text.length(), s.toString());
                assertTrue(!Character.isLowSurrogate(text.charAt(span.begin())), "span starts inside a pair: " + s);
                assertTrue(!Character.isHighSurrogate(text.charAt(span.end() - 1)), "span ends inside a pair: " + s);
            }
            if (i > 0) {
                assertTrue(found.get(i - 1).compareTo(s) < 0, "sorted, no duplicate: " + found.get(i - 1) + " then " + s);
            }
        }
    }
}
