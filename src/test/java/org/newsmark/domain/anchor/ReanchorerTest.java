package org.newsmark.domain.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmark.domain.Span;

class ReanchorerTest {

    private static Span spanOf(String text, String quote) {
        int i = text.indexOf(quote);
        assertTrue(i >= 0, quote + " in " + text);
        assertEquals(-1, text.indexOf(quote, i + 1), quote + " once in " + text);
        return new Span(i, i + quote.length());
    }

    private static Placement place(String oldText, String newText, String quote) {
        return new Reanchorer(oldText, newText).place(spanOf(oldText, quote));
    }

    @Test
    void aTagAfterAnInsertionIsKeptAtItsShiftedPlace() {
        String old = "The minister resigned on Monday.\nShe said nothing.\n";
        String now = "BREAKING. Updated at 10:00.\nThe minister resigned on Monday.\nShe said nothing.\n";
        Placement p = place(old, now, "resigned on Monday");
        assertEquals(Outcome.KEPT, p.outcome());
        assertEquals(spanOf(now, "resigned on Monday"), p.span());
    }

    @Test
    void aSentenceMovedToAnotherParagraphIsMovedWithIt() {
        String old = "First paragraph talks.\n\nSecond paragraph. The cuts hurt the poor most, critics said.\n\nThird.\n";
        String now = "First paragraph talks. The cuts hurt the poor most, critics said.\n\nSecond paragraph.\n\nThird.\n";
        Placement p = place(old, now, "The cuts hurt the poor most");
        assertEquals(Outcome.MOVED, p.outcome());
        assertEquals(spanOf(now, "The cuts hurt the poor most"), p.span());
    }

    @Test
    void aTagWhoseTextWasEditedGoesToReviewWithItsEditedPlace() {
        String old = "Officials said the plan would cost 3 million euros next year.";
        String now = "Officials said the plan would cost 5 million euros next year.";
        Placement p = place(old, now, "cost 3 million euros");
        assertEquals(Outcome.CHANGED, p.outcome());
        assertNull(p.span());
        assertEquals(List.of(spanOf(now, "cost 5 million euros")), p.candidates());
    }

    /** Reported from the screenshot script: the edited paragraph and the moved one were paired by the line diff. */
    @Test
    void anEditedParagraphBesideAMovedOneOffersItsOwnWordsNotTheMovedOnes() {
        String lead = "The council approved the repair plan on Tuesday after a long debate.\n\n";
        String edited = "Inspectors found rust in %s of the 900 support cables during the spring survey.\n\n";
        String other = "Work on the eastern ramp starts in March and lasts until the end of the year.\n\n";
        String moved = "About 40,000 cars cross every day. Under the plan one lane stays open at night.\n\n";
        String other2 = "Traders on the old quay fear a quiet winter.\n\n";
        String end = "The vote was 21 to 9.\n";
        String old = lead + edited.formatted("312") + other + other2 + moved + end;
        String now = lead + "Correction: an earlier version gave the wrong count.\n\n" + edited.formatted("321") + moved + other
                + other2 + end;
        Placement p = place(old, now, "rust in 312 of the 900 support cables");
        assertEquals(Outcome.CHANGED, p.outcome());
        assertEquals(List.of(spanOf(now, "rust in 321 of the 900 support cables")), p.candidates());
        for (String q : List.of("one lane stays open at night", "lasts until the end of the year")) {
            Placement swapped = place(old, now, q); // which of the two the diff calls moved is its choice
            assertTrue(swapped.outcome().carried(), swapped.toString());
            assertEquals(spanOf(now, q), swapped.span());
        }
        Placement kept = place(old, now, "during the spring survey");
        assertTrue(kept.outcome().carried(), kept.toString());
        assertEquals(spanOf(now, "during the spring survey"), kept.span());
    }

    /**
     * The case the screenshot script met, on the sample's bridge article: a correction line added,
     * the cable count edited, and the traffic paragraph moved up right after it. The line diff paired
     * the edited paragraph with the traffic one, and the review list offered "cles a day. Under the
     * plan, one lane" as the edited tag's place.
     */
    @Test
    void theSampleArticleWithItsCountEditedAndAParagraphMovedOffersTheEditedWords() throws Exception {
        String old;
        try (var in = ReanchorerTest.class.getResourceAsStream("/samples/harbour-bridge-budget.txt")) {
            old = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
        List<String> paragraphs = new java.util.ArrayList<>(List.of(old.split("\n\n", -1)));
        int edited = indexOf(paragraphs, "312 of the bridge's");
        int traffic = indexOf(paragraphs, "vehicles a day");
        assertTrue(edited + 1 < traffic, "the sample still has the traffic paragraph after the inspection's");
        String moved = paragraphs.remove(traffic);
        paragraphs.set(edited, paragraphs.get(edited).replace("312 of the bridge's", "321 of the bridge's"));
        paragraphs.add(edited + 1, moved);
        paragraphs.add(2, "Correction: an earlier version of this article gave the wrong number of corroded cables."); // under the byline
        String now = String.join("\n\n", paragraphs);
        Placement p = place(old, now, "corrosion in 312 of the bridge's 1,140 steel cables");
        assertEquals(Outcome.CHANGED, p.outcome());
        assertEquals(List.of(spanOf(now, "corrosion in 321 of the bridge's 1,140 steel cables")), p.candidates());
    }

    private static int indexOf(List<String> paragraphs, String part) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).contains(part)) {
                return i;
            }
        }
        throw new AssertionError(part + " in no paragraph");
    }

    @Test
    void twoUnrelatedParagraphsBetweenTheSameLinesAreNotMappedLetterByLetter() {
        String old = "Head line.\n\nThe harbour master resigned after the audit found gaps.\n\nTail line.\n";
        String now = "Head line.\n\nSchool meals will cost less from autumn, the board says.\n\nTail line.\n";
        Placement p = place(old, now, "resigned after the audit");
        assertEquals(Outcome.GONE, p.outcome(), "no scattered letters offered as its place: " + p.candidates());
    }

    @Test
    void aTagInADeletedSentenceIsGone() {
        String old = "Intro here.\nA rumour nobody confirmed.\nOutro here.\n";
        String now = "Intro here.\nOutro here.\n";
        Placement p = place(old, now, "rumour nobody confirmed");
        assertEquals(Outcome.GONE, p.outcome());
        assertEquals(List.of(), p.candidates());
    }

    @Test
    void aQuoteFoundInSeveralEquallyGoodPlacesIsAmbiguous() {
        String old = "Intro.\nVote: yes.\n";
        String now = "Summary\n\nyes\nyes\n";
        Placement p = place(old, now, "yes");
        assertEquals(Outcome.AMBIGUOUS, p.outcome());
        assertEquals(List.of(new Span(9, 12), new Span(13, 16)), p.candidates());
    }

    @Test
    void contextChoosesAmongRepeatedQuotes() {
        String old = "Intro.\nThe mayor said yes. Gone line.\n";
        String now = "Intro.\nShe said yes to nothing.\nThe mayor said yes.\n";
        Placement p = new Reanchorer(old, now).place(new Span(old.indexOf("yes"), old.indexOf("yes") + 3));
        assertTrue(p.outcome().carried(), p.toString());
        int at = now.indexOf("The mayor said yes") + "The mayor said ".length();
        assertEquals(new Span(at, at + 3), p.span());
    }

    @Test
    void emojiAndCombiningMarksAroundATagKeepItWhole() {
        String old = "Fans 🎉 cheered the café\u0301 owner 👍 loudly.";
        String now = "Update: fans 🎉 cheered the café\u0301 owner 👍 loudly.";
        Placement p = place(old, now, "🎉 cheered the café\u0301 owner 👍");
        assertEquals(Outcome.KEPT, p.outcome());
        assertEquals(spanOf(now, "🎉 cheered the café\u0301 owner 👍"), p.span());
    }

    @Test
    void aCombiningMarkAddedAfterATagIsNotSplitFromItsLetter() {
        String old = "The cafe opened.";
        String now = "The cafe\u0301 opened.";
        Placement p = place(old, now, "cafe");
        assertEquals(Outcome.CHANGED, p.outcome());
        assertEquals(List.of(new Span(4, 9)), p.candidates(), "the place offered takes the accent with its letter");
    }

    @Test
    void aChangedEmojiNeverLeavesHalfASurrogatePair() {
        String old = "Mood: 😀 today.";
        String now = "Mood: 😃 today.";
        // U+1F600 and U+1F603 share their high surrogate; the character diff keeps it
        assertEquals(old.charAt(6), now.charAt(6));
        Placement p = new Reanchorer(old, now).place(new Span(6, 8));
        assertEquals(Outcome.CHANGED, p.outcome());
        assertEquals(List.of(new Span(6, 8)), p.candidates());
    }

    @Test
    void crlfTurnedToLfKeepsATagAcrossLines() {
        String old = "Line one\r\nLine two\r\nLine three\r\n";
        String now = "Line one\nLine two\nLine three\n";
        Placement p = place(old, now, "one\r\nLine two");
        assertEquals(Outcome.KEPT, p.outcome());
        assertEquals(spanOf(now, "one\nLine two"), p.span());
        Placement last = place(old, now, "three");
        assertEquals(Outcome.KEPT, last.outcome());
        assertEquals(spanOf(now, "three"), last.span());
    }

    @Test
    void thePiecesOfADiscontinuousTagGoToReviewTogether() {
        String old = "He said: we will win. Later he added: unless it rains.\n";
        String now = "He said: we will win.\n";
        Reanchorer r = new Reanchorer(old, now);
        List<Placement> both = r.placeGroup(List.of(spanOf(old, "we will win"), spanOf(old, "unless it rains")));
        assertEquals(List.of(Outcome.GONE, Outcome.GONE), both.stream().map(Placement::outcome).toList());
        assertEquals(List.of(spanOf(now, "we will win")), both.get(0).candidates(), "the piece that was found is offered");
        List<Placement> kept = r.placeGroup(List.of(new Span(0, 2), spanOf(old, "we will win")));
        assertTrue(kept.stream().allMatch(p -> p.outcome() == Outcome.KEPT));
    }

    @Test
    void aRewrittenLongArticleStillFindsTagsByQuote() {
        StringBuilder old = new StringBuilder();
        StringBuilder now = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            old.append("Old sentence number ").append(i).append(" about nothing. ");
            now.append("New wording ").append(i).append(" says other things. ");
        }
        old.append("The key quote is here.");
        now.insert(0, "The key quote is here. ");
        Placement p = place(old.toString(), now.toString(), "The key quote is here.");
        assertEquals(Outcome.MOVED, p.outcome());
        assertEquals(new Span(0, "The key quote is here.".length()), p.span());
    }
}
