package org.newsmark.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SelectionShaperTest {

    @Test
    void trimsSurroundingWhitespace() {
        String t = "  The  mayor\u00A0said \n";
        assertEquals(Optional.of(new Span(2, 17)), SelectionShaper.shape(t, 0, t.length(), false));
    }

    @Test
    void whitespaceOnlySelectionGivesNothing() {
        assertTrue(SelectionShaper.shape("a   b", 1, 4, false).isEmpty());
    }

    @Test
    void snapsToWholeWordsWhenAsked() {
        String t = "The mayor's office said";
        // "ayor's off" → "mayor's office"
        assertEquals(Optional.of(new Span(4, 18)), SelectionShaper.shape(t, 5, 15, true));
        assertEquals(Optional.of(new Span(5, 15)), SelectionShaper.shape(t, 5, 15, false));
    }

    @Test
    void neverSplitsASurrogatePair() {
        String t = "ok 😀 yes";
        // selection ends between the two halves of the emoji
        Span s = SelectionShaper.shape(t, 0, 4, false).orElseThrow();
        assertEquals(new Span(0, 5), s);
    }
}
