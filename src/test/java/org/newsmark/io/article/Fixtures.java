package org.newsmark.io.article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.function.ThrowingSupplier;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
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

    // ---- hostile PDFs, built with PDFBox's API: each is a few hundred bytes to a few KB ----

    /**
     * One page that draws form Fx, whose own resources hold Fx again and whose content is
     * {@code formOps}, e.g. "/Fx Do /Fx Do": PDFBox skips recursion deeper than 50 levels, so two
     * draws per level make 2^50 draws and text extraction never ends.
     */
    static byte[] selfDrawingFormPdf(String formOps) throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = page(doc, "/Fx Do");
        PDFormXObject fx = form(doc, formOps);
        fx.getResources().put(COSName.getPDFName("Fx"), fx);
        page.getResources().put(COSName.getPDFName("Fx"), fx);
        return save(doc);
    }

    /** Two forms that draw each other: A draws B twice, B draws A twice. */
    static byte[] mutuallyDrawingFormsPdf() throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = page(doc, "/A Do");
        PDFormXObject a = form(doc, "/B Do /B Do");
        PDFormXObject b = form(doc, "/A Do /A Do");
        a.getResources().put(COSName.getPDFName("B"), b);
        b.getResources().put(COSName.getPDFName("A"), a);
        page.getResources().put(COSName.getPDFName("A"), a);
        return save(doc);
    }

    /** Distinct forms F0..F(depth-1), no cycle: each draws the next {@code fanOut} times; the last shows text. */
    static byte[] formTreePdf(int depth, int fanOut) throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = page(doc, "/F0 Do");
        PDFormXObject next = form(doc, "BT /F1 10 Tf 1 1 Td (leaf) Tj ET");
        next.getResources().put(COSName.getPDFName("F1"), helvetica());
        for (int level = depth - 1; level >= 0; level--) {
            String child = "F" + (level + 1);
            PDFormXObject f = form(doc, ("/" + child + " Do ").repeat(fanOut));
            f.getResources().put(COSName.getPDFName(child), next);
            next = f;
        }
        page.getResources().put(COSName.getPDFName("F0"), next);
        return save(doc);
    }

    /**
     * {@code pages} pages, each with a line of text and {@code draws} draws of one form that holds
     * {@code ops} path operators: within every structural limit, just slow.
     */
    static byte[] busyPdf(int pages, int draws, int ops) throws IOException {
        PDDocument doc = new PDDocument();
        PDFormXObject busy = form(doc, "0 0 m 1 1 l S\n".repeat(ops / 3));
        for (int i = 0; i < pages; i++) {
            PDPage page = page(doc, "BT /F1 12 Tf 72 700 Td (Page " + (i + 1) + ") Tj ET\n" + "/Fx Do\n".repeat(draws));
            page.getResources().put(COSName.getPDFName("Fx"), busy);
            page.getResources().put(COSName.getPDFName("F1"), helvetica());
        }
        return save(doc);
    }

    /** One page whose content stream is {@code inflatedBytes} of spaces, Flate-compressed, then a line of text. */
    static byte[] flateBombPdf(long inflatedBytes) throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage();
        doc.addPage(page);
        page.setResources(new PDResources());
        page.getResources().put(COSName.getPDFName("F1"), helvetica());
        PDStream contents = new PDStream(doc);
        try (OutputStream out = contents.getCOSObject().createOutputStream(COSName.FLATE_DECODE)) {
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (long written = 0; written < inflatedBytes; written += spaces.length) {
                out.write(spaces, 0, (int) Math.min(spaces.length, inflatedBytes - written));
            }
            out.write("BT /F1 12 Tf 72 700 Td (end) Tj ET".getBytes(StandardCharsets.US_ASCII));
        }
        page.setContents(contents);
        return save(doc);
    }

    /** One page drawing, {@code draws} times one unit higher each time, a form that shows {@code glyphs} characters. */
    static byte[] manyGlyphsPdf(int draws, int glyphs) throws IOException {
        PDDocument doc = new PDDocument();
        StringBuilder ops = new StringBuilder();
        for (int i = 0; i < draws; i++) {
            ops.append("q 1 0 0 1 0 ").append(i).append(" cm /Fx Do Q\n");
        }
        PDPage page = page(doc, ops.toString());
        PDFormXObject fx = form(doc, "BT /F1 1 Tf 10 10 Td (" + "x".repeat(glyphs) + ") Tj ET");
        fx.getResources().put(COSName.getPDFName("F1"), helvetica());
        page.getResources().put(COSName.getPDFName("Fx"), fx);
        return save(doc);
    }

    /** Reader threads ({@code newsmark-article-reader}) still alive after {@code millis}, waiting for them to end. */
    /**
     * How long a refused parse may take to notice and end its thread. The parse checks its budget
     * often, but on a busy two-core CI machine (several builds at once) 2 s proved too short;
     * the wait polls, so it costs nothing when the thread ends at once.
     */
    static final long READER_STOP_MILLIS = 10_000;

    static List<Thread> readerThreadsAliveAfter(long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        List<Thread> alive;
        do {
            alive = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("newsmark-article-reader") && t.isAlive()).toList();
            if (alive.isEmpty()) {
                break;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < end);
        return alive;
    }

    /** Runs {@code body} with the read budget set to {@code seconds} (system property, as documented in ArticleLimits). */
    static <T> T withReadBudgetSeconds(int seconds, ThrowingSupplier<T> body) throws Throwable {
        String key = "newsmark.import.maxReadSeconds";
        String old = System.getProperty(key);
        System.setProperty(key, Integer.toString(seconds));
        try {
            return body.get();
        } finally {
            if (old == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, old);
            }
        }
    }

    private static PDPage page(PDDocument doc, String ops) throws IOException {
        PDPage page = new PDPage();
        doc.addPage(page);
        page.setResources(new PDResources());
        PDStream contents = new PDStream(doc);
        try (OutputStream out = contents.createOutputStream()) {
            out.write(ops.getBytes(StandardCharsets.US_ASCII));
        }
        page.setContents(contents);
        return page;
    }

    private static PDFormXObject form(PDDocument doc, String ops) throws IOException {
        PDFormXObject form = new PDFormXObject(doc);
        form.setBBox(new PDRectangle(0, 0, 100, 100));
        form.setResources(new PDResources());
        try (OutputStream out = form.getContentStream().createOutputStream()) {
            out.write(ops.getBytes(StandardCharsets.US_ASCII));
        }
        return form;
    }

    private static PDType1Font helvetica() {
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }
}
