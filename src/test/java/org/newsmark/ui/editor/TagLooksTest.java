package org.newsmark.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;

/** The look of a character from the tags over it: background, underline, dashed underline; cached. */
class TagLooksTest {

    private static final Label CLAIM = new Label(1, "claim", "#E69F00", "1", "");
    private static final Label STAT = new Label(2, "statistic", "#56B4E9", "2", "");
    private static final Label FRAME = new Label(3, "framing", "#CC79A7", "3", "");

    private TagLooks looks;
    private long nextId = 1;

    @BeforeEach
    void setUp() {
        looks = new TagLooks();
        looks.setLabels(List.of(CLAIM, STAT, FRAME));
    }

    private Annotation tag(Label label, int begin, int end) {
        return new Annotation(nextId++, 1, 1, label.id(), new Span(begin, end), "", null, Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void oneTagPaintsItsLabelsTintAsBackgroundAndNoUnderline() {
        SpanLook look = looks.lookOf(List.of(tag(CLAIM, 0, 10)));
        assertEquals("-rtfx-background-color: #E69F0066;", look.css());
        assertEquals(List.of(), look.classes());
    }

    @Test
    void theShortestTagGivesTheBackgroundAnotherLabelTheUnderline() {
        Annotation longClaim = tag(CLAIM, 0, 40);
        Annotation shortStat = tag(STAT, 10, 15);
        SpanLook look = looks.lookOf(List.of(longClaim, shortStat));
        assertEquals("-rtfx-background-color: #56B4E966;-rtfx-underline-color: #E69F00;-rtfx-underline-width: 3;", look.css());
        assertSame(look, looks.lookOf(List.of(shortStat, longClaim)), "the order of the tags does not matter");
        assertFalse(look.css().contains("dash"));
    }

    @Test
    void twoTagsOfTheSameLabelNeedNoUnderline() {
        SpanLook look = looks.lookOf(List.of(tag(CLAIM, 0, 40), tag(CLAIM, 5, 9)));
        assertEquals("-rtfx-background-color: #E69F0066;", look.css());
    }

    @Test
    void aThirdLabelMakesTheUnderlineDashedInTheLongerTagsColour() {
        Annotation shortClaim = tag(CLAIM, 10, 12);
        Annotation midStat = tag(STAT, 5, 20);
        Annotation longFrame = tag(FRAME, 0, 50);
        SpanLook look = looks.lookOf(List.of(shortClaim, midStat, longFrame));
        assertTrue(look.css().startsWith("-rtfx-background-color: #E69F0066;"), look.css());
        assertTrue(look.css().contains("-rtfx-underline-color: #CC79A7;"), "the longest other tag underlines: " + look.css());
        assertTrue(look.css().contains("-rtfx-underline-dash-array: 6 3;"), look.css());
        List<Annotation> shuffled = new ArrayList<>(List.of(longFrame, shortClaim, midStat));
        for (int i = 0; i < 3; i++) {
            Collections.rotate(shuffled, 1);
            assertSame(look, looks.lookOf(shuffled), "any order: " + shuffled);
        }
    }

    @Test
    void looksAreCachedPerCombinationAndForgottenWhenTheColoursChange() {
        SpanLook first = looks.lookOf(List.of(tag(CLAIM, 0, 10), tag(STAT, 0, 30)));
        SpanLook again = looks.lookOf(List.of(tag(CLAIM, 100, 103), tag(STAT, 90, 200)));
        assertSame(first, again, "other tags, same labels in the same roles: the same instance");
        assertNotSame(first, looks.lookOf(List.of(tag(STAT, 0, 10), tag(CLAIM, 0, 30))), "roles swapped: another look");

        looks.setLabels(List.of(new Label(1, "claim", "#000000", "1", ""), STAT, FRAME));
        SpanLook recoloured = looks.lookOf(List.of(tag(CLAIM, 0, 10), tag(STAT, 0, 30)));
        assertNotSame(first, recoloured);
        assertEquals("-rtfx-background-color: #00000066;-rtfx-underline-color: #56B4E9;-rtfx-underline-width: 3;", recoloured.css());
    }

    @Test
    void aLabelNotInTheCodebookIsGrey() {
        SpanLook look = looks.lookOf(List.of(new Annotation(99, 1, 1, 77, new Span(0, 3), "", null, Instant.EPOCH, Instant.EPOCH)));
        assertEquals("-rtfx-background-color: #99999966;", look.css());
    }
}
