package org.newsmark.io.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.newsmark.domain.Names;
import org.newsmark.io.ImportException;
import org.newsmark.io.StrictText;

/**
 * Reads annotation CSV: our own export or any subset with the required columns {@code analyst,
 * label, start, end} plus {@code document_sha256} or {@code document_id} (header names are
 * case-insensitive, in any order; unknown columns are ignored). Optional: {@code text, note,
 * document_title, created_at, updated_at, annotation_id}; ids are not imported, times are kept when given.
 *
 * <p>UTF-8 strictly, with or without BOM; CRLF or LF. Text cells go through
 * {@link CsvInjectionGuard#unguard}: a leading {@code '} is removed only when the next character
 * is one of {@code = + - @ \t \r} (or another such {@code '}), exactly inverting our export's
 * guard; any other leading {@code '} is data.
 *
 * <p>Refused, naming the file and the line (docs/formats.md lists them): a column Newsmark reads
 * appearing twice in the header; a header holding NUL (a UTF-16 file); a row with more or fewer
 * cells than the header; an analyst or label name {@link Names} refuses; {@code start}, {@code end},
 * {@code document_id} or {@code annotation_id} not written with the ASCII digits 0-9 alone; a
 * {@code document_id} given with two different {@code document_sha256} in the file, or the reverse.
 * Cells are quoted in messages at most 40 characters long, invisible characters as {@code <U+XXXX>}.
 */
public final class CsvAnnotationReader {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final int QUOTE_CODE_POINTS = 40;
    private static final String SAME_ARTICLE =
            "; a document_id and a document_sha256 must name the same article throughout the file";

    private CsvAnnotationReader() {
    }

    public static List<CsvAnnotationRow> read(Path file) throws ImportException {
        String name = file.getFileName().toString();
        return read(org.newsmark.io.ImportFiles.read(file, org.newsmark.io.ImportFiles.MAX_TABLE_BYTES), name);
    }

    public static List<CsvAnnotationRow> read(InputStream in, String fileName) throws ImportException {
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            in.transferTo(buffer);
            return read(buffer.toByteArray(), fileName);
        } catch (IOException e) {
            throw new ImportException(fileName, "could not be read: " + e.getMessage(), e);
        }
    }

    public static List<CsvAnnotationRow> read(byte[] bytes, String fileName) throws ImportException {
        return read(new StringReader(StrictText.utf8(bytes, fileName)), fileName);
    }

    /** The reader must not start with a BOM character (decoded BOMs are skipped anyway). */
    public static List<CsvAnnotationRow> read(Reader reader, String fileName) throws ImportException {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new ImportException(fileName, "is empty; expected a header line");
            }
            Columns columns = Columns.of(records.next(), fileName);
            List<CsvAnnotationRow> rows = new ArrayList<>();
            DocumentReferences references = new DocumentReferences(fileName);
            long nextLine = parser.getCurrentLineNumber() + 1;
            while (hasNext(records, fileName, nextLine)) {
                CSVRecord record = records.next();
                long line = nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                if (isBlank(record)) {
                    continue;
                }
                CsvAnnotationRow row = columns.row(record, line, fileName);
                references.check(row);
                rows.add(row);
            }
            return rows;
        } catch (IOException | UncheckedIOException e) {
            throw new ImportException(fileName, "is not valid CSV: " + CsvSyntax.reason(e), e);
        }
    }

    /** commons-csv reports syntax errors (e.g. an unclosed quote) as unchecked exceptions from hasNext. */
    private static boolean hasNext(Iterator<CSVRecord> records, String fileName, long line) throws ImportException {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new ImportException(fileName, line, "is not valid CSV: " + CsvSyntax.reason(e), e);
        }
    }

    private static boolean isBlank(CSVRecord record) {
        for (String v : record) {
            if (!v.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Header positions, looked up once. */
    private record Columns(Map<String, Integer> index, Map<String, Integer> attributes, int width) {

        static Columns of(CSVRecord header, String fileName) throws ImportException {
            for (String cell : header) {
                if (cell.indexOf('\0') >= 0) {
                    throw new ImportException(fileName, 1, "holds NUL characters (U+0000); the file may be UTF-16 "
                            + "or binary: save it as UTF-8 CSV");
                }
            }
            Map<String, Integer> index = new HashMap<>();
            Map<String, Integer> attributes = new java.util.LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String asWritten = header.get(i).replace("\uFEFF", "").strip();
                String name = asWritten.toLowerCase(Locale.ROOT);
                if (name.isEmpty()) {
                    continue;
                }
                if (name.startsWith(CsvColumns.ATTRIBUTE_PREFIX)) {
                    // attribute names keep their case: "attr:Speaker" and "attr:speaker" are two attributes
                    String attribute = asWritten.substring(CsvColumns.ATTRIBUTE_PREFIX.length()).strip();
                    Integer earlier = attributes.putIfAbsent(attribute, i);
                    if (earlier != null) {
                        throw new ImportException(fileName, 1, "the column \"" + asWritten + "\" appears twice (columns "
                                + (earlier + 1) + " and " + (i + 1) + ")");
                    }
                    continue;
                }
                Integer first = index.putIfAbsent(name, i);
                if (first != null && CsvColumns.ALL.contains(name)) {
                    throw new ImportException(fileName, 1, "the column \"" + name + "\" appears twice (columns "
                            + (first + 1) + " and " + (i + 1) + ")");
                }
            }
            List<String> missing = new ArrayList<>();
            for (String required : List.of(CsvColumns.ANALYST, CsvColumns.LABEL, CsvColumns.START, CsvColumns.END)) {
                if (!index.containsKey(required)) {
                    missing.add(required);
                }
            }
            if (!index.containsKey(CsvColumns.DOCUMENT_SHA256) && !index.containsKey(CsvColumns.DOCUMENT_ID)) {
                missing.add(CsvColumns.DOCUMENT_SHA256 + " or " + CsvColumns.DOCUMENT_ID);
            }
            if (!missing.isEmpty()) {
                throw new ImportException(fileName, 1, "missing column" + (missing.size() > 1 ? "s " : " ")
                        + String.join(", ", missing));
            }
            return new Columns(index, attributes, header.size());
        }

        String cell(CSVRecord r, String column) {
            Integer i = index.get(column);
            return i == null || i >= r.size() ? null : r.get(i);
        }

        CsvAnnotationRow row(CSVRecord r, long line, String fileName) throws ImportException {
            if (r.size() != width) {
                throw new ImportException(fileName, line, "has " + r.size() + (r.size() == 1 ? " cell" : " cells")
                        + " but the header has " + width + " (a cell holding a comma must be in double quotes)");
            }
            String analyst = name(r, CsvColumns.ANALYST, line, fileName);
            String label = name(r, CsvColumns.LABEL, line, fileName);
            int start = offset(r, CsvColumns.START, line, fileName);
            int end = offset(r, CsvColumns.END, line, fileName);
            if (end <= start) {
                throw new ImportException(fileName, line, "end " + end + " must be greater than start " + start);
            }
            String sha = blankToNull(cell(r, CsvColumns.DOCUMENT_SHA256));
            if (sha != null) {
                sha = sha.strip().toLowerCase(Locale.ROOT);
                if (!SHA256.matcher(sha).matches()) {
                    throw new ImportException(fileName, line, "document_sha256 " + quoted(sha)
                            + " is not 64 hexadecimal digits");
                }
            }
            Long documentId = id(r, CsvColumns.DOCUMENT_ID, line, fileName);
            id(r, CsvColumns.ANNOTATION_ID, line, fileName); // not imported, but a malformed one means a damaged row
            if (sha == null && documentId == null) {
                throw new ImportException(fileName, line, "neither document_sha256 nor document_id is given");
            }
            String text = blankToNull(cell(r, CsvColumns.TEXT));
            String note = cell(r, CsvColumns.NOTE);
            return new CsvAnnotationRow(line, documentId, sha, analyst, label, start, end,
                    text == null ? null : CsvInjectionGuard.unguard(text),
                    note == null ? "" : CsvInjectionGuard.unguard(note),
                    time(r, CsvColumns.CREATED_AT, line, fileName), time(r, CsvColumns.UPDATED_AT, line, fileName),
                    attributeCells(r));
        }

        private Map<String, String> attributeCells(CSVRecord r) {
            if (attributes.isEmpty()) {
                return Map.of();
            }
            Map<String, String> out = new java.util.LinkedHashMap<>();
            attributes.forEach((name, i) -> {
                String v = blankToNull(r.get(i));
                if (v != null) {
                    out.put(name, CsvInjectionGuard.unguard(v));
                }
            });
            return out;
        }

        /** An ISO 8601 UTC time as we export it, or null when the cell is absent or empty. */
        private java.time.Instant time(CSVRecord r, String column, long line, String fileName) throws ImportException {
            String v = blankToNull(cell(r, column));
            if (v == null) {
                return null;
            }
            try {
                return org.newsmark.domain.IsoInstants.parse(v.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new ImportException(fileName, line, column + " " + quoted(v) + " is not an ISO 8601 UTC time such as "
                        + "2026-11-25T19:25:48.375Z (a spreadsheet may have reformatted it; remove the column to import with the current time)");
            }
        }

        /** An analyst or label name, unguarded, then stripped and checked by {@link Names}. */
        private String name(CSVRecord r, String column, long line, String fileName) throws ImportException {
            String v = cell(r, column);
            try {
                String unguarded = v == null ? null : CsvInjectionGuard.unguard(v);
                return column.equals(CsvColumns.ANALYST) ? Names.analyst(unguarded) : Names.label(unguarded);
            } catch (Names.InvalidNameException e) {
                throw new ImportException(fileName, line, e.describe(column));
            }
        }

        private int offset(CSVRecord r, String column, long line, String fileName) throws ImportException {
            String v = cell(r, column);
            if (v == null || v.isEmpty()) {
                throw new ImportException(fileName, line, column + " is empty");
            }
            return (int) number(v, column, Integer.MAX_VALUE, line, fileName);
        }

        /** A document_id or annotation_id: null when the column or cell is empty. */
        private Long id(CSVRecord r, String column, long line, String fileName) throws ImportException {
            String v = blankToNull(cell(r, column));
            return v == null ? null : number(v, column, Long.MAX_VALUE, line, fileName);
        }

        private static String blankToNull(String s) {
            return s == null || s.isEmpty() ? null : s;
        }
    }

    /**
     * A whole number written with the ASCII digits 0-9 only: no sign, no spaces, no decimal point
     * or exponent, no other script's digits ({@link Integer#parseInt} would take {@code +5} and
     * {@code ١٢}). Leading zeros are allowed.
     */
    static long number(String v, String column, long max, long line, String fileName) throws ImportException {
        if (!DIGITS.matcher(v).matches()) {
            if (v.length() > 1 && v.charAt(0) == '-' && DIGITS.matcher(v.substring(1)).matches()
                    && v.chars().skip(1).anyMatch(c -> c != '0')) {
                throw new ImportException(fileName, line, column + " " + shortened(v) + " is negative");
            }
            throw new ImportException(fileName, line, column + " " + quoted(v)
                    + " is not a whole number (write it with the digits 0-9 only)");
        }
        String digits = v.replaceFirst("^0+(?=.)", "");
        long n;
        try {
            n = digits.length() > 19 ? -1 : Long.parseLong(digits);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 0 || n > max) {
            throw new ImportException(fileName, line, column + " " + shortened(v) + " is too large (at most " + max + ")");
        }
        return n;
    }

    /** A cell quoted for a message: at most 40 characters, invisible and control characters as {@code <U+XXXX>}. */
    static String quoted(String v) {
        StringBuilder b = new StringBuilder("'");
        int count = 0;
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            if (++count > QUOTE_CODE_POINTS) {
                b.append('…');
                break;
            }
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                b.append(String.format(Locale.ROOT, "<U+%04X>", cp));
            } else {
                b.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return b.append('\'').toString();
    }

    /** Digits (and a sign) as they are, cut to 40 characters. */
    private static String shortened(String v) {
        return v.length() <= QUOTE_CODE_POINTS ? v : v.substring(0, QUOTE_CODE_POINTS) + "…";
    }

    /**
     * A document_id and a document_sha256 given together must name the same article on every row:
     * the same id with two hashes, or the same hash with two ids, means a hand edit went wrong.
     * (An id is only meaningful in the project that wrote the file, so it is not compared with
     * the importing project's ids; the hash, which is the same in every project, chooses the article.)
     */
    private static final class DocumentReferences {

        private final String fileName;
        private final Map<Long, CsvAnnotationRow> byId = new HashMap<>();
        private final Map<String, CsvAnnotationRow> bySha = new HashMap<>();

        DocumentReferences(String fileName) {
            this.fileName = fileName;
        }

        void check(CsvAnnotationRow row) throws ImportException {
            if (row.documentId() == null || row.documentSha256() == null) {
                return;
            }
            CsvAnnotationRow sameId = byId.putIfAbsent(row.documentId(), row);
            if (sameId != null && !sameId.documentSha256().equals(row.documentSha256())) {
                throw new ImportException(fileName, row.line(), "document_id " + row.documentId()
                        + " is given with document_sha256 " + shortSha(row.documentSha256()) + " here but with "
                        + shortSha(sameId.documentSha256()) + " on line " + sameId.line() + SAME_ARTICLE);
            }
            CsvAnnotationRow sameSha = bySha.putIfAbsent(row.documentSha256(), row);
            if (sameSha != null && !sameSha.documentId().equals(row.documentId())) {
                throw new ImportException(fileName, row.line(), "document_sha256 " + shortSha(row.documentSha256())
                        + " is given with document_id " + row.documentId() + " here but with document_id "
                        + sameSha.documentId() + " on line " + sameSha.line() + SAME_ARTICLE);
            }
        }

        private static String shortSha(String sha) {
            return sha.substring(0, 12) + "…";
        }
    }
}
