package org.newsmark.io.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.newsmark.io.ImportException;
import org.newsmark.io.QuietLogging;

/**
 * A Word document: body paragraphs (and table cells) joined by blank lines. POI guards against
 * zip bombs (inflate ratio, entry size) and its XML parsing refuses DOCTYPEs, so external entities
 * (XXE) are never resolved. On top of that ({@link ReadBudget}): the zip is read through a stream
 * that counts what all parts inflate to together (POI holds every part in memory) and checks the
 * deadline; the XML parts are measured before POI builds its (~17 times larger) tree of them; and
 * each part is parsed from a stream that checks the deadline.
 */
public final class DocxArticleReader implements ArticleReader {

    private static final String INFLATE_PROBLEM = "refused: its parts inflate to more than "
            + (ArticleLimits.MAX_INFLATED_BYTES >> 20) + " MiB (the file may be a zip bomb)";

    static {
        QuietLogging.install();
        // set explicitly, so that a later change of POI's defaults cannot loosen them unnoticed
        ZipSecureFile.setMinInflateRatio(ArticleLimits.MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(ArticleLimits.MAX_INFLATED_BYTES);
    }

    @Override
    public ImportedArticle read(byte[] bytes, String fileName) throws ImportException {
        ArticleText.checkFileSize(bytes.length, fileName);
        return BoundedRead.run(fileName, budget -> read(bytes, fileName, budget));
    }

    private static ImportedArticle read(byte[] bytes, String fileName, ReadBudget budget) throws ImportException {
        List<String> paragraphs = new ArrayList<>();
        String title = null;
        String metadata = null;
        org.newsmark.domain.ArticleMetadata about = org.newsmark.domain.ArticleMetadata.EMPTY;
        try (XWPFDocument doc = open(bytes, budget)) {
            if (doc.getProperties() != null && doc.getProperties().getCoreProperties() != null) {
                metadata = doc.getProperties().getCoreProperties().getTitle();
                about = FileMetadata.docx(doc.getProperties().getCoreProperties());
            }
            for (IBodyElement element : doc.getBodyElements()) {
                budget.check();
                if (element instanceof XWPFParagraph p) {
                    String t = p.getText().strip();
                    if (!t.isEmpty()) {
                        paragraphs.add(t);
                        if (title == null && isHeading(p)) {
                            title = t;
                        }
                    }
                } else if (element instanceof XWPFTable table) {
                    addTable(table, paragraphs);
                }
            }
        } catch (Exception e) {
            Optional<ReadBudget.Exceeded> exceeded = ReadBudget.in(e).or(budget::exceeded);
            if (exceeded.isPresent()) {
                throw new ImportException(fileName, exceeded.get().problem());
            }
            throw new ImportException(fileName, explain(e), e);
        }
        String text = String.join("\n\n", paragraphs);
        return ArticleText.finish(text, fileName, "contains no text", metadata, title).withMetadata(about);
    }

    /** As {@code new XWPFDocument(InputStream)} does it, with the budget in the streams. */
    private static XWPFDocument open(byte[] bytes, ReadBudget budget) throws IOException, InvalidFormatException {
        OPCPackage pkg = OPCPackage.open(new BudgetedZipSource(bytes, budget));
        try {
            return new XWPFDocument(pkg);
        } catch (IOException | RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    /** POI's in-memory zip source, reading through {@link CountingZipStream} and parsing parts through guarded streams. */
    private static final class BudgetedZipSource extends ZipInputStreamZipEntrySource {

        private final ReadBudget budget;

        BudgetedZipSource(byte[] bytes, ReadBudget budget) throws IOException {
            // the same stream POI's ZipHelper.openZipStream builds, with the budget around it
            super(new CountingZipStream(new ZipArchiveInputStream(budget.guard(new ByteArrayInputStream(bytes)),
                    "UTF-8", false, true), budget));
            this.budget = budget;
            checkXmlSize();
        }

        /** The parts are in memory now; their XML is counted before POI parses any of it. */
        private void checkXmlSize() throws IOException {
            long xml = 0;
            for (Enumeration<? extends ZipArchiveEntry> e = getEntries(); e.hasMoreElements(); ) {
                ZipArchiveEntry entry = e.nextElement();
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.endsWith(".xml") || name.endsWith(".rels")) {
                    try (InputStream in = super.getInputStream(entry)) {
                        xml += in == null ? 0 : in.transferTo(OutputStream.nullOutputStream());
                    }
                    budget.check();
                    if (xml > ArticleLimits.MAX_DOCX_XML_BYTES) {
                        throw budget.exceed("refused: its XML parts hold more than " + (ArticleLimits.MAX_DOCX_XML_BYTES >> 20)
                                + " MiB, far more than any article (the file may be crafted to exhaust memory)");
                    }
                }
            }
        }

        @Override
        public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
            InputStream in = super.getInputStream(entry);
            return in == null ? null : budget.guard(in);
        }
    }

    /** POI's ratio and entry-size guard, also counting what all entries inflate to together. */
    private static final class CountingZipStream extends ZipArchiveThresholdInputStream {

        private final ReadBudget budget;

        CountingZipStream(ZipArchiveInputStream zip, ReadBudget budget) {
            super(zip);
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                budget.countInflated(1, INFLATE_PROBLEM);
                budget.tick();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                budget.countInflated(n, INFLATE_PROBLEM);
                budget.check();
            }
            return n;
        }
    }

    private static void addTable(XWPFTable table, List<String> paragraphs) {
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                String t = cell.getText().strip();
                if (!t.isEmpty()) {
                    paragraphs.add(t);
                }
            }
        }
    }

    private static boolean isHeading(XWPFParagraph p) {
        String style = p.getStyle();
        if (style == null) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT);
        return s.startsWith("title") || s.startsWith("heading") || s.startsWith("berschrift");
    }

    /** Turns POI's varied exceptions into a message an analyst can act on. */
    private static String explain(Throwable e) {
        String all = chainMessages(e).toLowerCase(Locale.ROOT);
        if (all.contains("zip bomb") && all.contains("max size")) {
            return INFLATE_PROBLEM; // POI's entry-size guard
        }
        if (all.contains("zip bomb")) {
            return "refused: looks like a zip bomb (a part inflates more than "
                    + Math.round(1 / ArticleLimits.MIN_INFLATE_RATIO) + " times its compressed size)";
        }
        if (all.contains("more internal file entries than expected")) {
            return "refused: it holds more than " + ZipSecureFile.getMaxFileCount() + " parts (the file may be crafted)";
        }
        if (all.contains("doctype")) {
            return "refused: the document declares a DOCTYPE or external entity, which Word never writes";
        }
        if (all.contains("truncated") || all.contains("unexpected end") || all.contains("eof")
                || all.contains("no valid entries") || all.contains("not a valid") || all.contains("zip")
                || all.contains("broken") || all.contains("not found")) {
            return "could not be read as a Word document (damaged or truncated file: " + firstLine(e) + ")";
        }
        return "could not be read as a Word document: " + firstLine(e);
    }

    private static String chainMessages(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < 10_000; t = t.getCause()) {
            sb.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append('\n');
        }
        return sb.toString();
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
