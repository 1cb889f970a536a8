package org.newsmark.io.article;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.newsmark.io.ImportException;
import org.newsmark.io.QuietLogging;

/**
 * A PDF's text layer, in reading order (sorted by position so two-column layouts do not
 * interleave at random). Scanned PDFs have no text layer and need OCR first.
 */
public final class PdfArticleReader implements ArticleReader {

    private static final int PAGES_PER_CHUNK = 20;

    static {
        QuietLogging.install();
    }

    @Override
    public ImportedArticle read(byte[] bytes, String fileName) throws ImportException {
        ArticleText.checkFileSize(bytes.length, fileName);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw new ImportException(fileName, "could not be read as a PDF: it has no pages (damaged file?)");
            }
            if (pages > ArticleLimits.MAX_PDF_PAGES) {
                throw new ImportException(fileName, "has " + pages + " pages; at most "
                        + ArticleLimits.MAX_PDF_PAGES + " can be imported");
            }
            String text = extract(doc, pages, fileName);
            if (text.isBlank()) {
                throw new ImportException(fileName, "has no text layer (scanned image?); run OCR first");
            }
            String title = doc.getDocumentInformation() == null ? null : doc.getDocumentInformation().getTitle();
            return ArticleText.finish(title, text, fileName, "has no text layer (scanned image?); run OCR first");
        } catch (InvalidPasswordException e) {
            throw new ImportException(fileName, "is encrypted with a password; remove the protection and import again", e);
        } catch (IOException | RuntimeException e) {
            throw new ImportException(fileName, "could not be read as a PDF (damaged file?): " + e.getMessage(), e);
        }
    }

    /** Extracts in chunks of pages so an expensive file stops at the time limit instead of hanging. */
    private static String extract(PDDocument doc, int pages, String fileName) throws IOException, ImportException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setLineSeparator("\n");
        stripper.setParagraphEnd("\n");
        stripper.setPageEnd("\n\n");
        long deadline = System.currentTimeMillis() + ArticleLimits.MAX_PDF_MILLIS;
        StringBuilder text = new StringBuilder();
        for (int first = 1; first <= pages; first += PAGES_PER_CHUNK) {
            stripper.setStartPage(first);
            stripper.setEndPage(Math.min(pages, first + PAGES_PER_CHUNK - 1));
            text.append(stripper.getText(doc));
            if (text.length() > ArticleLimits.MAX_TEXT_CHARS) {
                throw new ImportException(fileName, "is too long: more than " + ArticleLimits.MAX_TEXT_CHARS
                        + " characters of text");
            }
            if (System.currentTimeMillis() > deadline) {
                throw new ImportException(fileName, "took longer than " + ArticleLimits.MAX_PDF_MILLIS / 1000
                        + " s to extract; refused");
            }
        }
        return collapseBlankRuns(text.toString());
    }

    /** Page ends and paragraph ends add up; keep at most one blank line between paragraphs. */
    private static String collapseBlankRuns(String s) {
        return s.replace("\r\n", "\n").replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }
}
