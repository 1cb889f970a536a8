package org.newsmark.domain.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmark.domain.TaskControl;

class SentencesTest {

    private static List<String> sentences(String text) {
        Sentences s = Sentences.of(text, LanguageData.forLanguage("en"), TaskControl.NONE);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            out.add(text.substring(s.begin(i), s.end(i)));
        }
        return out;
    }

    @Test
    void abbreviationsAndInitialsDoNotEndASentence() {
        assertEquals(List.of("Mr. Smith met Dr. Jones in the U.S. on Jan. 5 and they talked.", "J. R. Tolkien wrote it.",
                "She left."), sentences("Mr. Smith met Dr. Jones in the U.S. on Jan. 5 and they talked. J. R. Tolkien wrote it. She left."));
    }

    @Test
    void lineBreaksEndASentenceAndWhiteSpaceIsLeftOut() {
        assertEquals(List.of("Headline without a stop", "First line here.", "Last"),
                sentences("  Headline without a stop\r\nFirst line here.\r\n\r\n\n  Last  "));
        assertEquals(List.of(), sentences(""));
        assertEquals(List.of(), sentences(" \n\t "));
    }

    @Test
    void aSentenceThatNeverEndsIsCutAtASpace() {
        String text = "word ".repeat(3_000);
        List<String> parts = sentences(text);
        assertEquals(true, parts.size() > 1);
        parts.forEach(p -> assertEquals(true, p.length() <= Sentences.LONGEST && p.startsWith("word") && p.endsWith("word"), p));
    }
}
