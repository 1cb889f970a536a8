package org.newsmark.io.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    @Test
    void oversizedFileIsRefusedBeforeItIsLoaded(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(ArticleLimits.MAX_FILE_BYTES + 1); // sparse: costs no disk
        }
        ImportException e = assertThrows(ImportException.class, () -> ArticleFormats.read(big, Optional.empty()));
        assertEquals("big.txt: is too large: 67108865 bytes, at most 67108864 (64 MiB) can be imported", e.getMessage());
    }

    @Test
    void forcedCharsetReachesHtml() throws ImportException {
        byte[] html = "<html><body><p>Caf\u00e9 re-opens</p></body></html>".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        ImportedArticle a = ArticleFormats.read(html, "c.html", Optional.of(java.nio.charset.Charset.forName("windows-1252")));
        assertEquals("Café re-opens", a.text());
    }
}
