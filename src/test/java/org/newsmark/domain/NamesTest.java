package org.newsmark.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamesTest {

    /** Real names and labels in many scripts, with the characters they need. */
    static final List<String> ACCEPTED = List.of(
            "Alex", "alex", "Jean-Luc O'Brien", "Zoë", "cafe\u0301 (combining acute)", "José García",
            "عربى", "עברית", "Сергей", "李小龍", "ผู้วิเคราะห์", "नमस्ते", "\uD83D\uDC69\u200D\uD83D\uDCBB analyst",
            "👨‍👩‍👧 family", "👍🏽", "❤️", "🫠 (Unicode 14 emoji)",
            "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F Scot", // 🏴 flag of Scotland
            "می\u200Cخواهم", // Persian with ZWNJ
            "Ana \u200F(RLM)", "Jean\u00A0Luc", "=SUM(A1)", "'); DROP TABLE analysts;--", "attributed opinion",
            "L".repeat(Names.MAX_CODE_POINTS), "😀".repeat(Names.MAX_CODE_POINTS));

    @Test
    void realNamesInAnyScriptAreAcceptedUnchanged() {
        for (String name : ACCEPTED) {
            assertEquals(Optional.empty(), Names.problem(name), name);
            assertEquals(name, Names.analyst(name));
            assertEquals(name, Names.label(name));
        }
    }

    @Test
    void namesAreStrippedOfWhiteSpaceIncludingNoBreakSpacesButKeepTheirCase() {
        assertEquals("Alex", Names.analyst("  Alex \t"));
        assertEquals("Alex", Names.analyst("\u00A0\u3000Alex\u2007\u202F\n"));
        assertEquals("alex", Names.analyst("alex "));
        assertEquals("Jean Luc", Names.label(" Jean Luc "));
    }

    @Test
    void emptyAndBlankNamesAreRefused() {
        for (String blank : new String[] {null, "", "   ", "\t\n", "\u00A0", "\u2028"}) {
            Names.InvalidNameException e = assertThrows(Names.InvalidNameException.class, () -> Names.analyst(blank));
            assertEquals("Analyst name is empty", e.getMessage());
            assertEquals("is empty", e.problem());
        }
        assertEquals("label is empty", assertThrows(Names.InvalidNameException.class, () -> Names.label(" "))
                .describe("label"));
    }

    @Test
    void controlCharactersAndLineBreaksInsideANameAreRefused() {
        assertProblem("Ana\u0007x", "holds the control character U+0007 BEL at position 4");
        assertProblem("a\u0000b", "holds the control character U+0000 NULL at position 2");
        assertProblem("two\nlines", "holds the control character U+000A LINE FEED (LF) at position 4");
        assertProblem("tab\there", "holds the control character U+0009 CHARACTER TABULATION at position 4");
        assertProblem("esc\u001b[31m", "holds the control character U+001B ESCAPE at position 4");
        assertProblem("del\u007f", "holds the control character U+007F DELETE at position 4");
        assertProblem("nel\u0085x", "holds the control character U+0085 NEXT LINE (NEL) at position 4");
        assertProblem("a\u2028b", "holds a line break (U+2028 LINE SEPARATOR) at position 2");
        assertProblem("a\u2029b", "holds a line break (U+2029 PARAGRAPH SEPARATOR) at position 2");
        assertProblem("Ana\u0000", "holds the control character U+0000 NULL at position 4"); // NUL is not white space
    }

    @Test
    void invisibleCharactersThatHideOrReorderTextAreRefused() {
        assertProblem("Ana\u202Exela", "holds the invisible character U+202E RIGHT-TO-LEFT OVERRIDE, "
                + "which can hide or reorder text at position 4");
        for (int cp : new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x2066, 0x2067, 0x2068, 0x2069, 0x200B, 0x2060,
                0xFEFF, 0xFFF9, 0xE0001}) {
            String name = "x" + Character.toString(cp) + "y";
            assertTrue(Names.problem(name).orElseThrow().startsWith("holds the invisible character"), name);
        }
        // tag characters spell hidden ASCII when they do not belong to a flag
        assertProblem("ok\uDB40\uDC68\uDB40\uDC69", "holds the invisible character U+E0068 TAG LATIN SMALL LETTER H, "
                + "which can hide or reorder text at position 3");
    }

    @Test
    void unpairedSurrogatesAndNoncharactersAreRefused() {
        assertProblem("a\uD83Db", "holds half a character (the unpaired surrogate U+D83D) at position 2");
        assertProblem("a\uDE00", "holds half a character (the unpaired surrogate U+DE00) at position 2");
        assertProblem("\uDE00\uD83D", "holds half a character (the unpaired surrogate U+DE00) at position 1");
        assertProblem("x\uFFFF", "holds the noncharacter U+FFFF at position 2");
        assertProblem("x\uFDD0", "holds the noncharacter U+FDD0 at position 2");
    }

    @Test
    void atMost200CodePoints() {
        assertProblem("L".repeat(201), "is 201 characters long; at most 200 are allowed");
        assertProblem("😀".repeat(201), "is 201 characters long; at most 200 are allowed");
        assertEquals("L".repeat(200), Names.analyst("  " + "L".repeat(200) + "  "), "counted after stripping");
        assertProblem("L".repeat(10_000), "is 10,000 characters long; at most 200 are allowed");
    }

    @Test
    void messagesQuoteTheNameSafelyAndShortly() {
        Names.InvalidNameException e = assertThrows(Names.InvalidNameException.class, () -> Names.analyst(" Ana\u202Eb "));
        assertEquals("Analyst name \"Ana<U+202E>b\" holds the invisible character U+202E RIGHT-TO-LEFT OVERRIDE, "
                + "which can hide or reorder text at position 4", e.getMessage());
        assertEquals("analyst \"Ana<U+202E>b\" holds the invisible character U+202E RIGHT-TO-LEFT OVERRIDE, "
                + "which can hide or reorder text at position 4", e.describe("analyst"));
        assertEquals(" Ana\u202Eb ", e.raw());
        String longOne = assertThrows(IllegalArgumentException.class, () -> Names.label("L".repeat(10_000))).getMessage();
        assertEquals("Label name \"" + "L".repeat(40) + "…\" is 10,000 characters long; at most 200 are allowed", longOne);
        assertEquals("\"a<U+0000>b<U+000A>\"", Names.shown("a\u0000b\n"));
        assertFalse(Names.isValid("a\u0000"));
        assertTrue(Names.isValid("a"));
    }

    private static void assertProblem(String name, String problem) {
        assertEquals(Optional.of(problem), Names.problem(name), name);
        assertThrows(Names.InvalidNameException.class, () -> Names.analyst(name));
        assertThrows(Names.InvalidNameException.class, () -> Names.label(name));
    }
}
