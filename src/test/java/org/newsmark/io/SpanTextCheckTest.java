package org.newsmark.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.newsmark.domain.CodePointOffsets;
import org.newsmark.domain.Span;

class SpanTextCheckTest {

    private static final String TEXT = "Grin 😀 then say bar here";

    @Test
    void convertsCodePointsToUtf16AndChecksText() throws ImportException {
        CodePointOffsets offsets = new CodePointOffsets(TEXT);
        // "bar" starts at code point 16, UTF-16 index 17 because the emoji is two chars
        Span span = SpanTextCheck.verify("a.csv", 3, TEXT, offsets, 16, 19, "bar");
        assertEquals(new Span(17, 20), span);
        assertEquals("😀", SpanTextCheck.verify("a.csv", 3, TEXT, offsets, 5, 6, "😀").textOf(TEXT));
    }

    @Test
    void mismatchNamesFileLineAndBothTexts() {
        CodePointOffsets offsets = new CodePointOffsets(TEXT);
        ImportException e = assertThrows(ImportException.class,
                () -> SpanTextCheck.verify("a.csv", 7, TEXT, offsets, 16, 19, "foo"));
        assertEquals("a.csv line 7: text 'foo' does not match the article's 'bar' at 16–19", e.getMessage());
    }

    @Test
    void endBeyondTextIsRefused() {
        CodePointOffsets offsets = new CodePointOffsets(TEXT);
        ImportException e = assertThrows(ImportException.class,
                () -> SpanTextCheck.verify("annotations.csv", 14, TEXT, offsets, 3, 9001, null));
        assertEquals("annotations.csv line 14: end 9001 is beyond the article's 24 characters", e.getMessage());
    }

    @Test
    void emptyOrReversedRangeIsRefused() {
        CodePointOffsets offsets = new CodePointOffsets(TEXT);
        assertThrows(ImportException.class, () -> SpanTextCheck.verify("a", 1, TEXT, offsets, 4, 4, null));
        assertThrows(ImportException.class, () -> SpanTextCheck.verify("a", 1, TEXT, offsets, -1, 4, null));
    }

    @Test
    void messageWithoutLine() {
        assertEquals("x.txt: is empty", new ImportException("x.txt", "is empty").getMessage());
    }
}
