package org.newsmark.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    @Test
    void wholeWordsCaseAndAccentsFoldedWithUtf16Spans() {
        String text = "😀 Café, CAFE and cafés; the café\u0301 too";
        List<Span> hits = new PhraseMatcher("cafe").find(text);
        assertEquals(List.of(new Span(3, 7), new Span(9, 13)), hits.subList(0, 2), "after an emoji: UTF-16 offsets");
        assertEquals(3, hits.size(), "not inside 'cafés'; a decomposed accent folds too");
        assertEquals("café\u0301", hits.get(2).textOf(text), "the combining mark belongs to the hit");
    }

    @Test
    void aPhraseSpansAnySeparatorAndKeepsItsOrder() {
        String text = "the new\nbridge, a bridge new; new — bridge";
        List<Span> hits = new PhraseMatcher("New Bridge").find(text);
        assertEquals(List.of("new\nbridge", "new — bridge"), hits.stream().map(s -> s.textOf(text)).toList());
    }

    @Test
    void queryPunctuationIsNotSyntax() {
        PhraseMatcher m = new PhraseMatcher("\"bridge\" AND (toll*)");
        assertEquals(List.of("bridge", "and", "toll"), m.words());
        assertTrue(new PhraseMatcher(" \"*\" ").isEmpty());
        assertEquals(List.of(), new PhraseMatcher("--").find("-- --"));
    }
}
