package org.newsmark.domain.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsmark.domain.suggest.Detected.opinion;
import static org.newsmark.domain.suggest.Detected.opinions;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Direct quotes (docs/suggestions.md, attributed opinion): the words inside the marks, with cue and source. */
class QuoteDetectorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\u201CThe plan is working,\u201D said Maria Keller. | The plan is working,",
        "\u2018The plan is working,\u2019 said Maria Keller. | The plan is working,",
        "\"The plan is working,\" said Maria Keller. | The plan is working,",
        "'The plan is working,' said Maria Keller. | The plan is working,",
        "\u00ABThe plan is working\u00BB, said Maria Keller. | The plan is working",
        "\u00AB The plan is working \u00BB, said Maria Keller. | The plan is working",
        "\u201EThe plan is working\u201C, said Maria Keller. | The plan is working",
        "\u201EThe plan is working\u201D, said Maria Keller. | The plan is working",
    })
    void everyQuoteStyleGivesTheWordsInsideTheMarks(String text, String span) {
        opinion(text, span, "said", "Maria Keller", "Maria Keller");
        assertEquals(List.of(span), opinions(text));
    }

    @Test
    void theSpeakerBeforeTheQuoteWithAColonOrComma() {
        String text = "Health Minister Ana Ruiz told reporters: \u201CWe will not give up on this.\u201D";
        Suggestion s = opinion(text, "We will not give up on this.", "told reporters", "Health Minister Ana Ruiz", "Ana Ruiz");
        assertEquals("named person", s.fields().get("speaker type"));
        opinion("She said, \u201CThe talks are over for now.\u201D", "The talks are over for now.", "said", "She", "She");
    }

    @Test
    void titlesWithAFullStopAndUnnamedSpeakers() {
        String text = "\"We lost,\" said Dr. Jane Smith. One witness spoke. Another said: \u201CIt was terrifying.\u201D";
        opinion(text, "We lost,", "said", "Dr. Jane Smith", "Jane Smith");
        opinion(text, "It was terrifying.", "said", "Another", "Another");
        String question = "\u201CWhere is the money?\u201D asked Maria Keller.";
        opinion(question, "Where is the money?", "asked", "Maria Keller", "Maria Keller");
    }

    @Test
    void sourcesAsWrittenWithTheirSpeakerType() {
        String text = "\u201CWe are ready,\u201D a spokesperson for the council said. \u201CIt was a mistake,\u201D the ministry said"
                + " in a statement. \u201CNo comment,\u201D officials said. \u201CWe grew,\u201D said the Bank of England.";
        assertEquals("anonymous", opinion(text, "We are ready,", "said", "a spokesperson for the council",
                "a spokesperson for the council").fields().get("speaker type"));
        assertEquals("official body", opinion(text, "It was a mistake,", "said", "the ministry", "the ministry")
                .fields().get("speaker type"));
        assertEquals("anonymous", opinion(text, "No comment,", "said", "officials", "officials").fields().get("speaker type"));
        assertEquals("organisation", opinion(text, "We grew,", "said", "the Bank of England", "the Bank of England")
                .fields().get("speaker type"));
    }

    @Test
    void aBrokenQuoteIsTwoSpansWithTheSameSourceAndCue() {
        String text = "Maria Keller spoke first. \u201CThe plan,\u201D she said, \u201Cis doomed.\u201D";
        Suggestion first = opinion(text, "The plan,", "said", "she", "Maria Keller");
        Suggestion second = opinion(text, "is doomed.", "said", "she", "Maria Keller");
        assertEquals(first.cue(), second.cue());
        assertEquals(first.source(), second.source());
    }

    @Test
    void aPronounIsTheNearestEarlierNamedPersonElseItself() {
        String text = "Tom Baker met Maria Keller on Monday. \u201CWe will appeal,\u201D she said.";
        opinion(text, "We will appeal,", "said", "she", "Maria Keller");
        String alone = "\u201CWe will appeal,\u201D she said.";
        Suggestion s = opinion(alone, "We will appeal,", "said", "she", "she");
        assertNull(s.fields().get("speaker type"), "no type for a pronoun nobody names");
        opinion("\u201CWe will appeal,\u201D they said.", "We will appeal,", "said", "they", "they");
    }

    @Test
    void aPronounStandsForASurnameThatSpokeRatherThanAPlaceNamedBefore() {
        String text = "Critics blamed the failure of Northern Europe policy. Okafor said at a briefing: \u201CWe have not"
                + " agreed to anything,\u201D he told reporters.";
        opinion(text, "We have not agreed to anything,", "told reporters", "he", "Okafor");
    }

    @Test
    void aNameAfterTheVerbAndLowerCaseTitlesBeforeIt() {
        String text = "\u2018We want the workers\u2019 rights back,\u2019 said union leader Tom Baker.";
        opinion(text, "We want the workers\u2019 rights back,", "said", "union leader Tom Baker", "Tom Baker");
    }

    @Test
    void aQuoteInsideAQuoteIsPartOfTheOuterOne() {
        String text = "\u201CHe told me \u2018never again\u2019 and left,\u201D said Maria Keller.";
        assertEquals(List.of("He told me \u2018never again\u2019 and left,"), opinions(text));
    }

    @Test
    void aLongQuoteStandingAloneTakesTheSpeakerOfTheSentenceBefore() {
        String text = "Maria Keller told reporters she would fight on. \u201CWe will take this to the highest court.\u201D";
        Suggestion s = opinion(text, "We will take this to the highest court.", "told reporters", "Maria Keller", "Maria Keller");
        assertEquals(0.5, s.confidence());
    }

    @Test
    void scareQuotesAndTitlesNobodyIsSaidToSayAreNotSuggested() {
        assertEquals(List.of(), opinions("The so-called \u201Creform\u201D failed. Critics dubbed it \"a joke\" at once."));
        assertEquals(List.of(), opinions("The \u2018smart\u2019 meters were installed in May."));
        assertEquals(List.of(), opinions("He watched \u201CThe Long Night\u201D twice."));
        assertEquals(List.of(), opinions("\u201CWe will win.\u201D The crowd cheered loudly on Monday night."));
    }

    @Test
    void apostrophesCloseNothing() {
        String text = "It wasn\u2019t clear. The workers\u2019 union met. Rock \u2019n\u2019 roll isn't dead.";
        assertEquals(List.of(), opinions(text));
    }

    @Test
    void unmatchedMarksAreToleratedAndLaterQuotesStillFound() {
        String text = "\u201CThis never closes. Another sentence.\n\n\u201CWe will win,\u201D said Maria Keller.";
        assertEquals(List.of("We will win,"), opinions(text));
        assertEquals(List.of(), opinions("\u201C"));
        assertEquals(List.of(), opinions("\""));
        assertEquals(List.of(), opinions("\u201C\u201D \"\" '' \u00AB\u00BB"));
    }

    @Test
    void theQuoteFinderPairsEachStyleAndSkipsEmptyOnes() {
        String text = "\u201Ca\u201D \u2018b\u2019 \u00ABc\u00BB \u201Ed\u201C \"e\" 'f' \"\" \u201C \u201D";
        QuoteDetector q = new QuoteDetector(text);
        List<String> found = new ArrayList<>();
        for (QuoteDetector.Quote x = q.next(); x != null; x = q.next()) {
            found.add(text.substring(x.begin(), x.end()));
        }
        assertEquals(List.of("a", "b", "c", "d", "e", "f"), found);
    }
}
