package org.newsmark.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;

/**
 * The one list of shown tags: every committed change keeps it in text order with the right count
 * per label, reaches listeners as ONE change event that describes exactly what happened, and a
 * change to a tag the list does not know falls back to a sorted rebuild.
 */
class ShownTagsTest {

    private static final Label CLAIM = new Label(1, "claim", "#E69F00", "1", "");
    private static final Label STAT = new Label(2, "statistic", "#56B4E9", "2", "");
    private static final Label FRAME = new Label(3, "framing", "#CC79A7", "3", "");
    private static final List<Label> LABELS = List.of(CLAIM, STAT, FRAME);
    private static final Comparator<Annotation> TEXT_ORDER = (x, y) -> x.span().compareTo(y.span());

    private ShownTags shown;
    private final List<Recorded> events = new ArrayList<>();
    private long nextId = 1;

    /** One change event: its sub-changes, and the list as it was before it (to replay the change on). */
    private record Recorded(List<String> kinds, List<Annotation> after, List<Annotation> replayed) {
    }

    private List<Annotation> previous = List.of();

    @BeforeEach
    void setUp() {
        shown = new ShownTags();
        shown.list().addListener((ListChangeListener<Annotation>) c -> {
            List<String> kinds = new ArrayList<>();
            List<Annotation> replay = new ArrayList<>(previous);
            while (c.next()) {
                // apply the sub-change to the old list: removed at getFrom, then added at getFrom
                for (int i = 0; i < c.getRemovedSize(); i++) {
                    replay.remove(c.getFrom());
                }
                replay.addAll(c.getFrom(), c.getAddedSubList());
                kinds.add(c.wasReplaced() ? "replaced" : c.wasAdded() ? "added" : c.wasRemoved() ? "removed" : "other");
            }
            previous = List.copyOf(c.getList());
            events.add(new Recorded(kinds, previous, replay));
        });
    }

    private Annotation tag(Label label, int begin, int end) {
        return new Annotation(nextId++, 1, 1, label.id(), new Span(begin, end), "", null, Instant.EPOCH, Instant.EPOCH);
    }

    private void setAll(List<Annotation> tags) {
        shown.setAll(tags);
        events.clear();
    }

    /** The list is in text order and holds exactly {@code expected}; the counts match them. */
    private void assertShows(List<Annotation> expected) {
        List<Annotation> sorted = new ArrayList<>(expected);
        sorted.sort(TEXT_ORDER);
        List<Annotation> actual = List.copyOf(shown.list());
        for (int i = 1; i < actual.size(); i++) {
            int at = i;
            assertTrue(TEXT_ORDER.compare(actual.get(i - 1), actual.get(i)) <= 0, () -> "text order at " + at + ": " + actual);
        }
        assertEquals(sorted.stream().map(Annotation::span).toList(), actual.stream().map(Annotation::span).toList());
        assertEquals(new java.util.HashSet<>(expected), new java.util.HashSet<>(actual));
        Map<Long, Long> counts = new HashMap<>();
        expected.forEach(a -> counts.merge(a.labelId(), 1L, Long::sum));
        for (Label l : LABELS) {
            assertEquals(counts.getOrDefault(l.id(), 0L), shown.count(l.id()), l.name());
        }
    }

    /** Exactly one change event, of these sub-change kinds, that turns the old list into the new one. */
    private void assertOneChange(List<String> kinds) {
        assertEquals(1, events.size(), "change events: " + events);
        Recorded e = events.get(0);
        assertEquals(kinds, e.kinds());
        assertEquals(e.after(), e.replayed(), "the change describes exactly what happened");
        events.clear();
    }

    @Test
    void aRelabelIsOneReplacementInPlaceAndMovesOneCount() {
        Annotation a = tag(CLAIM, 0, 5);
        Annotation b = tag(CLAIM, 10, 20);
        Annotation c = tag(STAT, 30, 35);
        setAll(List.of(a, b, c));
        assertEquals("claim 2  ·  statistic 1  ·  framing 0", shown.countsText(LABELS));

        Annotation relabelled = b.withLabel(FRAME.id(), Instant.EPOCH);
        shown.apply(b, relabelled);
        assertOneChange(List.of("replaced"));
        assertEquals(List.of(a, relabelled, c), shown.list());
        assertEquals("claim 1  ·  statistic 1  ·  framing 1", shown.countsText(LABELS));
    }

    @Test
    void aResizeThatMovesTheTagFarIsStillOneChangeEvent() {
        List<Annotation> tags = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            tags.add(tag(i % 2 == 0 ? CLAIM : STAT, i * 10, i * 10 + 5));
        }
        setAll(tags);
        Annotation first = tags.get(0);
        Annotation moved = first.withSpan(new Span(455, 458), Instant.EPOCH);
        shown.apply(first, moved);
        assertEquals(1, events.size(), "one event however far it moved");
        assertTrue(events.get(0).kinds().size() <= 2, "at most a removal and an addition: " + events.get(0).kinds());
        assertEquals(events.get(0).after(), events.get(0).replayed());
        events.clear();
        assertEquals(45, shown.list().indexOf(moved), "after [450,455), before [460,465): the 45th of the others");
        tags.set(0, moved);
        assertShows(tags);

        Annotation grown = moved.withSpan(new Span(455, 459), Instant.EPOCH);
        shown.apply(moved, grown);
        assertOneChange(List.of("replaced"));
        tags.set(0, grown);
        assertShows(tags);
    }

    @Test
    void addsAndDeletesAreOneChangeEachAndKeepCounts() {
        Annotation a = tag(CLAIM, 10, 20);
        setAll(List.of(a));
        Annotation b = tag(STAT, 0, 3);
        shown.apply(null, b);
        assertOneChange(List.of("added"));
        assertEquals(List.of(b, a), shown.list());
        shown.apply(a, null);
        assertOneChange(List.of("removed"));
        assertShows(List.of(b));
        assertEquals("claim 0  ·  statistic 1  ·  framing 0", shown.countsText(LABELS));
    }

    @Test
    void tagsOnTheSameSpanAreFoundByTheirId() {
        Annotation a = tag(CLAIM, 5, 10);
        Annotation b = tag(STAT, 5, 10);
        Annotation c = tag(FRAME, 5, 10);
        setAll(List.of(a, b, c));
        Annotation noted = b.withNote("check", Instant.EPOCH);
        shown.apply(b, noted);
        assertOneChange(List.of("replaced"));
        assertEquals(List.of(a, noted, c), shown.list(), "the one with b's id changed, in place");
    }

    @Test
    void randomEditsKeepTextOrderAndCounts() {
        Random random = new Random(7);
        List<Annotation> model = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int b = random.nextInt(500);
            model.add(tag(LABELS.get(random.nextInt(3)), b, b + 1 + random.nextInt(30)));
        }
        model.sort(TEXT_ORDER);
        setAll(model);
        for (int step = 0; step < 600; step++) {
            int op = random.nextInt(4);
            if (op == 0 || model.isEmpty()) {
                int b = random.nextInt(500);
                Annotation fresh = tag(LABELS.get(random.nextInt(3)), b, b + 1 + random.nextInt(30));
                model.add(fresh);
                shown.apply(null, fresh);
            } else {
                int i = random.nextInt(model.size());
                Annotation old = model.get(i);
                Annotation changed = switch (op) {
                    case 1 -> null;
                    case 2 -> old.withLabel(LABELS.get(random.nextInt(3)).id(), Instant.EPOCH);
                    default -> {
                        int b = random.nextInt(500);
                        yield old.withSpan(new Span(b, b + 1 + random.nextInt(30)), Instant.EPOCH);
                    }
                };
                if (changed == null) {
                    model.remove(i);
                } else {
                    model.set(i, changed);
                }
                shown.apply(old, changed);
            }
            assertEquals(1, events.size(), "step " + step + ": one change event");
            assertEquals(events.get(0).after(), events.get(0).replayed(), "step " + step);
            events.clear();
            assertShows(model);
        }
    }

    @Test
    void aTagTheListDoesNotKnowFallsBackToASortedRebuild() {
        Annotation a = tag(CLAIM, 0, 5);
        Annotation b = tag(STAT, 20, 25);
        Annotation c = tag(STAT, 40, 45);
        setAll(List.of(a, b, c));
        Annotation stranger = tag(FRAME, 30, 33);
        Annotation strangerMoved = stranger.withSpan(new Span(10, 12), Instant.EPOCH);
        shown.apply(stranger, strangerMoved);
        assertEquals(List.of(a, strangerMoved, b, c), shown.list(), "rebuilt in text order, with the tag as it became");
        assertEquals("claim 1  ·  statistic 2  ·  framing 1", shown.countsText(LABELS), "counts from the rebuilt list");

        Annotation ghost = tag(CLAIM, 50, 55);
        shown.apply(ghost, null);
        assertShows(List.of(a, strangerMoved, b, c));
    }
}
