package org.newsmark.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;

/** Every label over a character shows: background, underline, box, then a striped underline; looks are cached. */
class TagLooksTest {

    static final Label CLAIM = new Label(1, "claim", "#E69F00", "1", "");
    static final Label STATISTIC = new Label(2, "statistic", "#56B4E9", "2", "");
    static final Label OPINION = new Label(3, "attributed opinion", "#009E73", "3", "");
    static final Label FRAMING = new Label(4, "framing", "#CC79A7", "4", "");
    static final Label SOURCE = new Label(5, "source", "#0072B2", "5", "");

    final TagLooks looks = new TagLooks();
    long ids;

    @BeforeEach
    void setUp() {
        looks.setLabels(List.of(CLAIM, STATISTIC, OPINION, FRAMING, SOURCE));
    }

    Annotation tag(Label l, int begin, int end) {
        return new Annotation(++ids, 1, 1, l.id(), new Span(begin, end), "", null, Instant.EPOCH, Instant.EPOCH);
    }

    /** property → colour of one look, e.g. "background" → "#009E7366". */
    static String get(SpanLook look, String property) {
        Matcher m = Pattern.compile("-rtfx-" + property + ": ([^;]+);").matcher(look.css());
        return m.find() ? m.group(1).trim() : null;
    }

    @Test
    void oneLabelPaintsTheBackgroundOnly() {
        List<SpanLook> l = looks.looksOf(List.of(tag(CLAIM, 0, 50), tag(CLAIM, 10, 20)));
        assertEquals(1, l.size());
        assertEquals("#E69F0066", get(l.get(0), "background-color"));
        assertEquals(null, get(l.get(0), "underline-color"), "the same label twice is one label");
        assertEquals(null, get(l.get(0), "border-stroke-color"));
    }

    @Test
    void twoLabelsTheInnermostIsTheBackgroundTheOtherUnderlines() {
        Annotation longClaim = tag(CLAIM, 0, 50);
        Annotation shortStat = tag(STATISTIC, 10, 20);
        List<SpanLook> l = looks.looksOf(List.of(longClaim, shortStat));
        assertEquals(1, l.size());
        assertEquals("-rtfx-background-color: #56B4E966;-rtfx-underline-color: #E69F00;-rtfx-underline-width: 3;", l.get(0).css());
        assertEquals(List.of(), l.get(0).classes());
        assertSame(l, looks.looksOf(List.of(shortStat, longClaim)), "the order of the tags does not matter");
    }

    @Test
    void threeLabelsEachHasItsOwnColourBackgroundUnderlineAndBox() {
        // the order of the list does not matter, only how far each tag reaches
        List<SpanLook> l = looks.looksOf(List.of(tag(STATISTIC, 5, 30), tag(CLAIM, 0, 50), tag(OPINION, 10, 20)));
        assertEquals(1, l.size(), "no stripes for three");
        SpanLook look = l.get(0);
        assertEquals("#009E7366", get(look, "background-color"), "innermost: background");
        assertEquals("#56B4E9", get(look, "underline-color"), "next: underline");
        assertEquals("#E69F00", get(look, "border-stroke-color"), "outermost: a box");
        assertFalse(look.css().contains("dash"), "nothing is left to guess from a dashed line");
    }

    @Test
    void fourAndFiveLabelsStripeTheUnderlineWithTheColoursLeft() {
        List<Annotation> four = List.of(tag(CLAIM, 0, 50), tag(STATISTIC, 5, 30), tag(OPINION, 8, 25), tag(FRAMING, 10, 20));
        List<SpanLook> l = looks.looksOf(four);
        assertEquals(2, l.size(), "the underline takes turns between the second and the fourth label");
        for (SpanLook look : l) {
            assertEquals("#CC79A766", get(look, "background-color"));
            assertEquals("#56B4E9", get(look, "border-stroke-color"));
        }
        assertEquals(List.of("#009E73", "#E69F00"), l.stream().map(x -> get(x, "underline-color")).toList());

        List<Annotation> five = new ArrayList<>(four);
        five.add(tag(SOURCE, 0, 60));
        List<String> underlines = looks.looksOf(five).stream().map(x -> get(x, "underline-color")).toList();
        assertEquals(List.of("#009E73", "#E69F00", "#0072B2"), underlines);
    }

    @Test
    void equalLengthsAreRankedInCodebookOrderSoTheLookIsStable() {
        List<SpanLook> a = looks.looksOf(List.of(tag(FRAMING, 0, 10), tag(CLAIM, 0, 10)));
        List<SpanLook> b = looks.looksOf(List.of(tag(CLAIM, 0, 10), tag(FRAMING, 0, 10)));
        assertEquals(a, b);
        assertEquals("#E69F0066", get(a.get(0), "background-color"));
    }

    @Test
    void looksAreCachedPerCombinationAndForgottenWhenTheColoursChange() {
        List<SpanLook> first = looks.looksOf(List.of(tag(CLAIM, 0, 10), tag(STATISTIC, 0, 30)));
        List<SpanLook> again = looks.looksOf(List.of(tag(CLAIM, 100, 103), tag(STATISTIC, 90, 200)));
        assertSame(first, again, "other tags, same labels in the same roles: the same instance");
        assertNotSame(first, looks.looksOf(List.of(tag(STATISTIC, 0, 10), tag(CLAIM, 0, 30))), "roles swapped: another look");

        looks.setLabels(List.of(new Label(1, "claim", "#000000", "1", ""), STATISTIC, OPINION, FRAMING, SOURCE));
        List<SpanLook> recoloured = looks.looksOf(List.of(tag(CLAIM, 0, 10), tag(STATISTIC, 0, 30)));
        assertNotSame(first, recoloured);
        assertEquals("-rtfx-background-color: #00000066;-rtfx-underline-color: #56B4E9;-rtfx-underline-width: 3;",
                recoloured.get(0).css());
    }

    @Test
    void aLabelNotInTheCodebookIsGrey() {
        List<SpanLook> l = looks.looksOf(List.of(new Annotation(99, 1, 1, 77, new Span(0, 3), "", null, Instant.EPOCH, Instant.EPOCH)));
        assertEquals("-rtfx-background-color: #99999966;", l.get(0).css());
    }

    @Test
    void stripesAreOneStyleSpansAndFollowTheTextNotTheRestyledRange() {
        List<Annotation> four = List.of(tag(CLAIM, 0, 50), tag(STATISTIC, 0, 40), tag(OPINION, 0, 30), tag(FRAMING, 0, 20));
        StyleSpans<SpanLook> whole = StyleSweep.buildStriped(0, 60, four, Annotation::begin, Annotation::end,
                looks::looksOf, TagLooks.STRIPE);
        StyleSpans<SpanLook> part = StyleSweep.buildStriped(7, 60, four, Annotation::begin, Annotation::end,
                looks::looksOf, TagLooks.STRIPE);
        assertEquals(60, whole.length());
        for (int i = 7; i < 60; i++) {
            assertEquals(styleAt(whole, i), styleAt(part, i - 7), "character " + i);
        }
        List<String> first = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            first.add(get(styleAt(whole, i), "underline-color"));
        }
        assertEquals(List.of("#009E73", "#009E73", "#E69F00", "#E69F00", "#009E73", "#009E73"), first,
                "two characters of each colour in turn");
        assertTrue(styleAt(whole, 55).css().isEmpty(), "untagged text is plain");
    }

    static SpanLook styleAt(StyleSpans<SpanLook> spans, int offset) {
        int pos = 0;
        for (StyleSpan<SpanLook> s : spans) {
            if (offset < pos + s.getLength()) {
                return s.getStyle();
            }
            pos += s.getLength();
        }
        throw new IndexOutOfBoundsException(offset);
    }
}
