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

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Streams annotations to RFC 4180 CSV in UTF-8, one row at a time (exports of large projects
 * never hold all rows in memory). Columns: {@link CsvColumns#ALL}. Offsets are code points,
 * times ISO 8601 UTC. Closing the writer closes the stream.
 */
public final class CsvAnnotationWriter implements Closeable, Flushable {

    private final CSVPrinter printer;
    private final boolean guard;

    public CsvAnnotationWriter(OutputStream out, CsvOptions options) throws IOException {
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (options.excel()) {
            writer.write('\uFEFF');
        }
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setRecordSeparator(options.excel() ? "\r\n" : "\n")
                .get();
        this.printer = new CSVPrinter(writer, format);
        this.guard = !options.raw();
        printer.printRecord(CsvColumns.ALL);
    }

    public void write(ExportRow r) throws IOException {
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
        return t == null ? "" : t.toString();
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
