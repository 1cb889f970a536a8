package org.newsmark.io.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.newsmark.io.ImportException;

class PlainTextArticleReaderTest {

    private final PlainTextArticleReader reader = new PlainTextArticleReader();

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    @Test
    void readsUtf8AndTakesFirstNonBlankLineAsTitle() throws ImportException {
        ImportedArticle a = reader.read("\n  Harbour reopens 🚢  \n\nShips returned on Monday.".getBytes(StandardCharsets.UTF_8),
                "harbour.txt");
        assertEquals("Harbour reopens 🚢", a.title());
        assertEquals("harbour.txt", a.sourceName());
        assertEquals("\n  Harbour reopens 🚢  \n\nShips returned on Monday.", a.text());
    }

    @Test
    void stripsUtf8Bom() throws ImportException {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Café news".getBytes(StandardCharsets.UTF_8));
        assertEquals("Café news", reader.read(bytes, "a.txt").text());
    }

    @Test
    void readsUtf16WithBom() throws ImportException {
        String text = "Council votes — 70% in favour";
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(text, reader.read(le, "le.txt").text());
        assertEquals(text, reader.read(be, "be.txt").text());
    }

    @Test
    void utf16WithoutBomImportsWhenTheEncodingIsGiven() throws ImportException {
        String text = "Council votes — 70% in favour\nשלום 😀 done";
        assertEquals(text, reader.readText(text.getBytes(StandardCharsets.UTF_16LE), "le.txt",
                Optional.of(StandardCharsets.UTF_16LE)).text());
        assertEquals(text, reader.readText(text.getBytes(StandardCharsets.UTF_16BE), "be.txt",
                Optional.of(StandardCharsets.UTF_16BE)).text());
    }

    /** The problem starts "is not valid " so the app offers its encoding choice (ArticleImportService.isEncodingProblem). */
    @Test
    void utf16WithoutBomAndWithoutAnEncodingAsksForTheEncoding() {
        ImportException le = assertThrows(ImportException.class,
                () -> reader.read("Council votes in favour".getBytes(StandardCharsets.UTF_16LE), "le.txt"));
        assertEquals("le.txt: is not valid UTF-8 text: it looks like UTF-16LE without a byte-order mark; "
                + "choose the encoding UTF-16LE when importing", le.getMessage());
        ImportException be = assertThrows(ImportException.class,
                () -> reader.read("Council votes in favour".getBytes(StandardCharsets.UTF_16BE), "be.txt"));
        assertTrue(be.problem().startsWith("is not valid UTF-8 text: it looks like UTF-16BE"), be.getMessage());
    }

    @Test
    void binaryFilesAreStillRefusedWhenUtf16IsChosen() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2};
        ImportException e = assertThrows(ImportException.class,
                () -> reader.readText(png, "photo.txt", Optional.of(StandardCharsets.UTF_16LE)));
        assertTrue(e.getMessage().contains("looks like a binary file (PNG image"), e.getMessage());
        byte[] zeros = {'a', 0, 'b', 0, 0, 0, 0, 0, 'c', 0};
        e = assertThrows(ImportException.class,
                () -> reader.readText(zeros, "zeros.bin", Optional.of(StandardCharsets.UTF_16LE)));
        assertEquals("zeros.bin: looks like a binary file (NUL character at character offset 2 when read as "
                + "UTF-16LE), not text", e.getMessage());
    }

    @Test
    void nulBytesThatAreNotUtf16StayBinary() {
        byte[] mixed = {'a', 0, 0, 'b', 'c', 0, 0, 'd'};
        ImportException e = assertThrows(ImportException.class, () -> reader.read(mixed, "mixed.bin"));
        assertTrue(e.getMessage().contains("looks like a binary file (NUL byte at byte offset 1)"), e.getMessage());
    }

    @Test
    void refusesInvalidUtf8NamingTheByteOffset() {
        byte[] bytes = "Caf\u00e9 opens".getBytes(Charset.forName("windows-1252"));
        ImportException e = assertThrows(ImportException.class, () -> reader.read(bytes, "cafe.txt"));
        assertTrue(e.getMessage().startsWith("cafe.txt: is not valid UTF-8 (invalid byte 0xE9 at byte offset 3)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("windows-1252"));
    }

    @Test
    void forcedCharsetDecodesLegacyFiles() throws ImportException {
        byte[] bytes = "Caf\u00e9 opens \u20ac5".getBytes(Charset.forName("windows-1252"));
        ImportedArticle a = reader.readText(bytes, "cafe.txt", Optional.of(Charset.forName("windows-1252")));
        assertEquals("Café opens €5", a.text());
    }

    @Test
    void normalisesLineEnds() throws ImportException {
        assertEquals("one\ntwo\nthree\n", reader.read("one\r\ntwo\rthree\r\n".getBytes(StandardCharsets.UTF_8), "a.txt").text());
    }

    @Test
    void refusesBinaryFiles() {
        byte[] nul = "text\0more".getBytes(StandardCharsets.UTF_8);
        ImportException e = assertThrows(ImportException.class, () -> reader.read(nul, "x.txt"));
        assertTrue(e.getMessage().contains("looks like a binary file (NUL byte at byte offset 4)"), e.getMessage());
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2};
        e = assertThrows(ImportException.class, () -> reader.read(png, "photo.txt"));
        assertTrue(e.getMessage().contains("looks like a binary file (PNG image"), e.getMessage());
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};
        e = assertThrows(ImportException.class, () -> reader.read(zip, "a.zip"));
        assertTrue(e.getMessage().contains("zip archive"), e.getMessage());
    }

    @Test
    void refusesEmptyAndWhitespaceOnly() {
        ImportException e = assertThrows(ImportException.class, () -> reader.read(new byte[0], "e.txt"));
        assertEquals("e.txt: is empty", e.getMessage());
        e = assertThrows(ImportException.class,
                () -> reader.read(" \n\t\u00a0\r\n".getBytes(StandardCharsets.UTF_8), "w.txt"));
        assertEquals("w.txt: contains only whitespace", e.getMessage());
    }

    @Test
    void refusesTextOverTheSizeLimit() {
        byte[] big = new byte[ArticleLimits.MAX_TEXT_CHARS + 1];
        Arrays.fill(big, (byte) 'a');
        ImportException e = assertThrows(ImportException.class, () -> reader.read(big, "big.txt"));
        assertTrue(e.getMessage().contains("is too long"), e.getMessage());
        byte[] tooManyBytes = new byte[(int) ArticleLimits.MAX_FILE_BYTES + 1];
        e = assertThrows(ImportException.class, () -> reader.read(tooManyBytes, "huge.txt"));
        assertTrue(e.getMessage().contains("64 MiB"), e.getMessage());
    }

    @Test
    void titleIsCutTo200CharsAndFallsBackToFileName() {
        String longLine = "word ".repeat(100);
        assertEquals(200, ArticleText.titleFrom(longLine + "\nbody", "f.txt").length() + 1); // trailing space stripped
        assertEquals("report-2026", ArticleText.fallbackTitle("/tmp/x/report-2026.txt"));
        assertEquals("Untitled", ArticleText.fallbackTitle(""));
    }
}
