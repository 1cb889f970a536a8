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

    @Test
    void crlfTwiceCountsEachCrlfAsTwoOverTheLfText() {
        RefiPositions p = RefiPositions.crlfTwice(TEXT, RefiPositions.Unit.CODE_POINTS);
        assertEquals("a\nb😀ce\u0301", p.text());
        assertEquals(8, p.length());
        // a=0, CR=1, LF=2, b=3, 😀=4, c=5, e=6, acute=7, end=8; LF text: a=0 \n=1 b=2 😀=3,4 c=5 e=6 acute=7
        int[] position = {0, 1, 3, 4, 5, 6, 7, 8};
        int[] utf16 = {0, 1, 2, 3, 5, 6, 7, 8};
        for (int i = 0; i < utf16.length; i++) {
            assertEquals(position[i], p.toPosition(utf16[i]), "position of " + utf16[i]);
            assertEquals(utf16[i], p.toUtf16(position[i]), "UTF-16 of " + position[i]);
        }
        assertEquals(2, p.toUtf16(2), "between CR and LF is read as after the line break");
        assertEquals(-1, p.toUtf16(9));
    }

    @Test
    void crlfTwiceInUtf16IsTheIndexIntoTheFilesText() {
        String file = "Caf\u00e9 e\u0301 😀\r\nline\rtwo\r\n\r\n😀 end";
        RefiPositions p = RefiPositions.crlfTwice(file, RefiPositions.Unit.UTF16);
        assertEquals(file.replace("\r\n", "\n").replace('\r', '\n'), p.text());
        assertEquals(file.length(), p.length());
        int lf = 0;
        for (int i = 0; i <= file.length(); i++) {
            boolean insideCrlf = i > 0 && file.charAt(i - 1) == '\r' && i < file.length() && file.charAt(i) == '\n';
            if (!insideCrlf) {
                assertEquals(lf, p.toUtf16(i), "file index " + i);
                assertEquals(i, p.toPosition(lf), "LF index " + lf);
            }
            if (i < file.length() && !insideCrlf) {
                lf++;
            }
        }
        assertTrue(p.splitsSurrogatePair(p.toUtf16(file.indexOf("😀") + 1)));
    }

    @Test
    void crlfTwiceWithoutCrlfIsThePlainCount() {
        String text = "no breaks 😀 here\n";
        for (RefiPositions.Unit unit : RefiPositions.Unit.values()) {
            RefiPositions a = new RefiPositions(text, unit);
            RefiPositions b = RefiPositions.crlfTwice(text, unit);
            assertEquals(a.length(), b.length());
            for (int i = 0; i <= a.length(); i++) {
                assertEquals(a.toUtf16(i), b.toUtf16(i), unit + " position " + i);
            }
        }
    }

    @Test
    void nvivoIsTheOriginThatCountsACrlfTwice() {
        assertTrue(RefiPositions.countsCrlfTwice("NVivo 14"));
        assertTrue(RefiPositions.countsCrlfTwice("NVivo for Windows 12.6"));
        assertTrue(RefiPositions.countsCrlfTwice(" nvivo 12 For Mac"));
        assertFalse(RefiPositions.countsCrlfTwice("MAXQDA 2022 (Release 22.8.0)"));
        assertFalse(RefiPositions.countsCrlfTwice("ATLAS.ti 23.2.1"));
        assertFalse(RefiPositions.countsCrlfTwice("QualCoder 3.6"));
        assertFalse(RefiPositions.countsCrlfTwice(""));
        assertFalse(RefiPositions.countsCrlfTwice(null));
    }
}
