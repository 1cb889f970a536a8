package org.newsmark.domain.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsmark.domain.suggest.Detected.opinion;
import static org.newsmark.domain.suggest.Detected.opinions;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Indirect speech (docs/suggestions.md): the reported content, without "that" and the final full stop. */
class ReportedSpeechDetectorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The minister said the budget would be cut. | the budget would be cut | said | The minister | the minister | official body",
        "The minister said that the budget would be cut. | the budget would be cut | said | The minister | the minister | official body",
        "Talks had stalled, officials told reporters. | Talks had stalled | told reporters | officials | officials | anonymous",
        "According to the report, prices rose sharply. | prices rose sharply | According to | the report | the report | document",
        "Prices rose sharply, according to the survey. | Prices rose sharply | according to | the survey | the survey | document",
        "The ministry said in a statement that it would review the case. | it would review the case | said | The ministry | the ministry | official body",
        "The deal is dead, said Maria Keller. | The deal is dead | said | Maria Keller | Maria Keller | named person",
        "On Monday, Maria Keller warned the plan would fail. | the plan would fail | warned | Maria Keller | Maria Keller | named person",
        "Maria Keller told the BBC that the vote had been rigged. | the vote had been rigged | told the BBC | Maria Keller | Maria Keller | named person",
        "Maria Keller warned them that the vote had been rigged. | the vote had been rigged | warned | Maria Keller | Maria Keller | named person",
        "Emissions will be cut by 45%, but critics say the target is unrealistic. | the target is unrealistic | say | critics | critics | anonymous",
        "The WHO warned that cases could double within weeks. | cases could double within weeks | warned | The WHO | The WHO | organisation",
        "Mr. Johnson, 58, said he would not resign. | he would not resign | said | Mr. Johnson | Johnson | named person",
        "Police said a 34-year-old man had been arrested. | a 34-year-old man had been arrested | said | Police | Police | official body",
    })
    void theReportedContentWithItsCueAndSource(String text, String span, String cue, String source, String name, String type) {
        assertEquals(type, opinion(text, span, cue, source, name).fields().get("speaker type"));
        assertEquals(List.of(span), opinions(text));
    }

    @Test
    void quotedWordsInsideReportedSpeechStayInIt() {
        String text = "The prime minister insisted that \u201Cevery option\u201D remained on the table.";
        opinion(text, "\u201Cevery option\u201D remained on the table", "insisted", "The prime minister", "the prime minister");
        assertEquals(1, opinions(text).size(), "the two quoted words are not a quote of their own");
    }

    @Test
    void theSpeakerInAppositionIsTheOneNearestTheCue() {
        String text = "The company\u2019s chief executive, John Smith, said the figures were wrong.";
        opinion(text, "the figures were wrong", "said", "John Smith", "John Smith");
    }

    @Test
    void titlesBeforeANameAreInTheSourceButNotInItsLedgerName() {
        String text = "Council leader Ilse Marten said the repairs would begin in the spring.";
        assertEquals("named person", opinion(text, "the repairs would begin in the spring", "said", "Council leader Ilse Marten",
                "Ilse Marten").fields().get("speaker type"));
    }

    @Test
    void aCapitalOnlyBecauseTheSentenceStartsIsNoName() {
        String text = "Local businesses say trade has fallen by a quarter.";
        assertEquals(null, opinion(text, "trade has fallen by a quarter", "say", "Local businesses", "Local businesses")
                .fields().get("speaker type"));
    }

    @Test
    void aPronounSkipsNamesThatQualifyAGroup() {
        String text = "\"Too late,\" said Peter Grant, who leads the Liberal Democrat group. He argued that residents had waited long enough.";
        opinion(text, "residents had waited long enough", "argued", "He", "Peter Grant");
    }

    @Test
    void aPronounIsResolvedToTheNameBeforeIt() {
        String text = "Maria Keller arrived late. She said that the vote had been rigged.";
        opinion(text, "the vote had been rigged", "said", "She", "Maria Keller");
    }

    @Test
    void sentencesWithoutASpeakerOrWithTooLittleContentAreNotReportedSpeech() {
        assertEquals(List.of(), opinions("Prices rose after the vote was held."));
        assertEquals(List.of(), opinions("Not now, she said."));
        assertEquals(List.of("It was over"), opinions("It was over, she said."));
        assertEquals(List.of(), opinions("The claims were false and the data were wrong."));
        assertEquals(List.of(), opinions("The United States said nothing."));
        assertEquals(List.of(), opinions("The company\u2019s chief executive, John Smith, said the figures were wrong?"));
    }

    @Test
    void aSentenceWithACreditedQuoteIsNotAlsoReportedSpeech() {
        String text = "Maria Keller said: \u201CWe will appeal against this ruling.\u201D";
        assertEquals(List.of("We will appeal against this ruling."), opinions(text));
    }
}
