package org.newsmark.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CodePointOffsetsTest {

    @Test
    void convertsAroundEmojiBothWays() {
        String t = "a😀b👍🏽c";
        CodePointOffsets o = new CodePointOffsets(t);
        assertEquals(t.codePointCount(0, t.length()), o.codePointLength());
        for (int cp = 0; cp <= o.codePointLength(); cp++) {
            int u = o.toUtf16(cp);
            assertEquals(t.offsetByCodePoints(0, cp), u);
            assertEquals(cp, o.toCodePoints(u));
        }
        assertThrows(IllegalArgumentException.class, () -> o.toCodePoints(2));
    }

    @Test
    void agreesWithTheJdkOnRandomText() {
        Random r = new Random(1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            sb.appendCodePoint(r.nextInt(4) == 0 ? 0x1F300 + r.nextInt(500) : 'a' + r.nextInt(26));
        }
        String t = sb.toString();
        CodePointOffsets o = new CodePointOffsets(t);
        for (int cp = 0; cp <= o.codePointLength(); cp += 7) {
            assertEquals(t.offsetByCodePoints(0, cp), o.toUtf16(cp));
        }
    }

    @Test
    void tellsAnIndexBetweenTheHalvesOfAPair() {
        CodePointOffsets o = new CodePointOffsets("a😀b\uD800");
        assertFalse(o.splitsSurrogatePair(0));
        assertFalse(o.splitsSurrogatePair(1));
        assertTrue(o.splitsSurrogatePair(2));
        assertFalse(o.splitsSurrogatePair(3));
        assertFalse(o.splitsSurrogatePair(5));
    }

    @Test
    void cutsToWholeCodePoints() {
        assertEquals("a😀", CodePointOffsets.firstCodePoints("a😀b", 2));
        String shortEnough = "a😀b";
        assertSame(shortEnough, CodePointOffsets.firstCodePoints(shortEnough, 3));
        assertEquals("", CodePointOffsets.firstCodePoints("😀", 0));
        assertEquals("😀😀…", CodePointOffsets.shortened("😀😀😀", 2));
        assertEquals("😀😀", CodePointOffsets.shortened("😀😀", 2));
    }
}
