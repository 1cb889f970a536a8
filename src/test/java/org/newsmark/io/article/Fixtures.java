package org.newsmark.io.article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.newsmark.io.QuietLogging;

/** Builds small DOCX and PDF files in memory, so no binary fixtures live in the repository. */
final class Fixtures {

    static {
        QuietLogging.install();
    }

    private Fixtures() {
    }

    /** First paragraph styled "Title", the rest plain. */
    static byte[] docx(String title, String... paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (title != null) {
                XWPFParagraph p = doc.createParagraph();
                p.setStyle("Title");
                p.createRun().setText(title);
            }
            for (String text : paragraphs) {
                doc.createParagraph().createRun().setText(text);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** One page per string; null draws a page with a rectangle and no text (like a scan). */
    static PDDocument pdf(String... pages) throws IOException {
        PDDocument doc = new PDDocument();
        for (String text : pages) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                if (text == null) {
                    cs.addRect(50, 50, 200, 300);
                    cs.fill();
                    continue;
                }
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                for (String line : text.split("\n")) {
                    cs.showText(line);
                    cs.newLineAtOffset(0, -16);
                }
                cs.endText();
            }
        }
        return doc;
    }

    static byte[] save(PDDocument doc) throws IOException {
        try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.save(out);
            return out.toByteArray();
        }
    }
}
