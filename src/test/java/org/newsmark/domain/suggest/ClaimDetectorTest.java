package org.newsmark.domain.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsmark.domain.suggest.Detected.of;
import static org.newsmark.domain.suggest.Detected.texts;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Claims (docs/suggestions.md): a sentence in the article's own voice, without its final stop, weaker. */
class ClaimDetectorTest {

    @Test
    void aSentenceWithAFigureOrAComparisonIsAClaim() {
        String text = "Unemployment fell to 4.2% in May. Germany's economy grew faster than France's last year. The sky is blue today.";
        assertEquals(List.of("Unemployment fell to 4.2% in May", "Germany's economy grew faster than France's last year"),
                texts(text, SuggestionKind.CLAIM));
        for (Suggestion s : of(text, SuggestionKind.CLAIM)) {
            assertTrue(s.confidence() <= 0.4, s.toString());
        }
        assertEquals(0.4, of(text, SuggestionKind.CLAIM).get(0).confidence());
        assertEquals(0.3, of(text, SuggestionKind.CLAIM).get(1).confidence());
    }

    @Test
    void attributedSentencesQuestionsAndShortOnesAreNotClaims() {
        String text = "The minister said unemployment fell to 4.2% in May. \u201CPrices rose by more than 5%,\u201D said Maria Keller."
                + " Did prices rise by more than 5% this year? Prices rose 5%. Talks had stalled more than ever, officials told reporters.";
        assertEquals(List.of(), texts(text, SuggestionKind.CLAIM));
    }

    @Test
    void aClaimDoesNotOverlapAnAttributedOpinion() {
        String text = "Rents rose by 12% last year. According to the report, prices rose more than wages.";
        List<Suggestion> all = Detected.EN.suggest(text);
        List<Suggestion> opinions = all.stream().filter(s -> s.kind() == SuggestionKind.ATTRIBUTED_OPINION).toList();
        assertEquals(1, opinions.size());
        for (Suggestion c : of(text, SuggestionKind.CLAIM)) {
            assertTrue(opinions.stream().noneMatch(o -> o.span().overlaps(c.span())), c.toString());
        }
        assertEquals(List.of("Rents rose by 12% last year"), texts(text, SuggestionKind.CLAIM));
    }
}
