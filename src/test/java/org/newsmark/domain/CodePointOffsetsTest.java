package org.newsmark.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
