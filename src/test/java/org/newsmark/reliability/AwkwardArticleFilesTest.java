package org.newsmark.reliability;

import org.newsmark.service.TestProjects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.Span;
import java.util.Optional;
import org.newsmark.io.ImportException;
import org.newsmark.io.article.ArticleFormats;
import org.newsmark.io.article.ImportedArticle;
import org.newsmark.service.ProjectSession;

/**
 * Awkward article files, byte by byte, through the article reader the app and the CLI use
 * ({@link ArticleFormats#read}): each is imported with exact spans, or refused with a message
 * that names the file and the problem.
 */
class AwkwardArticleFilesTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyFileIsRefused() throws Exception {
        assertRefused("empty.txt", new byte[0], "is empty");
    }

    @Test
    void aWhitespaceOnlyFileIsRefused() throws Exception {
        assertRefused("blank.txt", " \r\n\t\n   \n".getBytes(StandardCharsets.UTF_8), "only whitespace");
    }

    @Test
    void aPngIsRefused() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertRefused("picture.txt", png, "binary");
    }

    @Test
    void aFileWithNulBytesIsRefusedAsBinary() throws Exception {
        assertRefused("nul.txt", "Text\0with\0\0NUL bytes".getBytes(StandardCharsets.UTF_8), "binary");
    }

    @Test
    void invalidUtf8IsRefused() throws Exception {
        assertRefused("bad.txt", new byte[] {'a', 'b', (byte) 0xC3, (byte) 0x28, 'c'}, "not valid UTF-8");
    }

    @Test
    void windows1252IsRefused() throws Exception {
        assertRefused("cp1252.txt", "Café – “quoted” €5".getBytes(Charset.forName("windows-1252")), "not valid UTF-8");
    }

    @Test
    void windows1252ImportsWhenTheAnalystChoosesThatEncoding() throws Exception {
        Path file = dir.resolve("chosen.txt");
        Files.write(file, "Café – “quoted” €5".getBytes(Charset.forName("windows-1252")));
        ImportedArticle a = ArticleFormats.read(file, Optional.of(Charset.forName("windows-1252")));
        assertEquals("Café – “quoted” €5", a.text());
    }

    /** Saved without a charset declaration: an encoding question, never text with U+FFFD in it. */
    @Test
    void aWindows1252WebPageWithoutCharsetIsAnEncodingQuestionNotReplacementCharacters() throws Exception {
        Path file = dir.resolve("cafe.html");
        Files.write(file, "<html><body><p>café “quoted”</p></body></html>".getBytes(Charset.forName("windows-1252")));
        ImportException e = assertThrows(ImportException.class, () -> ArticleFormats.read(file, Optional.empty()));
        assertTrue(org.newsmark.service.ArticleImportService.isEncodingProblem(e), e.getMessage());
        assertTrue(e.getMessage().startsWith("cafe.html: is not valid UTF-8"), e.getMessage());
        ImportedArticle a = ArticleFormats.read(file, Optional.of(Charset.forName("windows-1252")));
        assertEquals("café “quoted”", a.text());
    }

    @Test
    void utf16LittleEndianWithBomImportsWithExactSpans() throws Exception {
        String text = "Hello 😀 שלום";
        assertImportedWithExactSpan("utf16le.txt", withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)),
                text, "😀");
    }

    @Test
    void utf16BigEndianWithBomImportsWithExactSpans() throws Exception {
        String text = "Hello 😀 שלום\r\nline two";
        assertImportedWithExactSpan("utf16be.txt", withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)),
                "Hello 😀 שלום\nline two", "line two");
    }

    /** Without a BOM, UTF-16 is an encoding question the app asks; with the encoding chosen, spans are exact. */
    @Test
    void utf16WithoutBomIsAnEncodingQuestionThenImportsWithExactSpans() throws Exception {
        String text = "Hello 😀 שלום\r\nline two";
        Path file = dir.resolve("utf16-nobom.txt");
        Files.write(file, text.getBytes(StandardCharsets.UTF_16LE));
        ImportException e = assertThrows(ImportException.class, () -> ArticleFormats.read(file, Optional.empty()));
        assertTrue(org.newsmark.service.ArticleImportService.isEncodingProblem(e), e.getMessage());
        assertTrue(e.getMessage().startsWith("utf16-nobom.txt: is not valid UTF-8 text: it looks like UTF-16LE"),
                e.getMessage());
        assertImportedWithExactSpan("utf16-nobom.txt", Files.readAllBytes(file), Optional.of(StandardCharsets.UTF_16LE),
                "Hello 😀 שלום\nline two", "😀 שלום");
    }

    @Test
    void utf8WithBomLosesTheBomAndKeepsExactSpans() throws Exception {
        byte[] bytes = withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Über 😀 alles".getBytes(StandardCharsets.UTF_8));
        assertImportedWithExactSpan("bom.txt", bytes, "Über 😀 alles", "😀");
    }

    @Test
    void mixedLineEndingsBecomeLfAndSpansStayExact() throws Exception {
        assertImportedWithExactSpan("mixed.txt", "one\rtwo\nthree\r\nfour\n\rfive".getBytes(StandardCharsets.UTF_8),
                "one\ntwo\nthree\nfour\n\nfive", "three\nfour");
    }

    @Test
    void rtlCombiningAndZwjTextImportsWithExactSpans() throws Exception {
        String text = "قال الوزير — אמר השר — cafe\u0301 👩\u200D💻";
        assertImportedWithExactSpan("rtl.txt", text.getBytes(StandardCharsets.UTF_8), text, "👩\u200D💻");
    }

    @Test
    void aOneMegabyteLineWithoutNewlineImports() throws Exception {
        String text = "word ".repeat(200_000) + "LAST";
        assertImportedWithExactSpan("line.txt", text.getBytes(StandardCharsets.UTF_8), text, "LAST");
    }

    @Test
    void a60MegabyteFileIsReadButRefusedByTheSizeLimit() throws Exception {
        Path file = dir.resolve("huge.txt");
        byte[] block = ("A long article line. ".repeat(50) + "\n").getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < 60L * 1024 * 1024; written += block.length) {
                out.write(block);
            }
        }
        try (ProjectSession s = TestProjects.create(dir.resolve("huge.newsmark"))) {
            ImportException e = assertThrows(ImportException.class,
                    () -> s.articleImports().importFile(file, Optional.empty()));
            assertTrue(e.getMessage().contains("huge.txt") && e.getMessage().contains("16,777,216"), e.getMessage());
            assertEquals(0, s.documents().summaries(null).size());
        }
    }

    /** A device that reports size 0 and never ends: a message at once, not an OutOfMemoryError, nothing stored. */
    @Test
    void devZeroIsRefusedAtOnceAndNothingIsStored() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        try (ProjectSession s = TestProjects.create(dir.resolve("zero.newsmark"))) {
            ImportException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(ImportException.class,
                    () -> s.articleImports().importFile(zero, Optional.empty())));
            assertEquals("zero: is not a regular file (a device, pipe or socket); refused", e.getMessage());
            assertEquals(0, s.documents().summaries(null).size());
        }
    }

    /**
     * The known hostile PDF, written byte by byte (637 bytes): a page draws form 4, whose resources
     * name form 4 itself and whose content draws it twice. PDFBox's text extraction never ended.
     */
    @Test
    void aPdfWhoseFormDrawsItselfIsRefusedWithinSecondsAndNothingIsStored() throws Exception {
        Path file = dir.resolve("loop.pdf");
        Files.write(file, selfDrawingPdf());
        assertTrue(Files.size(file) < 1024, "under 1 KB: " + Files.size(file));
        try (ProjectSession s = TestProjects.create(dir.resolve("loop.newsmark"))) {
            ImportException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(ImportException.class,
                    () -> s.articleImports().importFile(file, Optional.empty())));
            assertTrue(e.getMessage().startsWith("loop.pdf: refused: a drawing in it (form XObject) contains itself"),
                    e.getMessage());
            assertEquals(0, s.documents().summaries(null).size());
        }
    }

    /** A minimal PDF 1.4 with a correct cross-reference table. */
    static byte[] selfDrawingPdf() {
        String form = "/Fx Do /Fx Do";
        String page = "/Fx Do";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Fx 4 0 R >> >> "
                    + "/Contents 5 0 R >>",
            "<< /Type /XObject /Subtype /Form /BBox [0 0 100 100] /Resources << /XObject << /Fx 4 0 R >> >> "
                    + "/Length " + form.length() + " >>\nstream\n" + form + "\nendstream",
            "<< /Length " + page.length() + " >>\nstream\n" + page + "\nendstream",
        };
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private void assertRefused(String name, byte[] bytes, String problem) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        ImportException e = assertThrows(ImportException.class, () -> ArticleFormats.read(file, Optional.empty()));
        assertTrue(e.getMessage().contains(name) && e.getMessage().contains(problem), e.getMessage());
    }

    private void assertImportedWithExactSpan(String name, byte[] bytes, String expectedText, String selected) throws Exception {
        assertImportedWithExactSpan(name, bytes, Optional.empty(), expectedText, selected);
    }

    private void assertImportedWithExactSpan(String name, byte[] bytes, Optional<Charset> encoding, String expectedText,
            String selected) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        ImportedArticle article = ArticleFormats.read(file, encoding);
        assertEquals(expectedText, article.text());
        Path project = dir.resolve(name + ".newsmark");
        int begin = article.text().indexOf(selected);
        try (ProjectSession s = TestProjects.create(project)) {
            Document doc = s.documents().add(article.title(), article.sourceName(), article.text()).document();
            s.annotations().tag(doc, s.analyst("Ana"), s.labels().get(0), new Span(begin, begin + selected.length()));
        }
        try (ProjectSession s = TestProjects.open(project)) {
            Document doc = s.documents().find(1).orElseThrow();
            Annotation a = s.annotations().annotations(doc.id(), s.findAnalyst("Ana").orElseThrow().id()).get(0);
            assertEquals(selected, a.span().textOf(doc.text()));
        }
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] out = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }
}
