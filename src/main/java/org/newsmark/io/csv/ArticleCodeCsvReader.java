package org.newsmark.io.csv;

import java.io.IOException;
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
 * Reads the article-codes CSV that {@code export --what article-codes} writes, or any file with
 * its columns {@code analyst, code, value} and {@code document_sha256} or {@code document_id}
 * (case-insensitive, any order; {@code title} and unknown columns are ignored). UTF-8 strictly;
 * cells unguarded as in {@link CsvAnnotationReader}. Refused with file and line: a missing
 * column, a column twice, a row of the wrong width, a name {@link Names} refuses, an id that is
 * not ASCII digits, a hash that is not 64 hex digits, an empty value.
 */
public final class ArticleCodeCsvReader {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    static final String CODE = "code";
    static final String VALUE = "value";

    private ArticleCodeCsvReader() {
    }

    /** Whether the file's header is an article-codes header ({@code code} and {@code value}, no {@code start}). */
    public static boolean isArticleCodes(Path file) {
        try {
            // the header is in the first bytes; a file without a line end there (/dev/zero) is not one
            String start = new String(org.newsmark.io.ImportFiles.head(file, 64 * 1024), java.nio.charset.StandardCharsets.UTF_8);
            int end = start.indexOf('\n');
            if (end < 0) {
                return false;
            }
            String first = start.substring(0, end).replace("\r", "");
            List<String> header = List.of(first.replace("\uFEFF", "").toLowerCase(Locale.ROOT).split(","));
            List<String> cells = header.stream().map(s -> s.strip().replace("\"", "")).toList();
            return cells.contains(CODE) && cells.contains(VALUE) && !cells.contains(CsvColumns.START);
        } catch (ImportException e) {
            return false; // not readable: the tag reader says why, naming the file
        }
    }

    public static List<ArticleCodeRow> read(Path file) throws ImportException {
        String name = file.getFileName().toString();
        return read(StrictText.utf8(org.newsmark.io.ImportFiles.read(file, org.newsmark.io.ImportFiles.MAX_TABLE_BYTES), name), name);
    }

    static List<ArticleCodeRow> read(String text, String fileName) throws ImportException {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new ImportException(fileName, "is empty; expected a header line");
            }
            CSVRecord header = records.next();
            Map<String, Integer> index = header(header, fileName);
            List<ArticleCodeRow> rows = new ArrayList<>();
            long nextLine = parser.getCurrentLineNumber() + 1;
            while (records.hasNext()) {
                CSVRecord r = records.next();
                long line = nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                if (r.size() == 1 && r.get(0).isEmpty()) {
                    continue;
                }
                if (r.size() != header.size()) {
                    throw new ImportException(fileName, line, "has " + r.size() + " cells but the header has " + header.size()
                            + " (a cell holding a comma must be in double quotes)");
                }
                rows.add(row(r, index, line, fileName));
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ImportException(fileName, "is not valid CSV: " + CsvSyntax.reason(e), e);
        }
    }

    private static Map<String, Integer> header(CSVRecord header, String fileName) throws ImportException {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            Integer first = index.putIfAbsent(name, i);
            if (first != null && !name.isEmpty()) {
                throw new ImportException(fileName, 1, "the column \"" + name + "\" appears twice (columns " + (first + 1)
                        + " and " + (i + 1) + ")");
            }
        }
        List<String> missing = new ArrayList<>();
        for (String required : List.of(CsvColumns.ANALYST, CODE, VALUE)) {
            if (!index.containsKey(required)) {
                missing.add(required);
            }
        }
        if (!index.containsKey(CsvColumns.DOCUMENT_SHA256) && !index.containsKey(CsvColumns.DOCUMENT_ID)) {
            missing.add(CsvColumns.DOCUMENT_SHA256 + " or " + CsvColumns.DOCUMENT_ID);
        }
        if (!missing.isEmpty()) {
            throw new ImportException(fileName, 1, "missing column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
        }
        return index;
    }

    private static ArticleCodeRow row(CSVRecord r, Map<String, Integer> index, long line, String fileName) throws ImportException {
        String analyst = name("analyst", cell(r, index, CsvColumns.ANALYST), line, fileName);
        String code = name("code", cell(r, index, CODE), line, fileName);
        String value = cell(r, index, VALUE);
        if (value == null || value.isBlank()) {
            throw new ImportException(fileName, line, "the value of \"" + code + "\" is empty");
        }
        String sha = cell(r, index, CsvColumns.DOCUMENT_SHA256);
        sha = sha == null || sha.isBlank() ? null : sha.strip().toLowerCase(Locale.ROOT);
        if (sha != null && !SHA256.matcher(sha).matches()) {
            throw new ImportException(fileName, line, "document_sha256 " + Names.shown(sha) + " is not 64 hexadecimal digits");
        }
        String id = cell(r, index, CsvColumns.DOCUMENT_ID);
        Long documentId = null;
        if (id != null && !id.isBlank()) {
            if (!DIGITS.matcher(id.strip()).matches() || id.strip().length() > 18) {
                throw new ImportException(fileName, line, "document_id " + Names.shown(id) + " is not a number");
            }
            documentId = Long.parseLong(id.strip());
        }
        if (sha == null && documentId == null) {
            throw new ImportException(fileName, line, "neither document_sha256 nor document_id is given");
        }
        return new ArticleCodeRow(line, documentId, sha, analyst, code, CsvInjectionGuard.unguard(value.strip()));
    }

    private static String name(String what, String raw, long line, String fileName) throws ImportException {
        String unguarded = raw == null ? "" : CsvInjectionGuard.unguard(raw);
        java.util.Optional<String> problem = Names.problem(unguarded);
        if (problem.isPresent()) {
            throw new ImportException(fileName, line, what + " " + Names.shown(unguarded) + " " + problem.get());
        }
        return Names.check(what, unguarded);
    }

    private static String cell(CSVRecord r, Map<String, Integer> index, String column) {
        Integer i = index.get(column);
        return i == null ? null : r.get(i);
    }
}
