package org.newsmark.io.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.MetadataChecks;
import org.newsmark.domain.Names;
import org.newsmark.io.ImportException;
import org.newsmark.io.ImportFiles;
import org.newsmark.io.StrictText;

/**
 * A manifest CSV: a {@code path} (relative to the manifest) or {@code sha256} column naming each
 * article, then any of {@code title}, {@code outlet}, {@code author}, {@code published},
 * {@code url}, {@code language}; every other column is a custom field. Every row and value is
 * checked here (file and line in each refusal); whether a path exists or a hash is in the project
 * the service checks. An empty cell sets nothing.
 */
public final class ManifestReader {

    public static final String PATH = "path";
    public static final String SHA256 = "sha256";
    public static final String TITLE = "title";

    /** Column names a custom field may not take: the manifest's and the articles CSV's own. */
    private static final Set<String> RESERVED = Set.of(PATH, SHA256, TITLE, "document_id", "document_sha256", "document_title");

    /** One row: the article it names (a path or a hash, the other null), its title or null, and its metadata. */
    public record Row(long line, String path, String sha256, String title, ArticleMetadata metadata) {
    }

    /**
     * A row refused for its values or shape, with the article it names as far as its cells say
     * ({@code path} as written, {@code sha256} in lower case; null when the cell is empty or the
     * row's cells cannot be told apart), so a per-file import can leave that article out.
     */
    public record Refused(long line, String path, String sha256, ImportException problem) {
    }

    /** The rows, the custom fields in column order, and the rows refused (empty from {@link #read}). */
    public record Manifest(String fileName, Path folder, List<String> customFields, List<Row> rows, List<Refused> refused) {
        public Manifest {
            customFields = List.copyOf(customFields);
            rows = List.copyOf(rows);
            refused = List.copyOf(refused);
        }
    }

    private ManifestReader() {
    }

    /** The whole manifest, or the first problem (file and line): all or nothing. */
    public static Manifest read(Path file) throws ImportException {
        return strict(readEachRow(file));
    }

    /**
     * Every row read, each refused row kept with its problem instead of stopping at the first
     * (a per-file import reports them and goes on); a problem of the whole file (the header, the
     * encoding, broken CSV) is still thrown.
     */
    public static Manifest readEachRow(Path file) throws ImportException {
        String name = file.getFileName().toString();
        String text = StrictText.utf8(ImportFiles.read(file, ImportFiles.MAX_TABLE_BYTES), name);
        Path folder = file.toAbsolutePath().getParent();
        return readEachRow(text, name, folder);
    }

    static Manifest read(String text, String fileName, Path folder) throws ImportException {
        return strict(readEachRow(text, fileName, folder));
    }

    private static Manifest strict(Manifest m) throws ImportException {
        if (!m.refused().isEmpty()) {
            throw m.refused().get(0).problem();
        }
        return m;
    }

    static Manifest readEachRow(String text, String fileName, Path folder) throws ImportException {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new ImportException(fileName, "is empty; expected a header line (path or sha256, then title, outlet, …)");
            }
            CSVRecord header = records.next();
            List<String> columns = header(header, fileName);
            List<String> custom = columns.stream().filter(c -> !RESERVED.contains(c) && !ArticleMetadata.isStandard(c)).toList();
            List<Row> rows = new ArrayList<>();
            List<Refused> refused = new ArrayList<>();
            long nextLine = parser.getCurrentLineNumber() + 1;
            while (records.hasNext()) {
                CSVRecord r = records.next();
                long line = nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                if (r.size() == 1 && r.get(0).isEmpty()) {
                    continue;
                }
                if (r.size() != header.size()) {
                    refused.add(new Refused(line, null, null, new ImportException(fileName, line, "has " + r.size()
                            + " cells but the header has " + header.size() + " (a cell holding a comma must be in double quotes)")));
                    continue;
                }
                try {
                    rows.add(row(r, columns, line, fileName));
                } catch (ImportException e) {
                    refused.add(new Refused(line, cell(r, columns, PATH), Optional.ofNullable(cell(r, columns, SHA256))
                            .map(v -> v.toLowerCase(Locale.ROOT)).orElse(null), e));
                }
            }
            return new Manifest(fileName, folder, custom, rows, refused);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ImportException(fileName, "is not valid CSV: " + e.getMessage(), e);
        }
    }

    /** The column names, lower case for the known ones, custom ones as written; checked. */
    private static List<String> header(CSVRecord header, String fileName) throws ImportException {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String raw = Names.strip(header.get(i).replace("\uFEFF", ""));
            String lower = raw.toLowerCase(Locale.ROOT);
            String column = RESERVED.contains(lower) || ArticleMetadata.isStandard(lower) ? lower : raw;
            Optional<String> problem = Names.problem(column);
            if (problem.isPresent()) {
                throw new ImportException(fileName, 1, "column " + (i + 1) + ": the name " + Names.shown(column) + " " + problem.get());
            }
            if (column.equals("document_id") || column.equals("document_sha256") || column.equals("document_title")) {
                throw new ImportException(fileName, 1, "column " + (i + 1) + ": \"" + column + "\" is not a manifest column"
                        + " (an article is named by path or sha256)");
            }
            int first = columns.indexOf(column);
            if (first >= 0) {
                throw new ImportException(fileName, 1, "the column \"" + column + "\" appears twice (columns " + (first + 1)
                        + " and " + (i + 1) + ")");
            }
            columns.add(column);
        }
        if (columns.contains(PATH) == columns.contains(SHA256)) {
            throw new ImportException(fileName, 1, columns.contains(PATH) ? "has both a path and a sha256 column; give one"
                    : "has neither a path nor a sha256 column, one of which names each article");
        }
        return columns;
    }

    private static Row row(CSVRecord r, List<String> columns, long line, String fileName) throws ImportException {
        String path = null;
        String sha = null;
        String title = null;
        ArticleMetadata m = new ArticleMetadata(null, null, null, null, null, Map.of());
        Map<String, String> custom = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            String value = r.get(i).strip();
            switch (column) {
                case PATH -> path = value;
                case SHA256 -> sha = value.toLowerCase(Locale.ROOT);
                case TITLE -> title = value.isEmpty() ? null : value;
                default -> {
                    Optional<String> problem = MetadataChecks.problem(column, value);
                    if (problem.isPresent()) {
                        throw new ImportException(fileName, line, column + " \"" + shorten(value) + "\" " + problem.get());
                    }
                    if (ArticleMetadata.isStandard(column)) {
                        m = m.with(column, value.isEmpty() ? null : value);
                    } else if (!value.isEmpty()) {
                        custom.put(column, value);
                    }
                }
            }
        }
        if (columns.contains(PATH) && (path == null || path.isEmpty())) {
            throw new ImportException(fileName, line, "has no path");
        }
        if (columns.contains(SHA256) && sha.isEmpty()) {
            throw new ImportException(fileName, line, "has no sha256");
        }
        if (sha != null && !sha.matches("[0-9a-f]{64}")) {
            throw new ImportException(fileName, line, "sha256 \"" + shorten(sha) + "\" is not a SHA-256 (64 hexadecimal digits)");
        }
        if (title != null && MetadataChecks.text(title).isPresent()) {
            throw new ImportException(fileName, line, "title " + MetadataChecks.text(title).get());
        }
        return new Row(line, path, sha, title, new ArticleMetadata(m.outlet(), m.author(), m.published(), m.url(), m.language(), custom));
    }

    /** The stripped cell of {@code column}, null when the manifest has no such column or the cell is empty. */
    private static String cell(CSVRecord r, List<String> columns, String column) {
        int i = columns.indexOf(column);
        String v = i < 0 ? "" : r.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    private static String shorten(String v) {
        return v.length() > 60 ? v.substring(0, 60) + "…" : v;
    }
}
