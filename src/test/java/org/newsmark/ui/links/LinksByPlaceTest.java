package org.newsmark.ui.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Link;
import org.newsmark.domain.Span;

class LinksByPlaceTest {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void findsTheLinksWhoseTwoEndsBeginInTheStretchInTheOrderOfAllLinks() {
        Random r = new Random(5);
        Map<Long, Annotation> tags = new HashMap<>();
        for (long id = 1; id <= 400; id++) {
            int b = r.nextInt(10_000);
            tags.put(id, new Annotation(id, 1, 1, 1, new Span(b, b + 1 + r.nextInt(80)), "", null, T, T));
        }
        List<Link> links = new ArrayList<>();
        for (long id = 1; id <= 600; id++) {
            // some ends are not shown (ids over 400): those links are never drawn
            links.add(new Link(id, 1, 1, 1, 1 + r.nextInt(420), 1 + r.nextInt(420), T));
        }
        LinksByPlace places = new LinksByPlace();
        places.rebuild(links, tags);
        for (int i = 0; i < 300; i++) {
            int from = r.nextInt(10_500) - 200;
            int to = from + r.nextInt(3_000);
            List<Long> expected = new ArrayList<>();
            for (Link l : links) {
                Annotation a = tags.get(l.fromTagId());
                Annotation b = tags.get(l.toTagId());
                if (a != null && b != null && a.begin() >= from && a.begin() < to && b.begin() >= from && b.begin() < to) {
                    expected.add(l.id());
                }
            }
            assertEquals(expected, places.between(from, to).stream().map(p -> p.link().id()).toList(), from + ".." + to);
        }
    }

    /** One tag or link changed at a time gives what a rebuild over all links gives. */
    @Test
    void singleChangesKeepTheSamePlacesAsARebuild() {
        Random r = new Random(18);
        Map<Long, Annotation> tags = new HashMap<>();
        for (long id = 1; id <= 300; id++) {
            tags.put(id, tag(id, r.nextInt(5_000)));
        }
        Map<Long, Link> links = new java.util.TreeMap<>();
        for (long id = 1; id <= 400; id++) {
            links.put(id, new Link(id, 1, 1, 1, 1 + r.nextInt(320), 1 + r.nextInt(320), T));
        }
        LinksByPlace kept = new LinksByPlace();
        kept.rebuild(links.values(), tags);
        long nextLink = 401;
        for (int step = 0; step < 2_000; step++) {
            switch (r.nextInt(4)) {
                case 0 -> { // a tag moved or relabelled: its links are placed again
                    long id = 1 + r.nextInt(300);
                    tags.put(id, tag(id, r.nextInt(5_000)));
                    links.values().stream().filter(l -> l.touches(id)).forEach(l -> kept.place(l, tags));
                }
                case 1 -> { // a tag deleted (or back by undo): its links leave the places (or return)
                    long id = 1 + r.nextInt(300);
                    if (tags.remove(id) != null) {
                        links.values().stream().filter(l -> l.touches(id)).forEach(l -> kept.remove(l.id()));
                    } else {
                        tags.put(id, tag(id, r.nextInt(5_000)));
                        links.values().stream().filter(l -> l.touches(id)).forEach(l -> kept.place(l, tags));
                    }
                }
                case 2 -> {
                    Link l = new Link(nextLink++, 1, 1, 1, 1 + r.nextInt(320), 1 + r.nextInt(320), T);
                    links.put(l.id(), l);
                    kept.place(l, tags);
                }
                default -> {
                    long id = 1 + r.nextInt((int) nextLink - 1);
                    links.remove(id);
                    kept.remove(id);
                }
            }
            LinksByPlace fresh = new LinksByPlace();
            fresh.rebuild(links.values(), tags);
            int from = r.nextInt(5_200) - 100;
            int to = from + r.nextInt(2_000);
            assertEquals(ids(fresh.between(from, to)), ids(kept.between(from, to)), "step " + step + ", " + from + ".." + to);
        }
        LinksByPlace fresh = new LinksByPlace();
        fresh.rebuild(links.values(), tags);
        assertEquals(ids(fresh.between(-1, 6_000)), ids(kept.between(-1, 6_000)));
    }

    private static Annotation tag(long id, int begin) {
        return new Annotation(id, 1, 1, 1, new Span(begin, begin + 1 + (int) (id % 70)), "", null, T, T);
    }

    private static List<Long> ids(List<LinksByPlace.Placed> placed) {
        return placed.stream().map(p -> p.link().id()).toList();
    }

    @Test
    void aRebuildSeesMovedEnds() {
        Map<Long, Annotation> tags = new HashMap<>();
        tags.put(1L, new Annotation(1, 1, 1, 1, new Span(10, 20), "", null, T, T));
        tags.put(2L, new Annotation(2, 1, 1, 1, new Span(30, 40), "", null, T, T));
        List<Link> links = List.of(new Link(7, 1, 1, 1, 1, 2, T));
        LinksByPlace places = new LinksByPlace();
        places.rebuild(links, tags);
        assertEquals(1, places.between(0, 50).size());
        tags.put(2L, new Annotation(2, 1, 1, 1, new Span(300, 310), "", null, T, T));
        places.rebuild(links, tags);
        assertEquals(0, places.between(0, 50).size());
        assertEquals(1, places.between(0, 301).size());
    }
}
