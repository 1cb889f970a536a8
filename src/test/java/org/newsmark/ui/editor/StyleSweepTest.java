package org.newsmark.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

/**
 * The boundary sweep against the obvious per-character answer: every character of {@code [from,
 * to)} gets the look of exactly the spans covering it, the runs add up to {@code to - from}, and
 * uncovered text is {@link SpanLook#NONE}.
 */
class StyleSweepTest {

    /** A span to style; {@code name} is what the look shows. */
    record S(String name, int begin, int end) {
    }

    /** The look of a run: the names of the spans over it, sorted, as classes (so order never matters). */
    private static SpanLook look(List<S> active) {
        assertFalse(active.isEmpty(), "look is only asked for covered text");
        return SpanLook.ofClasses(active.stream().map(S::name).sorted().toArray(String[]::new));
    }

    private static StyleSpans<SpanLook> sweep(int from, int to, List<S> spans) {
        List<S> overlapping = spans.stream().filter(s -> s.begin() < to && s.end() > from)
                .sorted(Comparator.comparingInt(S::begin)).toList();
        return StyleSweep.build(from, to, overlapping, S::begin, S::end, StyleSweepTest::look);
    }

    /** One look per character, from the style spans. */
    private static List<SpanLook> perCharacter(StyleSpans<SpanLook> styles) {
        List<SpanLook> out = new ArrayList<>();
        for (StyleSpan<SpanLook> s : styles) {
            assertTrue(s.getLength() > 0, "no empty runs");
            for (int i = 0; i < s.getLength(); i++) {
                out.add(s.getStyle());
            }
        }
        return out;
    }

    /** The brute-force answer: for each character, the spans that cover it. */
    private static List<SpanLook> expected(int from, int to, List<S> spans) {
        List<SpanLook> out = new ArrayList<>();
        for (int c = from; c < to; c++) {
            int at = c;
            List<S> covering = spans.stream().filter(s -> s.begin() <= at && at < s.end()).toList();
            out.add(covering.isEmpty() ? SpanLook.NONE : look(covering));
        }
        return out;
    }

    private static void check(int from, int to, List<S> spans) {
        StyleSpans<SpanLook> styles = sweep(from, to, spans);
        assertEquals(to - from, styles.length(), "the runs cover the range exactly");
        int sum = 0;
        for (StyleSpan<SpanLook> s : styles) {
            sum += s.getLength();
        }
        assertEquals(to - from, sum);
        assertEquals(expected(from, to, spans), perCharacter(styles), "range [" + from + "," + to + ") over " + spans);
    }

    private static SpanLook classes(String... names) {
        return SpanLook.ofClasses(names);
    }

    @Test
    void anEmptyListIsOneUnstyledRun() {
        StyleSpans<SpanLook> styles = sweep(5, 17, List.of());
        assertEquals(1, styles.getSpanCount());
        assertEquals(SpanLook.NONE, styles.getStyleSpan(0).getStyle());
        assertEquals(12, styles.length());
    }

    @Test
    void overlappingSpansSplitIntoRunsAtEveryBoundary() {
        // a [2,8) and b [5,12) overlap on [5,8)
        StyleSpans<SpanLook> styles = sweep(0, 15, List.of(new S("a", 2, 8), new S("b", 5, 12)));
        List<StyleSpan<SpanLook>> runs = new ArrayList<>();
        styles.forEach(runs::add);
        assertEquals(List.of(
                new StyleSpan<>(SpanLook.NONE, 2),
                new StyleSpan<>(classes("a"), 3),
                new StyleSpan<>(classes("a", "b"), 3),
                new StyleSpan<>(classes("b"), 4),
                new StyleSpan<>(SpanLook.NONE, 3)), runs);
    }

    @Test
    void nestedSpansAndSpansSharingBoundaries() {
        check(0, 30, List.of(new S("outer", 0, 30), new S("mid", 5, 25), new S("inner", 10, 12)));
        // same begin, same end, adjacent (one ends where the next begins), identical twins
        check(0, 20, List.of(new S("a", 3, 9), new S("b", 3, 6), new S("c", 6, 9), new S("d", 9, 14), new S("e", 9, 14)));
        StyleSpans<SpanLook> adjacent = sweep(0, 10, List.of(new S("a", 2, 5), new S("b", 5, 8)));
        assertEquals(classes("a"), adjacent.getStyleSpan(1).getStyle());
        assertEquals(3, adjacent.getStyleSpan(1).getLength(), "a ends where b begins: no character has both");
        assertEquals(classes("b"), adjacent.getStyleSpan(2).getStyle());
    }

    @Test
    void boundariesExactlyAtFromAndTo() {
        // spans beginning at from and ending at to; a span ending at from and one beginning at to are outside
        check(10, 20, List.of(new S("starts", 10, 14), new S("ends", 16, 20), new S("whole", 10, 20)));
        StyleSpans<SpanLook> exact = sweep(10, 20, List.of(new S("whole", 10, 20)));
        assertEquals(1, exact.getSpanCount());
        assertEquals(classes("whole"), exact.getStyleSpan(0).getStyle());
        StyleSpans<SpanLook> outside = sweep(10, 20, List.of(new S("before", 4, 10), new S("after", 20, 25)));
        assertEquals(1, outside.getSpanCount());
        assertEquals(SpanLook.NONE, outside.getStyleSpan(0).getStyle());
    }

    @Test
    void spansCrossingTheRangeAreClippedToIt() {
        StyleSpans<SpanLook> styles = sweep(10, 20, List.of(new S("left", 0, 13), new S("right", 18, 40), new S("all", 0, 99)));
        List<StyleSpan<SpanLook>> runs = new ArrayList<>();
        styles.forEach(runs::add);
        assertEquals(List.of(
                new StyleSpan<>(classes("all", "left"), 3),
                new StyleSpan<>(classes("all"), 5),
                new StyleSpan<>(classes("all", "right"), 2)), runs);
        assertEquals(10, styles.length());
    }

    @Test
    void randomSpansMatchTheBruteForceAnswer() {
        Random random = new Random(20261201);
        for (int round = 0; round < 400; round++) {
            int textLength = 1 + random.nextInt(120);
            List<S> spans = new ArrayList<>();
            int n = random.nextInt(25);
            for (int i = 0; i < n; i++) {
                int b = random.nextInt(textLength);
                int e = b + 1 + random.nextInt(Math.min(textLength - b, 1 + random.nextInt(40)));
                spans.add(new S("s" + i, b, e));
            }
            int from = random.nextInt(textLength);
            int to = from + 1 + random.nextInt(textLength - from);
            check(from, to, spans);
        }
    }
}
