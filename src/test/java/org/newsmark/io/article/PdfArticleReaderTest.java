package org.newsmark.io.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
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
}
