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

    @Test
    void aYearOrADecadeIsSomethingToCheck() {
        String text = "The mill has stood on the river since the 1880s. It was the second fire at the plant since 2016."
                + " Call the office on 0161 555 2030 for a form.";
        assertEquals(List.of("The mill has stood on the river since the 1880s", "It was the second fire at the plant since 2016"),
                texts(text, SuggestionKind.CLAIM));
    }

    @Test
    void aShortScareQuoteLeavesTheClaimButWordsQuotedAtLengthDoNot() {
        String text = "The city\u2019s \u201Csmart parking\u201D scheme, launched in 2019, cut congestion by 8 per cent."
                + " The scheme was meant to \u201Cend the daily misery of every driver\u201D by 2020.";
        assertEquals(List.of("The city\u2019s \u201Csmart parking\u201D scheme, launched in 2019, cut congestion by 8 per cent"),
                texts(text, SuggestionKind.CLAIM));
    }

    @Test
    void aHeadlineIsNeverAClaim() {
        String text = "Ferry fares rise 12% as fuel costs climb\n\nFerry fares rose 12% on Monday, the highest rise since 2008.";
        assertEquals(List.of("Ferry fares rose 12% on Monday, the highest rise since 2008"), texts(text, SuggestionKind.CLAIM));
        assertEquals(List.of("12%", "12%"), Detected.statistics(text), "the headline's figures stay");
    }
}
