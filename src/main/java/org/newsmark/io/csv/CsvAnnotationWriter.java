package org.newsmark.io.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.newsmark.domain.IsoInstants;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Streams annotations to RFC 4180 CSV in UTF-8, one row at a time (exports of large projects
 * never hold all rows in memory). Columns: {@link CsvColumns#ALL}, then one {@code attr:NAME}
 * column per attribute name given (multiple choices joined with {@code " | "}). Offsets are code
 * points, times ISO 8601 UTC. Closing the writer closes the stream.
 */
public final class CsvAnnotationWriter implements Closeable, Flushable {

    /** Records are formatted here and handed to the writer in chunks of about this many chars. */
    private static final int CHUNK = 1 << 15;

    private final BufferedWriter writer;
    /**
     * CSVPrinter writes cell by cell and character by character; into a Writer each of those
     * calls takes the writer's lock, which made that most of the time of a large export.
     */
    private final StringBuilder pending = new StringBuilder(CHUNK + 4096);
    private final CSVPrinter printer;
    private final boolean guard;

    private final List<String> attributeNames;
    /** The custom fields written after the built-in metadata columns; null when the file has no metadata columns. */
    private final List<String> customFields;

    public CsvAnnotationWriter(OutputStream out, CsvOptions options) throws IOException {
        this(out, options, List.of());
    }

    /** @param attributeNames the attribute columns, in order (each name once) */
    public CsvAnnotationWriter(OutputStream out, CsvOptions options, List<String> attributeNames) throws IOException {
        this(out, options, attributeNames, null);
    }

    /**
     * @param customFields with the article metadata columns after the attribute columns
     *                     ({@link CsvColumns#METADATA}, then {@code field:NAME} for these custom fields); null for none
     */
    public CsvAnnotationWriter(OutputStream out, CsvOptions options, List<String> attributeNames, List<String> customFields)
            throws IOException {
        this.attributeNames = List.copyOf(attributeNames);
        this.customFields = customFields == null ? null : List.copyOf(customFields);
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CHUNK);
        if (options.excel()) {
            writer.write('\uFEFF');
        }
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setRecordSeparator(options.excel() ? "\r\n" : "\n")
                .get();
        this.printer = new CSVPrinter(pending, format);
        this.guard = !options.raw();
        List<String> header = new ArrayList<>(CsvColumns.ALL);
        attributeNames.forEach(n -> header.add(CsvColumns.attributeColumn(n)));
        if (this.customFields != null) {
            header.addAll(CsvColumns.METADATA);
            this.customFields.forEach(n -> header.add(CsvColumns.fieldColumn(n)));
        }
        printer.printRecord(header);
        drainIfFull();
    }

    private void drainIfFull() throws IOException {
        if (pending.length() >= CHUNK) {
            drain();
        }
    }

    private void drain() throws IOException {
        writer.append(pending);
        pending.setLength(0);
    }

    public void write(ExportRow r) throws IOException {
        if (!attributeNames.isEmpty() || customFields != null) {
            writeWithAttributes(r);
            return;
        }
        printer.printRecord(
                Long.toString(r.documentId()),
                text(r.documentTitle()),
                text(r.documentSha256()),
                text(r.analyst()),
                Long.toString(r.annotationId()),
                text(r.label()),
                Integer.toString(r.start()),
                Integer.toString(r.end()),
                text(r.text()),
                text(r.note()),
                time(r.createdAt()),
                time(r.updatedAt()));
        drainIfFull();
    }

    private void writeWithAttributes(ExportRow r) throws IOException {
        List<String> cells = new ArrayList<>(CsvColumns.ALL.size() + attributeNames.size());
        cells.addAll(List.of(Long.toString(r.documentId()), text(r.documentTitle()), text(r.documentSha256()), text(r.analyst()),
                Long.toString(r.annotationId()), text(r.label()), Integer.toString(r.start()), Integer.toString(r.end()),
                text(r.text()), text(r.note()), time(r.createdAt()), time(r.updatedAt())));
        for (String name : attributeNames) {
            List<String> values = r.attributes().get(name);
            cells.add(values == null ? "" : text(String.join(CsvColumns.MULTIPLE_SEPARATOR, values)));
        }
        if (customFields != null) {
            org.newsmark.domain.ArticleMetadata m = r.metadata();
            org.newsmark.domain.ArticleMetadata.STANDARD.forEach(n -> cells.add(text(m.get(n))));
            customFields.forEach(n -> cells.add(text(m.fields().get(n))));
        }
        printer.printRecord(cells);
        drainIfFull();
    }

    /** For {@code stream.forEach(writer::writeUnchecked)}. */
    public void writeUnchecked(ExportRow r) {
        try {
            write(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String s) {
        if (s == null) {
            return "";
        }
        return guard ? CsvInjectionGuard.guard(s) : s;
    }

    private static String time(Instant t) {
        return t == null ? "" : IsoInstants.format(t);
    }

    @Override
    public void flush() throws IOException {
        drain();
        writer.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            drain();
        } finally {
            writer.close();
        }
    }
}
