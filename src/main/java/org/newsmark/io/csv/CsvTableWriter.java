package org.newsmark.io.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Any other table Newsmark writes as CSV (aligned pairs, agreement figures): RFC 4180, UTF-8,
 * with the same spreadsheet guard and Excel options as the tag export. Closing it closes the stream.
 */
public final class CsvTableWriter implements Closeable {

    private final CSVPrinter printer;
    private final boolean guard;

    public CsvTableWriter(OutputStream out, CsvOptions options, String... header) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 15);
        if (options.excel()) {
            writer.write('\uFEFF');
        }
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setRecordSeparator(options.excel() ? "\r\n" : "\n").get());
        this.guard = !options.raw();
        printer.printRecord((Object[]) header);
    }

    /** One row; numbers are written as they are, text cells through the guard. */
    public void row(Object... cells) throws IOException {
        List<String> out = new ArrayList<>(cells.length);
        for (Object c : cells) {
            if (c == null) {
                out.add("");
            } else if (c instanceof Number) {
                out.add(c.toString());
            } else {
                out.add(guard ? CsvInjectionGuard.guard(c.toString()) : c.toString());
            }
        }
        printer.printRecord(out);
    }

    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
