package org.newsmark.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextFinderTest {

    private static List<Span> hits(String text, FindQuery q) {
        return TextFinder.find(text, q).hits();
    }

    private static List<String> texts(String text, FindQuery q) {
        return hits(text, q).stream().map(s -> s.textOf(text)).toList();
    }

    @Test
    void plainTextIgnoresCaseUnlessAsked() {
        String t = "Mayor, mayor, MAYOR and the mayoral race";
        assertEquals(List.of(new Span(0, 5), new Span(7, 12), new Span(14, 19), new Span(28, 33)), hits(t, FindQuery.plain("mayor")));
        assertEquals(List.of(new Span(7, 12), new Span(28, 33)), hits(t, new FindQuery("mayor", true, false, false)));
    }

    @Test
    void caseIsFoldedBeyondAscii() {
        assertEquals(List.of("ÉTAT", "état"), texts("ÉTAT et état", FindQuery.plain("État")));
    }

    @Test
    void foldedPlainSearchFindsWhatACaseInsensitivePatternFinds() {
        String t = "İstanbul ıi Iİ ǅemal ǆ ǄAB Σίσυφος ΣΊΣΥΦΟΣ ς ﬁne 𐐀𐐨 ß SS straße 😀É";
        for (String q : List.of("i", "I", "ǆ", "σ", "ς", "Σίσυφος", "ﬁ", "𐐨", "ß", "ss", "é", "😀é", "İ")) {
            String quoted = java.util.regex.Pattern.quote(q);
            for (boolean whole : new boolean[] {false, true}) {
                assertEquals(hits(t, new FindQuery(quoted, false, whole, true)), hits(t, new FindQuery(q, false, whole, false)), q);
                assertEquals(hits(t, new FindQuery(quoted, true, whole, true)), hits(t, new FindQuery(q, true, whole, false)), q);
            }
        }
    }

    @Test
    void plainTextIsLiteralNotAPattern() {
        assertEquals(List.of(new Span(4, 8)), hits("40% (of) roads", FindQuery.plain("(of)")));
        assertEquals(List.of(), hits("40% of roads", FindQuery.plain("4.%")));
    }

    @Test
    void wholeWordSkipsHitsInsideWords() {
        String t = "mayor mayoral ex-mayor mayor_x mayor.";
        assertEquals(List.of(new Span(0, 5), new Span(17, 22), new Span(31, 36)), hits(t, new FindQuery("mayor", false, true, false)));
    }

    @Test
    void wholeWordFindsALaterHitInsideARejectedOne() {
        // the first "aa" is part of "aaa"; the search goes on inside it and finds the word after
        assertEquals(List.of(new Span(4, 6)), hits("aaa aa", new FindQuery("aa", false, true, false)));
    }

    @Test
    void aCombiningMarkAfterTheHitMakesItAnotherWord() {
        String t = "cafe\u0301 cafe";  // "café" spelt with a combining acute, then "cafe"
        assertEquals(List.of(new Span(6, 10)), hits(t, new FindQuery("cafe", false, true, false)));
        assertEquals(List.of(new Span(0, 4), new Span(6, 10)), hits(t, FindQuery.plain("cafe")));
        assertEquals(List.of(new Span(0, 5)), hits(t, new FindQuery("cafe\u0301", false, true, false)));
    }

    @Test
    void wordsOfOtherScriptsHaveBoundariesToo() {
        String t = "Москва и Москвы";
        assertEquals(List.of(new Span(0, 6)), hits(t, new FindQuery("москва", false, true, false)));
    }

    @Test
    void emojiAreCountedInUtf16UnitsAndNeverSplit() {
        String t = "😀 ok 😀ok";
        assertEquals(List.of(new Span(3, 5), new Span(8, 10)), hits(t, FindQuery.plain("ok")));
        // an emoji is no letter: "ok" right after it is a word; after an astral letter (math bold a) it is not
        assertEquals(List.of(new Span(3, 5), new Span(8, 10)), hits(t, new FindQuery("ok", false, true, false)));
        assertEquals(List.of(new Span(0, 2)), hits("ok \uD835\uDC1Aok", new FindQuery("ok", false, true, false)));
        assertEquals(List.of(new Span(0, 2), new Span(6, 8)), hits(t, FindQuery.plain("😀")));
        // a dot is one code point: the emoji whole
        assertEquals(List.of("😀o"), texts(t.substring(6), new FindQuery("^.o", false, false, true)));
        // half of a surrogate pair is not a hit
        assertEquals(List.of(), hits(t, new FindQuery("\\x{DE00}", true, false, true)));
    }

    @Test
    void crlfTextKeepsItsOffsetsAndLineAnchorsWork() {
        String t = "first line\r\nsecond line\r\nthird";
        assertEquals(List.of(new Span(6, 10), new Span(19, 23)), hits(t, FindQuery.plain("line")));
        assertEquals(List.of("line", "line"), texts(t, new FindQuery("line$", false, false, true)));
        assertEquals(List.of("second", "third"), texts(t, new FindQuery("^(s\\w+|t\\w+)", false, false, true)));
    }

    @Test
    void regexMatchesAreLeftmostAndDoNotOverlap() {
        assertEquals(List.of(new Span(0, 2), new Span(2, 4)), hits("aaaaa", new FindQuery("aa", false, false, true)));
        assertEquals(List.of(new Span(1, 4)), hits("banana", FindQuery.plain("ana")));
        assertEquals(List.of("12", "3"), texts("a12b3", new FindQuery("\\d+", false, false, true)));
    }

    @Test
    void zeroLengthMatchesAreSkipped() {
        assertEquals(List.of(new Span(1, 3)), hits("baab", new FindQuery("a*", false, false, true)));
        assertEquals(List.of(), hits("two words", new FindQuery("\\b", false, false, true)));
        assertEquals(List.of(), hits("two words", new FindQuery("(?=w)", false, false, true)));
    }

    @Test
    void regexCaseOption() {
        assertEquals(List.of("Roads", "roads"), texts("Roads and roads", new FindQuery("r\\w+s", false, false, true)));
        assertEquals(List.of("roads"), texts("Roads and roads", new FindQuery("r\\w+s", true, false, true)));
    }

    @Test
    void aRegexThatDoesNotCompileSaysWhere() {
        FindPatternException open = assertThrows(FindPatternException.class,
                () -> TextFinder.find("x", new FindQuery("(ab", false, false, true)));
        assertEquals("Unclosed group at the end of: (ab", open.getMessage());
        assertEquals("Unclosed group at the end", open.withoutPattern());
        FindPatternException dangling = assertThrows(FindPatternException.class,
                () -> TextFinder.find("x", new FindQuery("ab*+?", false, false, true)));
        assertTrue(dangling.getMessage().matches("Dangling meta character '\\?' at position 5 of: ab\\*\\+\\?"), dangling.getMessage());
        assertEquals("Dangling meta character '?' at position 5", dangling.withoutPattern());
        // the same text as plain text is fine
        assertEquals(List.of(), hits("x", FindQuery.plain("(ab")));
    }

    @Test
    void theLimitStopsTheSearchAndSaysSo() {
        String t = "ab ".repeat(10);
        FindResult limited = TextFinder.find(t, FindQuery.plain("ab"), 4, TaskControl.NONE);
        assertEquals(4, limited.size());
        assertTrue(limited.limitReached());
        FindResult exact = TextFinder.find(t, FindQuery.plain("ab"), 10, TaskControl.NONE);
        assertEquals(10, exact.size());
        assertFalse(exact.limitReached());
    }

    @Test
    void aRunawayExpressionIsStoppedByItsControl() {
        String t = "a".repeat(30) + "!";
        TaskControl stop = new TaskControl() {
            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(TaskControl.CancelledException.class,
                () -> TextFinder.find(t, new FindQuery("(.*a){12}b", false, false, true), 100, stop));
    }

    @Test
    void theHitsOfAStretchOfTextAreFoundByHalving() {
        FindResult r = TextFinder.find("ab ab ab ab", FindQuery.plain("ab"));
        assertEquals(0, r.firstAtOrAfter(0));
        assertEquals(1, r.firstAtOrAfter(1));
        assertEquals(1, r.firstAtOrAfter(3));
        assertEquals(4, r.firstAtOrAfter(10));
        assertEquals(List.of(new Span(3, 5), new Span(6, 8)), r.beginningIn(2, 7));
        assertEquals(List.of(), r.beginningIn(7, 2));
    }

    @Test
    void emptyQueryOrTextFindsNothing() {
        assertEquals(List.of(), hits("text", FindQuery.plain("")));
        assertEquals(List.of(), hits("", FindQuery.plain("x")));
    }
}
