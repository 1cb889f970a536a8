package org.newsmark.io.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.newsmark.io.ImportException;

class PdfArticleReaderTest {

    private final PdfArticleReader reader = new PdfArticleReader();

    @Test
    void extractsTheTextLayer() throws Exception {
        byte[] pdf = Fixtures.save(Fixtures.pdf("Flood warning lifted\nRivers fell overnight.", "Page two says more."));
        ImportedArticle a = ArticleFormats.read(pdf, "flood.pdf", Optional.empty());
        assertEquals("Flood warning lifted", a.title());
        assertEquals("Flood warning lifted\nRivers fell overnight.\n\nPage two says more.", a.text());
    }

    @Test
    void documentInfoTitleWins() throws Exception {
        PDDocument doc = Fixtures.pdf("Body line.");
        doc.getDocumentInformation().setTitle("Official title");
        assertEquals("Official title", reader.read(Fixtures.save(doc), "x.pdf").title());
    }

    @Test
    void scannedPdfWithoutTextAsksForOcr() throws Exception {
        byte[] pdf = Fixtures.save(Fixtures.pdf((String) null));
        ImportException e = assertThrows(ImportException.class, () -> reader.read(pdf, "scan.pdf"));
        assertEquals("scan.pdf: has no text layer (scanned image?); run OCR first", e.getMessage());
    }

    @Test
    void passwordProtectedPdfIsRefusedClearly() throws Exception {
        PDDocument doc = Fixtures.pdf("Secret minutes.");
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
        byte[] pdf = Fixtures.save(doc);
        ImportException e = assertThrows(ImportException.class, () -> reader.read(pdf, "locked.pdf"));
        assertTrue(e.getMessage().startsWith("locked.pdf: is encrypted with a password"), e.getMessage());
    }

    @Test
    void brokenPdfIsRefusedClearly() {
        byte[] junk = "%PDF-1.7\nthis is not really a pdf\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        ImportException e = assertThrows(ImportException.class, () -> reader.read(junk, "junk.pdf"));
        assertTrue(e.getMessage().startsWith("junk.pdf: could not be read as a PDF"), e.getMessage());
    }

    // ---- hostile PDFs: refused from inside PDFBox's work, within seconds, leaving no thread behind ----

    private ImportException refusedWithin(int seconds, byte[] pdf, String name) {
        return assertTimeoutPreemptively(Duration.ofSeconds(seconds),
                () -> assertThrows(ImportException.class, () -> reader.read(pdf, name)));
    }

    private static void assertNoReaderThreadLeft() throws InterruptedException {
        List<Thread> left = Fixtures.readerThreadsAliveAfter(Fixtures.READER_STOP_MILLIS);
        assertTrue(left.isEmpty(), "reader threads still running: " + left);
    }

    /** The known case: ~1 KB, a form XObject in its own resources drawing itself twice; PDFBox spun for minutes. */
    @Test
    void aFormThatDrawsItselfIsRefusedWithinSeconds() throws Exception {
        byte[] pdf = Fixtures.selfDrawingFormPdf("/Fx Do /Fx Do");
        assertTrue(pdf.length < 2048, "a tiny file: " + pdf.length);
        ImportException e = refusedWithin(10, pdf, "loop.pdf");
        assertEquals("loop.pdf: refused: a drawing in it (form XObject) contains itself, so reading it would never "
                + "finish (the file is damaged or crafted)", e.getMessage());
        assertNoReaderThreadLeft();
    }

    @Test
    void formsThatDrawEachOtherAreRefusedWithinSeconds() throws Exception {
        ImportException e = refusedWithin(10, Fixtures.mutuallyDrawingFormsPdf(), "pair.pdf");
        assertTrue(e.getMessage().startsWith("pair.pdf: refused: a drawing in it (form XObject) contains itself"),
                e.getMessage());
        assertNoReaderThreadLeft();
    }

    /** No cycle, but 12 levels of forms each drawing the next 8 times: 8^12 draws. */
    @Test
    void aFanOutOfFormsIsRefusedWithinSeconds() throws Exception {
        ImportException e = refusedWithin(10, Fixtures.formTreePdf(12, 8), "tree.pdf");
        assertEquals("tree.pdf: refused: page 1 draws more than 10,000 forms (form XObjects); reading it would "
                + "take too long (the file may be crafted to never finish)", e.getMessage());
        assertNoReaderThreadLeft();
    }

    /**
     * Within every structural limit, just slow (20,000 form draws of 300 operators): stopped at the
     * time budget by the check inside PDFBox's operator loop, and its reader thread ends too.
     */
    @Test
    void aSlowPdfIsStoppedAtTheTimeBudgetFromInsideTheParse() throws Throwable {
        byte[] pdf = Fixtures.busyPdf(10, 2000, 300);
        ImportException e = Fixtures.withReadBudgetSeconds(1, () -> refusedWithin(6, pdf, "slow.pdf"));
        assertEquals("slow.pdf: took longer than 1 s to read; refused (the file may be crafted to never finish)",
                e.getMessage());
        assertNoReaderThreadLeft();
    }

    /** 300 MiB of content from a 300 KB file: PDFBox inflates a stream into memory whole. */
    @Test
    void aFlateBombIsRefusedWithoutInflatingItInMemory() throws Exception {
        byte[] pdf = Fixtures.flateBombPdf(300L << 20);
        assertTrue(pdf.length < 1_000_000, "a small file: " + pdf.length);
        ImportException e = refusedWithin(20, pdf, "bomb.pdf");
        assertEquals("bomb.pdf: refused: its compressed contents inflate to more than 256 MiB (the file may be "
                + "crafted to exhaust memory)", e.getMessage());
    }

    /** 300 draws of a form with 1,000 characters: 300,000 characters held for sorting on one page. */
    @Test
    void tooManyCharactersOnOnePageAreRefused() throws Exception {
        ImportException e = refusedWithin(30, Fixtures.manyGlyphsPdf(300, 1000), "dense.pdf");
        assertEquals("dense.pdf: refused: page 1 holds more than 250,000 characters (the file may be crafted to "
                + "exhaust memory)", e.getMessage());
    }
}
