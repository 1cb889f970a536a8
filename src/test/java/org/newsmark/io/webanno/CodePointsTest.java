package org.newsmark.io.webanno;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newsmark.domain.Span;

class CodePointsTest {

    private static final String TEXT = "😀a😀😀b\r\ne\u0301𝄞";

    @Test
    void everyIndexConvertsBothWaysAsTheStringMethodsCount() {
        CodePoints c = new CodePoints(TEXT);
        assertEquals(TEXT.codePointCount(0, TEXT.length()), c.length());
        for (int cp = 0; cp <= c.length(); cp++) {
            int utf16 = TEXT.offsetByCodePoints(0, cp);
            assertEquals(utf16, c.toUtf16(cp), "code point " + cp);
            assertEquals(cp, c.of(utf16), "UTF-16 index " + utf16);
        }
        assertEquals(-1, c.toUtf16(c.length() + 1));
        assertEquals(-1, c.toUtf16(-1));
    }

    @Test
    void prefixAndSuffixTakeWholeCodePoints() {
        CodePoints c = new CodePoints("x".repeat(40) + "😀".repeat(40) + "TAG" + "😀".repeat(40));
        Span tag = new Span(120, 123);
        assertEquals("😀".repeat(32), c.prefix(tag));
        assertEquals("😀".repeat(32), c.suffix(tag));
        assertEquals("", new CodePoints("TAG").prefix(new Span(0, 3)));
    }
}
