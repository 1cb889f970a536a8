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
