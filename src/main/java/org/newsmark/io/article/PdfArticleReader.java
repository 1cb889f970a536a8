package org.newsmark.io.article;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.newsmark.io.ImportException;
import org.newsmark.io.QuietLogging;

/**
 * A PDF's text layer, in reading order (sorted by position so two-column layouts do not
 * interleave at random). Scanned PDFs have no text layer and need OCR first.
 *
 * <p>Hostile files are stopped from inside PDFBox's work ({@link ReadBudget}): the parser reads
 * through a buffer that checks the deadline; every compressed non-image stream is inflated once
 * into a counter before PDFBox inflates it in memory whole; the text stripper checks the deadline
 * on every content-stream operator, refuses a form XObject that draws itself (directly or through
 * others) and a page that draws too many forms or holds too many characters, and writes into a
 * bounded buffer.
 */
public final class PdfArticleReader implements ArticleReader {

    /** Image codecs: text extraction never decodes image streams, so neither does the inflate check. */
    private static final Set<COSName> IMAGE_FILTERS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION);
    private static final String INFLATE_PROBLEM = "refused: its compressed contents inflate to more than "
            + (ArticleLimits.MAX_INFLATED_BYTES >> 20) + " MiB (the file may be crafted to exhaust memory)";

    static {
        QuietLogging.install();
    }

    @Override
    public ImportedArticle read(byte[] bytes, String fileName) throws ImportException {
        ArticleText.checkFileSize(bytes.length, fileName);
        return BoundedRead.run(fileName, budget -> read(bytes, fileName, budget));
    }

    private static ImportedArticle read(byte[] bytes, String fileName, ReadBudget budget) throws ImportException {
        try (PDDocument doc = Loader.loadPDF(new GuardedBuffer(bytes, budget))) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw new ImportException(fileName, "could not be read as a PDF: it has no pages (damaged file?)");
            }
            if (pages > ArticleLimits.MAX_PDF_PAGES) {
                throw new ImportException(fileName, "has " + pages + " pages; at most "
                        + ArticleLimits.MAX_PDF_PAGES + " can be imported");
            }
            checkInflatedSize(doc.getDocument(), budget);
            String text = extract(doc, budget);
            if (text.isBlank()) {
                throw new ImportException(fileName, "has no text layer (scanned image?); run OCR first");
            }
            String title = doc.getDocumentInformation() == null ? null : doc.getDocumentInformation().getTitle();
            return ArticleText.finish(text, fileName, "has no text layer (scanned image?); run OCR first", title)
                    .withMetadata(FileMetadata.pdf(doc.getDocumentInformation()));
        } catch (InvalidPasswordException e) {
            throw new ImportException(fileName, "is encrypted with a password; remove the protection and import again", e);
        } catch (IOException | RuntimeException e) {
            Optional<ReadBudget.Exceeded> exceeded = ReadBudget.in(e);
            if (exceeded.isPresent()) {
                throw new ImportException(fileName, exceeded.get().problem());
            }
            throw new ImportException(fileName, "could not be read as a PDF (damaged file?): " + e.getMessage(), e);
        }
    }

    private static String extract(PDDocument doc, ReadBudget budget) throws IOException {
        BoundedStripper stripper = new BoundedStripper(budget);
        stripper.setSortByPosition(true);
        stripper.setLineSeparator("\n");
        stripper.setParagraphEnd("\n");
        stripper.setPageEnd("\n\n");
        // twice the limit: blank runs collapse afterwards, and ArticleText.finish applies the exact limit
        BoundedWriter text = new BoundedWriter(2L * ArticleLimits.MAX_TEXT_CHARS, budget);
        stripper.writeText(doc, text);
        return collapseBlankRuns(text.toString());
    }

    /** Page ends and paragraph ends add up; keep at most one blank line between paragraphs. */
    private static String collapseBlankRuns(String s) {
        return s.replace("\r\n", "\n").replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    /**
     * Inflates every compressed stream that text extraction may inflate (contents, forms, fonts,
     * object streams; not images, attachments or metadata) into a counter, refusing the file past
     * {@link ArticleLimits#MAX_INFLATED_BYTES} in total: PDFBox inflates a stream into memory whole
     * (and again each time a form is drawn), so a 300 KB stream of 300 MiB would be held at once.
     */
    private static void checkInflatedSize(COSDocument cos, ReadBudget budget) {
        for (Map.Entry<COSObjectKey, Long> entry : new ArrayList<>(cos.getXrefTable().entrySet())) {
            // negative offsets are objects inside object streams, which never hold streams
            if (entry.getValue() == null || entry.getValue() <= 0) {
                continue;
            }
            budget.check();
            COSBase object;
            try {
                object = cos.getObjectFromPool(entry.getKey()).getObject();
            } catch (RuntimeException e) {
                if (e instanceof ReadBudget.Exceeded) {
                    throw e;
                }
                continue; // damaged object: the extraction meets it, or not, and copes alone
            }
            if (object instanceof COSStream stream && !notExtracted(stream)) {
                inflateCounting(stream, budget);
            }
        }
    }

    private static boolean notExtracted(COSStream stream) {
        COSName type = stream.getCOSName(COSName.TYPE);
        return COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE)) || COSName.EMBEDDED_FILE.equals(type)
                || COSName.METADATA.equals(type) || COSName.XREF.equals(type);
    }

    private static void inflateCounting(COSStream stream, ReadBudget budget) {
        List<COSName> filters = filterNames(stream.getFilters());
        if (filters.isEmpty() || filters.stream().anyMatch(IMAGE_FILTERS::contains)) {
            return; // unfiltered bytes are part of the file, already within its size limit
        }
        try (InputStream raw = stream.createRawInputStream()) {
            InputStream in = raw;
            for (int i = 0; i < filters.size(); i++) {
                Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
                boolean last = i == filters.size() - 1;
                CountingOutputStream out = new CountingOutputStream(last ? OutputStream.nullOutputStream()
                        : new ByteArrayOutputStream(), budget);
                filter.decode(in, out, stream, i);
                if (!last) {
                    in = new ByteArrayInputStream(((ByteArrayOutputStream) out.target).toByteArray());
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ReadBudget.Exceeded) {
                throw (ReadBudget.Exceeded) e;
            }
            // a damaged stream: PDFBox meets it during extraction and copes (or fails) alone
        }
    }

    private static List<COSName> filterNames(COSBase filters) {
        List<COSName> names = new ArrayList<>();
        if (filters instanceof COSName name) {
            names.add(name);
        } else if (filters instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSName name) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** Counts (and checks) what a filter writes, passing it on. */
    private static final class CountingOutputStream extends OutputStream {

        private final OutputStream target;
        private final ReadBudget budget;

        CountingOutputStream(OutputStream target, ReadBudget budget) {
            this.target = target;
            this.budget = budget;
        }

        @Override
        public void write(int b) throws IOException {
            budget.countInflated(1, INFLATE_PROBLEM);
            budget.tick();
            target.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            budget.countInflated(len, INFLATE_PROBLEM);
            budget.check();
            target.write(b, off, len);
        }
    }

    /** The file's bytes as PDFBox's parser reads them, checking the deadline as it goes. */
    private static final class GuardedBuffer extends RandomAccessReadBuffer {

        private final ReadBudget budget;

        GuardedBuffer(byte[] bytes, ReadBudget budget) {
            super(bytes);
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            budget.tick();
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            budget.tick();
            return super.read(b, off, len);
        }
    }

    /** PDFTextStripper with the budget checked inside its operator loop and its form drawing. */
    private static final class BoundedStripper extends PDFTextStripper {

        private final ReadBudget budget;
        /** The forms being drawn now, innermost last: drawing one of them again would never end. */
        private final Set<COSStream> drawing = Collections.newSetFromMap(new IdentityHashMap<>());
        private int formsOnPage;
        private int charsOnPage;

        BoundedStripper(ReadBudget budget) {
            this.budget = budget;
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            formsOnPage = 0;
            charsOnPage = 0;
            super.startPage(page);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            budget.check();
            super.processOperator(operator, operands);
        }

        @Override
        public void showForm(PDFormXObject form) throws IOException {
            enter(form);
            try {
                super.showForm(form);
            } finally {
                drawing.remove(form.getCOSObject());
            }
        }

        @Override
        public void showTransparencyGroup(PDTransparencyGroup group) throws IOException {
            enter(group);
            try {
                super.showTransparencyGroup(group);
            } finally {
                drawing.remove(group.getCOSObject());
            }
        }

        private void enter(PDFormXObject form) {
            budget.check();
            if (drawing.contains(form.getCOSObject())) {
                // PDFBox itself stops at 50 levels, but a form drawing itself twice makes 2^50 draws
                throw budget.exceed("refused: a drawing in it (form XObject) contains itself, so reading it would "
                        + "never finish (the file is damaged or crafted)");
            }
            if (++formsOnPage > ArticleLimits.MAX_PDF_FORM_DRAWS_PER_PAGE) {
                throw budget.exceed(String.format("refused: page %d draws more than %,d forms (form XObjects); reading "
                        + "it would take too long (the file may be crafted to never finish)", getCurrentPageNo(),
                        ArticleLimits.MAX_PDF_FORM_DRAWS_PER_PAGE));
            }
            drawing.add(form.getCOSObject());
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (++charsOnPage > ArticleLimits.MAX_PDF_PAGE_CHARS) {
                throw budget.exceed(String.format("refused: page %d holds more than %,d characters (the file may be "
                        + "crafted to exhaust memory)", getCurrentPageNo(), ArticleLimits.MAX_PDF_PAGE_CHARS));
            }
            super.processTextPosition(text);
        }
    }

    /** Collects the stripper's output up to a limit. */
    private static final class BoundedWriter extends Writer {

        private final StringBuilder text = new StringBuilder();
        private final long limit;
        private final ReadBudget budget;

        BoundedWriter(long limit, ReadBudget budget) {
            this.limit = limit;
            this.budget = budget;
        }

        @Override
        public void write(char[] chars, int off, int len) {
            room(len);
            text.append(chars, off, len);
        }

        @Override
        public void write(String s, int off, int len) {
            room(len);
            text.append(s, off, off + len);
        }

        private void room(int len) {
            if (text.length() + (long) len > limit) {
                throw budget.exceed(String.format("is too long: more than %,d characters of text", ArticleLimits.MAX_TEXT_CHARS));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
