package org.newsmark.io.qdpx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RefiPositionsTest {

    /** a CR LF b 😀 c e + combining acute */
    private static final String TEXT = "a\r\nb😀ce\u0301";

    @Test
    void aCrlfAndAnEmojiEachCountOnceInCodePoints() {
        RefiPositions p = new RefiPositions(TEXT, RefiPositions.Unit.CODE_POINTS);
        assertEquals(7, p.length());
        int[] utf16 = {0, 1, 3, 4, 6, 7, 8, 9};
        int[] position = {0, 1, 2, 3, 4, 5, 6, 7};
        for (int i = 0; i < utf16.length; i++) {
            assertEquals(position[i], p.toPosition(utf16[i]), "position of " + utf16[i]);
            assertEquals(utf16[i], p.toUtf16(position[i]), "UTF-16 of " + position[i]);
        }
    }

    @Test
    void inUtf16OnlyTheCrlfCountsOnce() {
        RefiPositions p = new RefiPositions(TEXT, RefiPositions.Unit.UTF16);
        assertEquals(8, p.length());
        assertEquals(5, p.toUtf16(4));
        assertTrue(p.splitsSurrogatePair(5));
        assertFalse(p.splitsSurrogatePair(4));
    }

    @Test
    void anIndexInsideACrlfIsThePositionAfterIt() {
        RefiPositions p = new RefiPositions(TEXT, RefiPositions.Unit.CODE_POINTS);
        assertEquals(2, p.toPosition(2));
        assertEquals(3, p.toUtf16(2));
    }

    @Test
    void positionsOutsideTheTextAreRefused() {
        RefiPositions p = new RefiPositions(TEXT, RefiPositions.Unit.CODE_POINTS);
        assertEquals(-1, p.toUtf16(8));
        assertEquals(-1, p.toUtf16(-1));
    }
}
