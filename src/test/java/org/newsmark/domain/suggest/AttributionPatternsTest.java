package org.newsmark.domain.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsmark.domain.suggest.Detected.one;
import static org.newsmark.domain.suggest.Detected.opinion;
import static org.newsmark.domain.suggest.Detected.opinions;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attributed opinions (docs/suggestions.md and the gold set's GUIDE-NOTES): asides between a
 * source and its cue, quotes continued after their attribution, partial quotes inside reported
 * speech, coordinated and broken indirect content. Example sentences written for these tests.
 */
class AttributionPatternsTest {

    @Test
    void anAgeOrAnAsideBetweenTheSpeakerAndTheCueAfterAQuote() {
        String age = "\u201CThe ferry will run again in spring,\u201D Lena Ortiz, 44, told reporters at the pier.";
        opinion(age, "The ferry will run again in spring,", "told reporters", "Lena Ortiz", "Lena Ortiz");
        String aside = "\u201CWe expect delays on every route,\u201D Omar Reyes, a planner and head of the county's roads office, said.";
        opinion(aside, "We expect delays on every route,", "said", "Omar Reyes", "Omar Reyes");
        String name = "\"Nothing has changed for tenants,\" the party's housing spokesman, Ivo Marsh, said.";
        opinion(name, "Nothing has changed for tenants,", "said", "Ivo Marsh", "Ivo Marsh");
    }

    @Test
    void aTitleInsideTheSourceAndAPlaceAfterIt() {
        String title = "\u201CThe numbers speak for themselves,\u201D Green leader Mia Holt conceded on Friday.";
        opinion(title, "The numbers speak for themselves,", "conceded", "Green leader Mia Holt", "Mia Holt");
        assertEquals("named person", one(title, SuggestionKind.ATTRIBUTED_OPINION, "The numbers speak for themselves,")
                .fields().get("speaker type"));
        String place = "\u201CThe shelters are full and the rain keeps coming,\u201D an aid worker in the city said.";
        assertEquals("an aid worker in the city", one(place, SuggestionKind.ATTRIBUTED_OPINION,
                "The shelters are full and the rain keeps coming,").source().textOf(place));
    }

    @Test
    void aQuoteOfSeveralSentencesThenOneContinuingItIsTheSameSpeakers() {
        String text = "\u201CI trained every morning. The hills made the difference,\u201D Ana Pires told reporters after the race."
                + " \u201CNext year I will come back stronger.\u201D\n\n\u201CThe crowd was wonderful all the way round.\u201D";
        opinion(text, "I trained every morning. The hills made the difference,", "told reporters", "Ana Pires", "Ana Pires");
        opinion(text, "Next year I will come back stronger.", "told reporters", "Ana Pires", "Ana Pires");
        opinion(text, "The crowd was wonderful all the way round.", "told reporters", "Ana Pires", "Ana Pires");
    }

    @Test
    void theSpeakerBeforeARelativeClauseAndAColonInTheSentenceBefore() {
        String relative = "A council worker, who declined to give her name, said: \u201CThe roof leaks every winter and nobody listens.\u201D";
        opinion(relative, "The roof leaks every winter and nobody listens.", "said", "A council worker", "a council worker");
        String colon = "The head teacher said:\n\u201CWe were not told about the closure until Friday.\u201D";
        opinion(colon, "We were not told about the closure until Friday.", "said", "The head teacher", "the head teacher");
    }

    @Test
    void aLongPartialQuoteInsideReportedSpeechIsPartOfIt() {
        String text = "The judge said the company had \u201Cshown no regard for the people living next door\u201D.";
        opinion(text, "the company had \u201Cshown no regard for the people living next door\u201D", "said", "The judge", "the judge");
        assertEquals(1, opinions(text).size());
    }

    @Test
    void coordinatedClausesAfterOneCueAreTwoSpans() {
        String that = "The mayor said the tram line was on schedule and that fares would be frozen until 2027.";
        opinion(that, "the tram line was on schedule", "said", "The mayor", "the mayor");
        opinion(that, "fares would be frozen until 2027", "said", "The mayor", "the mayor");
        String added = "Gil Moreno said his team had \"done everything right\" but added that the referee was \"out of his depth\".";
        opinion(added, "his team had \"done everything right\"", "said", "Gil Moreno", "Gil Moreno");
        opinion(added, "the referee was \"out of his depth\"", "added", "Gil Moreno", "Gil Moreno");
        String demonstrative = "The union said pay would rise by 2% and that was the end of the strike.";
        assertEquals(List.of("pay would rise by 2% and that was the end of the strike"), opinions(demonstrative));
    }

    @Test
    void aDemonstrativeThatStaysInTheContent() {
        opinion("Residents say that was a mistake from the start.", "that was a mistake from the start", "say", "Residents", "Residents");
    }

    @Test
    void aTrailingAttributionWithAnAsideOrAnAuxiliary() {
        String aside = "The bridge will reopen in May, Councillor Ben Hale, who chairs the roads panel, told the full council.";
        opinion(aside, "The bridge will reopen in May", "told the full council", "Councillor Ben Hale", "Ben Hale");
        String auxiliary = "Dozens of shops would have closed, the chamber had argued.";
        opinion(auxiliary, "Dozens of shops would have closed", "argued", "the chamber", "the chamber");
        String leading = "Engineers at the port have warned that the old crane could fail in a storm.";
        opinion(leading, "the old crane could fail in a storm", "warned", "Engineers at the port", "Engineers at the port");
    }

    @Test
    void aTrailingAttributionThenButIsTwoSpans() {
        String text = "The plan could work, the bank's chief economist, Rita Sousa, said, but only if rates fall this year.";
        opinion(text, "The plan could work", "said", "Rita Sousa", "Rita Sousa");
        opinion(text, "but only if rates fall this year", "said", "Rita Sousa", "Rita Sousa");
    }

    @Test
    void indirectContentBrokenByItsAttribution() {
        String text = "Maria Keller led the review. The committee, she wrote, had ignored every warning about the dam.";
        opinion(text, "The committee", "wrote", "she", "Maria Keller");
        opinion(text, "had ignored every warning about the dam", "wrote", "she", "Maria Keller");
    }

    @Test
    void sourcesWithAnAgentOrAPossessive() {
        String agent = "Rents rose by a third, according to data published by the housing agency last week.";
        opinion(agent, "Rents rose by a third", "according to", "data published by the housing agency",
                "data published by the housing agency");
        String possessive = "Norland's finance minister, Eva Lind, said the budget would balance next year.";
        opinion(possessive, "the budget would balance next year", "said", "Eva Lind", "Eva Lind");
        String relative = "The deal is close, according to two diplomats, who spoke on condition of anonymity.";
        assertEquals("according to", one(relative, SuggestionKind.ATTRIBUTED_OPINION, "The deal is close").cue().textOf(relative));
    }

    @Test
    void theAudienceOfToldAndAnOccasionBeforeThat() {
        String text = "The chief executive told analysts on a conference call that sales had doubled.";
        opinion(text, "sales had doubled", "told analysts", "The chief executive", "the chief executive");
    }

    @Test
    void aCueWithANounObjectReportsNothing() {
        assertEquals(List.of(), opinions("Doctors warn of a rise in measles cases this winter."));
        assertEquals(List.of(), opinions("The minister spoke about the new hospital at length."));
    }

    @Test
    void aQuotedPhraseCreditedByAVerbOfCalling() {
        String called = "The mayor, Inés Vidal, called the new stadium \u201Ca monument to vanity\u201D.";
        opinion(called, "a monument to vanity", "called", "Inés Vidal", "Inés Vidal");
        String calls = "It is a sum the opposition calls \"pure fiction\".";
        opinion(calls, "pure fiction", "calls", "the opposition", "the opposition");
        String described = "Jo Park described the budget as \u201Creckless\u201D.";
        opinion(described, "reckless", "described", "Jo Park", "Jo Park");
        assertEquals(List.of(), opinions("They live on a road called \u201Cthe Mile\u201D near the docks."));
    }

    @Test
    void verbsOfFindingAreCuesWithThatOrAtTheEnd() {
        String trailing = "Two in five renters had skipped a meal, the survey found.";
        opinion(trailing, "Two in five renters had skipped a meal", "found", "the survey", "the survey");
        String that = "The audit office calculated that the scheme had cost \u20AC2 billion.";
        opinion(that, "the scheme had cost \u20AC2 billion", "calculated", "The audit office", "the audit office");
        String object = "An inspection in June found cracks in three of the eight pillars.";
        assertEquals(List.of(), opinions(object));
        assertEquals(1, Detected.texts(object, SuggestionKind.CLAIM).size(), "a finding in the article's own voice is a claim");
        assertEquals(List.of(), opinions("Traces of lead in the water of three schools were found."));
    }

    @Test
    void aDocumentSeenBySomeoneAsTheSourceAndALongerTailAfterAccordingTo() {
        String seen = "A draft report seen by the Gazette warns that half of the wards could close by spring.";
        opinion(seen, "half of the wards could close by spring", "warns", "A draft report seen by the Gazette",
                "a draft report seen by the Gazette");
        String tail = "Fares rose by 8% last year, according to a study by the transport institute released on Monday.";
        assertEquals("according to", one(tail, SuggestionKind.ATTRIBUTED_OPINION, "Fares rose by 8% last year").cue().textOf(tail));
    }
}
