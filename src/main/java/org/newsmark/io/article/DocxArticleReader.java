package org.newsmark.io.article;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
 * zip bombs (inflate ratio) and its XML parsing refuses DOCTYPEs, so external entities (XXE) are
 * never resolved.
 */
public final class DocxArticleReader implements ArticleReader {

    /** POI's default, set explicitly so a later change of default cannot loosen it unnoticed. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** No part of an article-sized DOCX comes near this; POI's default (4 GiB) would exhaust memory first. */
    static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;

    static {
        QuietLogging.install();
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    @Override
    public ImportedArticle read(byte[] bytes, String fileName) throws ImportException {
        ArticleText.checkFileSize(bytes.length, fileName);
        List<String> paragraphs = new ArrayList<>();
        String title = null;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (IBodyElement element : doc.getBodyElements()) {
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
            throw new ImportException(fileName, explain(e), e);
        }
        String text = String.join("\n\n", paragraphs);
        return ArticleText.finish(title, text, fileName, "contains no text");
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
        if (all.contains("zip bomb")) {
            return "refused: looks like a zip bomb (a part inflates more than "
                    + Math.round(1 / MIN_INFLATE_RATIO) + " times its compressed size)";
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
