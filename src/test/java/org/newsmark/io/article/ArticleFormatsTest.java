package org.newsmark.io.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.newsmark.io.ImportException;

class ArticleFormatsTest {

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void detectsByContentNotExtension() throws Exception {
        assertEquals(ArticleFormat.PDF, ArticleFormats.detect(b("%PDF-1.7\n..."), "notes.txt"));
        assertEquals(ArticleFormat.DOCX, ArticleFormats.detect(Fixtures.docx("Title", "Body text."), "a.txt"));
        assertEquals(ArticleFormat.HTML, ArticleFormats.detect(b("\n<!DOCTYPE html><html><body>x</body></html>"), "a.txt"));
        assertEquals(ArticleFormat.HTML, ArticleFormats.detect(b("<html lang=en>"), "page"));
        assertEquals(ArticleFormat.HTML, ArticleFormats.detect(b("\uFEFF<!-- saved --><html>"), "page"));
        assertEquals(ArticleFormat.HTML, ArticleFormats.detect(b("<p>One paragraph.</p>"), "clip.html"));
        assertEquals(ArticleFormat.PLAIN_TEXT, ArticleFormats.detect(b("<3 this story"), "a.html"));
        assertEquals(ArticleFormat.PLAIN_TEXT, ArticleFormats.detect(b("Plain words."), "a.pdf"));
        assertEquals(ArticleFormat.PLAIN_TEXT, ArticleFormats.detect(new byte[] {'P', 'K', 3, 4, 0}, "a.docx"));
    }

    @Test
    void readDispatchesToTheDetectedReader() throws ImportException {
        ImportedArticle a = ArticleFormats.read(b("<html><head><title>T</title></head><body><p>Para one.</p></body></html>"),
                "x.txt", Optional.empty());
        assertEquals("Para one.", a.text());
        assertEquals("T", a.title());
    }
}
