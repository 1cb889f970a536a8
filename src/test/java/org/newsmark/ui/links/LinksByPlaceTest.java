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
