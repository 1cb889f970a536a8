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
    /** How many columns follow the metadata columns. */
    private final int trailing;
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
        this(out, options, attributeNames, customFields, List.of());
    }

    /**
     * @param trailing columns after all of those, whose cells each row gives with
     *                 {@link #writeUntagged} (the suggestions file's {@code kind, confidence})
     */
    public CsvAnnotationWriter(OutputStream out, CsvOptions options, List<String> attributeNames, List<String> customFields,
                               List<String> trailing) throws IOException {
        this.trailing = trailing.size();
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
        header.addAll(trailing);
        for (String h : header) {
            this.out.cell(h);
        }
        this.out.endRecord();
    }

    /** One record, cell by cell into the bytes: no list of cells, no strings for the numbers. */
    public void write(ExportRow r) throws IOException {
        write(r, true, List.of());
    }

    /**
     * A row that is not a tag yet (a suggestion): its annotation_id empty ({@code r.annotationId()}
     * is not written), then the trailing columns' cells, as many as the writer has trailing columns.
     */
    public void writeUntagged(ExportRow r, List<String> trailingCells) throws IOException {
        write(r, false, trailingCells);
    }

    private void write(ExportRow r, boolean tagged, List<String> trailingCells) throws IOException {
        if (trailingCells.size() != trailing) {
            throw new IllegalArgumentException("expected " + trailing + " trailing cells, got " + trailingCells.size());
        }
        out.cell(r.documentId());
        out.cell(text(r.documentTitle()));
        out.cell(text(r.documentSha256()));
        out.cell(text(r.analyst()));
        if (tagged) {
            out.cell(r.annotationId());
        } else {
            out.cell("");
        }
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
        for (String c : trailingCells) {
            out.cell(text(c));
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
