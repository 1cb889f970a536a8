package org.newsmark.io.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.newsmark.domain.ArticleMetadata;

/**
 * The byte writer against what the export wrote before it, commons-csv's RFC 4180 printer
 * through a UTF-8 writer: the same bytes for awkward cells (emoji, lone surrogates, CR, LF, CRLF,
 * quotes, commas, leading and trailing blanks, '#', empty cells first and later in a record) and
 * for random records and rows, with both line ends, the BOM and the guard.
 */
class Utf8CsvRecordsTest {

    private static final String[] AWKWARD = {"", " ", "a", "#", "#x", "\"", "\"\"", "a\"b", ",", "a,b", ",a", "\n", "a\nb", "\r\n",
            "a\r", "x ", " x", "\t", "x\t", "é", "éa", "日本語", "😀", "a😀b", "😀\"", "\uD83D", "a\uD83Db", "\uDE00", "x\uDE00\uD83D",
            "\uD83D\"", "=1+2", "-3.5", "+12%", "@SUM(1)", "'=x", "!", "$", "~", "\u007F", "\u0080", "\u07FF", "\u0800", "\uFFFF",
            "\u0000", "a\u001Fb", "line1\r\nline2 ", "\uFEFF"};

    @Test
    void awkwardCellsAreTheBytesCommonsCsvWrote() throws IOException {
        for (boolean crlf : new boolean[] {false, true}) {
            List<List<String>> records = new ArrayList<>();
            for (String a : AWKWARD) {
                for (String b : AWKWARD) {
                    records.add(List.of(a, b, a));
                }
            }
            assertArrayEquals(commonsCsv(records, crlf), bytes(records, crlf), "crlf " + crlf);
        }
    }

    @Test
    void randomRecordsAreTheBytesCommonsCsvWrote() throws IOException {
        Random r = new Random(18);
        List<List<String>> records = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            List<String> cells = new ArrayList<>();
            for (int c = 1 + r.nextInt(6); c > 0; c--) {
                cells.add(randomCell(r, i < 10 ? 40_000 : 30)); // some cells longer than the buffer
            }
            records.add(cells);
        }
        assertArrayEquals(commonsCsv(records, false), bytes(records, false));
        assertArrayEquals(commonsCsv(records, true), bytes(records, true));
    }

    @Test
    void numbersAreTheirDecimalDigits() throws IOException {
        long[] numbers = {0, 7, -7, 10, 99, 100, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, -1_000_000};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Utf8CsvRecords w = new Utf8CsvRecords(out, false)) {
            for (long v : numbers) {
                w.cell(v);
            }
            w.endRecord();
        }
        List<String> expected = new ArrayList<>();
        for (long v : numbers) {
            expected.add(Long.toString(v));
        }
        assertArrayEquals(commonsCsv(List.of(expected), false), out.toByteArray());
    }

    @Test
    void timesAreWhatInstantToStringWrites() throws IOException {
        Random r = new Random(5);
        List<Instant> times = new ArrayList<>(List.of(Instant.EPOCH, Instant.ofEpochMilli(1), Instant.ofEpochSecond(951_782_400),
                Instant.parse("2000-02-29T23:59:59.999Z"), Instant.parse("1999-12-31T23:59:59Z"), Instant.parse("9999-12-31T23:59:59.999Z"),
                Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("1969-12-31T23:59:59.999Z"), Instant.ofEpochSecond(5, 1),
                Instant.ofEpochSecond(7, 120_000), Instant.MIN, Instant.MAX));
        for (int i = 0; i < 50_000; i++) {
            long s = r.nextLong() % 260_000_000_000L;
            times.add(Instant.ofEpochSecond(s, r.nextInt(4) == 0 ? r.nextInt(1_000_000_000) : r.nextInt(1000) * 1_000_000));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Utf8CsvRecords w = new Utf8CsvRecords(out, false)) {
            for (Instant t : times) {
                w.cell(t);
                w.endRecord();
            }
        }
        StringBuilder expected = new StringBuilder();
        times.forEach(t -> expected.append(t).append('\n'));
        assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }

    @Test
    void annotationRowsAreTheBytesTheCommonsCsvWriterWrote() throws IOException {
        Random r = new Random(3);
        List<String> attributes = List.of("frame", "speaker type");
        List<String> fields = List.of("desk");
        List<ExportRow> rows = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            Map<String, List<String>> values = new LinkedHashMap<>();
            if (r.nextBoolean()) {
                values.put("frame", List.of(randomCell(r, 8), randomCell(r, 8)));
            }
            Map<String, String> custom = r.nextBoolean() ? Map.of("desk", randomCell(r, 10)) : Map.of();
            ArticleMetadata m = new ArticleMetadata(randomCell(r, 6), null, randomCell(r, 6), null, "en", custom);
            rows.add(new ExportRow(r.nextInt(1000) - 3, randomCell(r, 12), "ab12", randomCell(r, 5), r.nextLong(), randomCell(r, 9),
                    r.nextInt(5000), r.nextInt(5000), randomCell(r, 60), r.nextBoolean() ? null : randomCell(r, 20),
                    Instant.ofEpochMilli(r.nextLong() % 4_000_000_000_000L), r.nextBoolean() ? null : Instant.ofEpochSecond(r.nextInt()),
                    values, m));
        }
        for (CsvOptions options : List.of(CsvOptions.DEFAULT, new CsvOptions(true, false), new CsvOptions(false, true))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (CsvAnnotationWriter w = new CsvAnnotationWriter(out, options, attributes, fields)) {
                for (ExportRow row : rows) {
                    w.write(row);
                }
            }
            assertArrayEquals(commonsCsvRows(rows, options, attributes, fields), out.toByteArray(), options.toString());
        }
    }

    private static String randomCell(Random r, int maxLength) {
        StringBuilder sb = new StringBuilder();
        int len = r.nextInt(maxLength + 1);
        for (int i = 0; i < len; i++) {
            int k = r.nextInt(20);
            if (k < 12) {
                sb.append((char) ('a' + r.nextInt(26)));
            } else {
                sb.append(AWKWARD[r.nextInt(AWKWARD.length)]);
            }
        }
        return sb.toString();
    }

    private static byte[] bytes(List<List<String>> records, boolean crlf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Utf8CsvRecords w = new Utf8CsvRecords(out, crlf)) {
            for (List<String> record : records) {
                for (String cell : record) {
                    w.cell(cell);
                }
                w.endRecord();
            }
        }
        return out.toByteArray();
    }

    private static byte[] commonsCsv(List<List<String>> records, boolean crlf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator(crlf ? "\r\n" : "\n").get())) {
            for (List<String> record : records) {
                p.printRecord(record);
            }
        }
        return out.toByteArray();
    }

    /** The annotation writer as it was before the byte writer: every cell a string, printed by commons-csv. */
    private static byte[] commonsCsvRows(List<ExportRow> rows, CsvOptions options, List<String> attributes, List<String> fields)
            throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<String> header = new ArrayList<>(CsvColumns.ALL);
        attributes.forEach(n -> header.add(CsvColumns.attributeColumn(n)));
        header.addAll(CsvColumns.METADATA);
        fields.forEach(n -> header.add(CsvColumns.fieldColumn(n)));
        records.add(header);
        for (ExportRow r : rows) {
            List<String> cells = new ArrayList<>(List.of(Long.toString(r.documentId()), text(r.documentTitle(), options),
                    text(r.documentSha256(), options), text(r.analyst(), options), Long.toString(r.annotationId()), text(r.label(), options),
                    Integer.toString(r.start()), Integer.toString(r.end()), text(r.text(), options), text(r.note(), options),
                    r.createdAt() == null ? "" : r.createdAt().toString(), r.updatedAt() == null ? "" : r.updatedAt().toString()));
            for (String name : attributes) {
                List<String> values = r.attributes().get(name);
                cells.add(values == null ? "" : text(String.join(CsvColumns.MULTIPLE_SEPARATOR, values), options));
            }
            ArticleMetadata.STANDARD.forEach(n -> cells.add(text(r.metadata().get(n), options)));
            fields.forEach(n -> cells.add(text(r.metadata().fields().get(n), options)));
            records.add(cells);
        }
        byte[] body = commonsCsv(records, options.excel());
        if (!options.excel()) {
            return body;
        }
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }

    private static String text(String s, CsvOptions options) {
        return s == null ? "" : options.raw() ? s : CsvInjectionGuard.guard(s);
    }
}
