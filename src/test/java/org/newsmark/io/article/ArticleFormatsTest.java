package org.newsmark.io.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
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

    /** /dev/zero reports size 0 and never ends: refused before a byte is read, not an OutOfMemoryError. */
    @Test
    void devZeroIsRefusedAtOnce() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        ImportException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(ImportException.class, () -> ArticleFormats.read(zero, Optional.empty())));
        assertEquals("zero: is not a regular file (a device, pipe or socket); refused", e.getMessage());
    }

    /**
     * /proc/self/pagemap is a regular file that reports size 0 and yields 8 bytes for every page of
     * the address space (hundreds of GiB): the limit must hold on the bytes read.
     */
    @Test
    void aRegularFileThatReportsSizeZeroButNeverEndsIsCutAtTheLimit() throws Exception {
        Path pagemap = Path.of("/proc/self/pagemap");
        assumeTrue(Files.isRegularFile(pagemap) && Files.size(pagemap) == 0 && readsAtLeast(pagemap, 16),
                "no readable /proc/self/pagemap here");
        ImportException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(ImportException.class, () -> ArticleFormats.read(pagemap, Optional.empty())));
        assertEquals("pagemap: is larger than 64 MiB; refused (its size was not known before reading)", e.getMessage());
    }

    @Test
    void aFolderIsRefused(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("articles"));
        ImportException e = assertThrows(ImportException.class, () -> ArticleFormats.read(folder, Optional.empty()));
        assertEquals("articles: is a folder, not a file", e.getMessage());
    }

    /** Opening a FIFO for reading waits for a writer: it must be refused without being opened. */
    @Test
    void aNamedPipeIsRefusedWithoutWaitingForAWriter(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        assumeTrue(mkfifo(fifo), "mkfifo is not available here");
        ImportException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(ImportException.class, () -> ArticleFormats.read(fifo, Optional.empty())));
        assertEquals("pipe.txt: is not a regular file (a device, pipe or socket); refused", e.getMessage());
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        ImportException e = assertThrows(ImportException.class,
                () -> ArticleFormats.read(dir.resolve("gone.txt"), Optional.empty()));
        assertEquals("gone.txt: does not exist", e.getMessage());
    }

    private static boolean readsAtLeast(Path file, int bytes) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(bytes).length == bytes;
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean mkfifo(Path fifo) {
        try {
            Process p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.exists(fifo);
        } catch (Exception e) {
            return false;
        }
    }
}
