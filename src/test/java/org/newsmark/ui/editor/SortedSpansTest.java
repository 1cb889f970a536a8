package org.newsmark.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Span;

/**
 * "Which tags overlap this range" against a brute-force filter, over random tags (seeded), while
 * tags are added and removed and the index is told so; and that the scan stays short once the
 * longest tag is gone.
 */
class SortedSpansTest {

    private static final Comparator<Annotation> TEXT_ORDER = (x, y) -> x.span().compareTo(y.span());
    private long nextId = 1;

    private Annotation tag(int begin, int end) {
        return new Annotation(nextId++, 1, 1, 1, new Span(begin, end), "", null, Instant.EPOCH, Instant.EPOCH);
    }

    private static List<Annotation> bruteForce(List<Annotation> all, int from, int to) {
        return all.stream().filter(a -> a.begin() < to && a.end() > from).toList();
    }

    /** Inserts in text order, as the view-model's shown list does. */
    private static void insertSorted(List<Annotation> list, Annotation a) {
        int at = 0;
        while (at < list.size() && TEXT_ORDER.compare(list.get(at), a) <= 0) {
            at++;
        }
        list.add(at, a);
    }

    /** A list that counts how many elements were read: the work a query does. */
    private static final class CountingList extends AbstractList<Annotation> {
        final List<Annotation> items = new ArrayList<>();
        int reads;

        @Override
        public Annotation get(int index) {
            reads++;
            return items.get(index);
        }

        @Override
        public int size() {
            return items.size();
        }
    }

    @Test
    void overlappingEqualsABruteForceFilterWhileTagsComeAndGo() {
        Random random = new Random(42);
        int textLength = 2_000;
        List<Annotation> shown = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int b = random.nextInt(textLength - 1);
            insertSorted(shown, tag(b, b + 1 + random.nextInt(Math.min(60, textLength - b - 1) + 1)));
        }
        SortedSpans index = new SortedSpans(shown);
        for (int step = 0; step < 1_500; step++) {
            int op = random.nextInt(10);
            if (op < 3) {
                int b = random.nextInt(textLength - 1);
                // now and then a long one, which widens how far back a query must look
                int len = random.nextInt(20) == 0 ? 1 + random.nextInt(textLength - b) : 1 + random.nextInt(Math.min(30, textLength - b));
                Annotation a = tag(b, Math.min(textLength, b + len));
                insertSorted(shown, a);
                index.added(List.of(a));
            } else if (op < 6 && !shown.isEmpty()) {
                Annotation gone = shown.remove(random.nextInt(shown.size()));
                index.removed(List.of(gone));
            }
            int from = random.nextInt(textLength);
            int to = from + 1 + random.nextInt(Math.min(80, textLength - from));
            assertEquals(bruteForce(shown, from, to), index.overlapping(from, to),
                    "step " + step + ": [" + from + "," + to + ")");
            int at = random.nextInt(textLength);
            assertEquals(bruteForce(shown, at, at + 1), index.overlapping(at, at + 1), "tags at " + at);
        }
    }

    @Test
    void aLongTagAddedLaterIsFoundFarFromWhereItBegins() {
        List<Annotation> shown = new ArrayList<>();
        for (int b = 0; b < 1_000; b += 10) {
            shown.add(tag(b, b + 3));
        }
        SortedSpans index = new SortedSpans(shown);
        Annotation longOne = tag(1, 995);
        insertSorted(shown, longOne);
        index.added(List.of(longOne));
        assertEquals(List.of(longOne), index.overlapping(993, 995), "only the long tag reaches 993..995");
        assertEquals(bruteForce(shown, 500, 505), index.overlapping(500, 505));
    }

    @Test
    void removingTheLongestTagShortensTheScanAgain() {
        CountingList shown = new CountingList();
        for (int b = 0; b < 10_000; b += 10) {
            shown.items.add(tag(b, b + 5));
        }
        Annotation longOne = tag(3, 9_990);
        shown.items.add(1, longOne);
        SortedSpans index = new SortedSpans(shown);

        shown.reads = 0;
        assertEquals(List.of(longOne, shown.items.get(900)), index.overlapping(8_990, 8_992));
        assertTrue(shown.reads > 800, "with a tag 9,987 long the scan starts near the beginning: " + shown.reads);

        Annotation shortOne = shown.items.remove(500);
        shown.reads = 0;
        index.removed(List.of(shortOne));
        assertEquals(0, shown.reads, "removing a tag shorter than the longest needs no rescan");

        shown.items.remove(longOne);
        index.removed(List.of(longOne));
        shown.reads = 0;
        assertEquals(bruteForce(shown.items, 8_990, 8_992), index.overlapping(8_990, 8_992));
        assertTrue(shown.reads < 30, "after the longest went, a query reads O(log n + k) tags, not " + shown.reads);
    }

    @Test
    void anEmptyListAndRangesOutsideTheTags() {
        List<Annotation> shown = new ArrayList<>();
        SortedSpans index = new SortedSpans(shown);
        assertEquals(List.of(), index.overlapping(0, 100));
        Annotation a = tag(10, 20);
        shown.add(a);
        index.added(List.of(a));
        assertEquals(List.of(), index.overlapping(0, 10), "ends where the tag begins");
        assertEquals(List.of(), index.overlapping(20, 30), "begins where the tag ends");
        assertEquals(List.of(a), index.overlapping(19, 20));
        assertEquals(List.of(a), index.overlapping(0, 11));
    }
}
