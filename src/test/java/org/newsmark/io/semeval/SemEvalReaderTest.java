package org.newsmark.io.semeval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Span;
import org.newsmark.io.ImportException;

class SemEvalReaderTest {

    private static final String TEXT = "Leaders 🗳 vow change\n\nThe so-called experts failed us again, they said.\n";

    @Test
    void readsTechniqueClassificationLabels(@TempDir Path dir) throws ImportException, Exception {
        Path txt = Files.writeString(dir.resolve("article123456.txt"), TEXT);
        Path labels = Files.writeString(dir.resolve("article123456.task2-TC.labels"),
                "123456\tLoaded_Language\t26\t43\n123456\tName_Calling,Labeling\t8\t9\n");
        SemEvalArticle a = SemEvalReader.read(txt, labels, "propaganda");
        assertEquals("123456", a.articleId());
        assertEquals("Leaders 🗳 vow change", a.title());
        assertEquals(TEXT, a.text());
        SemEvalSpan first = a.spans().get(0);
        assertEquals("Loaded_Language", first.label());
        assertEquals("so-called experts", TEXT.substring(first.utf16().begin(), first.utf16().end()));
        assertEquals(new Span(8, 10), a.spans().get(1).utf16()); // the ballot box is one code point, two chars
        assertEquals(2, a.spans().get(1).line());
    }

    @Test
    void spanIdentificationLinesGetTheDefaultLabel() throws ImportException {
        SemEvalArticle a = SemEvalReader.parse("123456", TEXT, "123456\t26\t43\r\n", "article123456.task1-SI.labels",
                "propaganda");
        assertEquals(List.of(new SemEvalSpan("propaganda", 26, 43, new Span(27, 44), 1)), a.spans());
    }

    @Test
    void errorsNameFileAndLine() {
        assertEquals("a.labels line 2: end 999 is beyond the article's 72 characters",
                assertThrows(ImportException.class, () -> SemEvalReader.parse("1", TEXT, "1\tX\t0\t3\n1\tX\t3\t999\n",
                        "a.labels", "p")).getMessage());
        assertEquals("a.labels line 1: article id 2 does not match the article's 1",
                assertThrows(ImportException.class, () -> SemEvalReader.parse("1", TEXT, "2\tX\t0\t3\n", "a.labels", "p"))
                        .getMessage());
        assertEquals("a.labels line 1: expected 'ID<TAB>label<TAB>begin<TAB>end' or 'ID<TAB>begin<TAB>end', found 2 field(s)",
                assertThrows(ImportException.class, () -> SemEvalReader.parse("1", TEXT, "1\t3\n", "a.labels", "p"))
                        .getMessage());
        assertEquals("a.labels line 1: begin 'b' is not a whole number",
                assertThrows(ImportException.class, () -> SemEvalReader.parse("1", TEXT, "1\tX\tb\t3\n", "a.labels", "p"))
                        .getMessage());
    }

    @Test
    void articleIdFromFileName() {
        assertEquals("111111111", SemEvalReader.articleId("article111111111.task2-TC.labels"));
        assertEquals("notes", SemEvalReader.articleId("notes.tsv"));
    }
}
