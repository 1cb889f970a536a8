package org.newsmark.io.csv;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams annotations to RFC 4180 CSV in UTF-8, one row at a time (exports of large projects
 * never hold all rows in memory). Columns: {@link CsvColumns#ALL}, then one {@code attr:NAME}
 * column per attribute name given (multiple choices joined with {@code " | "}). Offsets are code
 * points, times ISO 8601 UTC. Closing the writer closes the stream.
 */
public final class CsvAnnotationWriter implements Closeable, Flushable {

    private final Utf8CsvRecords out;
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
        this.out = new Utf8CsvRecords(out, options.excel());
        if (options.excel()) {
            this.out.byteOrderMark();
        }
        this.guard = !options.raw();
        List<String> header = new ArrayList<>(CsvColumns.ALL);
        attributeNames.forEach(n -> header.add(CsvColumns.attributeColumn(n)));
        if (this.customFields != null) {
            header.addAll(CsvColumns.METADATA);
            this.customFields.forEach(n -> header.add(CsvColumns.fieldColumn(n)));
        }
        for (String h : header) {
            this.out.cell(h);
        }
        this.out.endRecord();
    }

    /** One record, cell by cell into the bytes: no list of cells, no strings for the numbers. */
    public void write(ExportRow r) throws IOException {
        out.cell(r.documentId());
        out.cell(text(r.documentTitle()));
        out.cell(text(r.documentSha256()));
        out.cell(text(r.analyst()));
        out.cell(r.annotationId());
        out.cell(text(r.label()));
        out.cell(r.start());
        out.cell(r.end());
        out.cell(text(r.text()));
        out.cell(text(r.note()));
        time(r.createdAt());
        time(r.updatedAt());
        for (String name : attributeNames) {
            List<String> values = r.attributes().get(name);
            out.cell(values == null ? "" : text(String.join(CsvColumns.MULTIPLE_SEPARATOR, values)));
        }
        if (customFields != null) {
            org.newsmark.domain.ArticleMetadata m = r.metadata();
            for (String n : org.newsmark.domain.ArticleMetadata.STANDARD) {
                out.cell(text(m.get(n)));
            }
            for (String n : customFields) {
                out.cell(text(m.fields().get(n)));
            }
        }
        out.endRecord();
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

    private void time(Instant t) throws IOException {
        if (t == null) {
            out.cell("");
        } else {
            out.cell(t);
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
