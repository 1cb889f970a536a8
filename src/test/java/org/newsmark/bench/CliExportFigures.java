package org.newsmark.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.newsmark.domain.Attribute;
import org.newsmark.service.port.ProjectStore;
import org.newsmark.storage.SqliteProjectStores;

/**
 * Issue 18 point 3: the export as a user runs it, a fresh {@code java -jar target/newsmark.jar
 * export PROJECT --format csv|jsonl} (the jar {@code mvn package} built, its dependencies in
 * {@code target/lib}), standard output redirected to a file, against the {@code sqlite3 -csv
 * -header} shell writing the same columns under the same names in the same order, also a fresh
 * process redirected to a file. Runs alternate: shell, CSV, JSON Lines, shell, … Times in nanoseconds.
 */
final class CliExportFigures {

    record Result(List<Long> shell, List<Long> csv, List<Long> jsonl, long shellBytes, long csvBytes, long jsonlBytes) {
    }

    private CliExportFigures() {
    }

    static Path jar() {
        return Paths.get("target", "newsmark.jar").toAbsolutePath();
    }

    /** Null when the jar or the shell is missing (the caller notes why). */
    static Result measure(Path project, String sqlite3, Path dir, int runs) throws Exception {
        if (sqlite3 == null || !Files.exists(jar())) {
            return null;
        }
        String query = sameColumns(project);
        String javaBin = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> shellCmd = List.of(sqlite3, "-csv", "-header", "-readonly", project.toString(), query);
        List<String> csvCmd = List.of(javaBin, "-jar", jar().toString(), "export", project.toString(), "--format", "csv");
        List<String> jsonlCmd = List.of(javaBin, "-jar", jar().toString(), "export", project.toString(), "--format", "jsonl");
        Path shellOut = dir.resolve("cli-sqlite3.csv");
        Path csvOut = dir.resolve("cli-export.csv");
        Path jsonlOut = dir.resolve("cli-export.jsonl");
        run(shellCmd, shellOut, dir); // warms the OS file cache for both
        List<Long> shell = new ArrayList<>();
        List<Long> csv = new ArrayList<>();
        List<Long> jsonl = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            shell.add(run(shellCmd, shellOut, dir));
            csv.add(run(csvCmd, csvOut, dir));
            jsonl.add(run(jsonlCmd, jsonlOut, dir));
        }
        return new Result(shell, csv, jsonl, Files.size(shellOut), Files.size(csvOut), Files.size(jsonlOut));
    }

    /** One fresh process, standard output to {@code out}; the clock runs from start to exit. */
    private static long run(List<String> cmd, Path out, Path dir) throws Exception {
        Path err = dir.resolve("cli-stderr.log");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int rc = p.waitFor();
        long t = System.nanoTime() - t0;
        if (rc != 0) {
            throw new IllegalStateException(cmd + " exited " + rc + ":\n" + Files.readString(err));
        }
        return t;
    }

    /**
     * The CSV export's columns as SQL, in its order and under its names: the twelve tag columns
     * (span text by {@code substr}, which counts code points as the export does), one
     * {@code attr:NAME} column per tag attribute name (the tag's values of the attributes of that
     * name its own label declares, joined with " | "), the five metadata columns and one
     * {@code field:NAME} column per custom field. The values come from one grouped pass over
     * {@code tag_values} joined by (tag, label): a correlated subquery per column took the shell
     * 1.7× the CPU time, and the baseline should be the fastest query a user would write. Source
     * attributes are written as stored (the export writes the source's name; the benchmark data
     * holds no values).
     */
    static String sameColumns(Path project) throws Exception {
        List<String> names = new ArrayList<>();
        List<String> fields;
        try (ProjectStore p = new SqliteProjectStores().openReadOnly(project)) {
            for (Attribute a : p.attributes().all()) {
                if (!a.isArticleCode() && !names.contains(a.name())) {
                    names.add(a.name());
                }
            }
            fields = p.metadata().fields();
        }
        StringBuilder sql = new StringBuilder("SELECT a.document_id AS document_id, d.title AS document_title,"
                + " d.sha256 AS document_sha256, an.name AS analyst, a.id AS annotation_id, l.name AS label,"
                + " a.begin_utf16 AS start, a.end_utf16 AS \"end\","
                + " substr(d.text, a.begin_utf16 + 1, a.end_utf16 - a.begin_utf16) AS text, a.note AS note,"
                + " a.created_at AS created_at, a.updated_at AS updated_at");
        StringBuilder values = new StringBuilder("SELECT tv.annotation_id AS tag, t.label_id AS label");
        for (int i = 0; i < names.size(); i++) {
            sql.append(", v.c").append(i).append(" AS ").append(identifier("attr:" + names.get(i)));
            values.append(", group_concat(CASE WHEN t.name = ").append(literal(names.get(i)))
                    .append(" THEN tv.value END, ' | ') AS c").append(i);
        }
        values.append(" FROM tag_values tv JOIN attributes t ON t.id = tv.attribute_id GROUP BY tv.annotation_id, t.label_id");
        sql.append(", d.outlet AS document_outlet, d.author AS document_author, d.published AS document_published,"
                + " d.url AS document_url, d.language AS document_language");
        StringBuilder custom = new StringBuilder("SELECT df.document_id AS document");
        for (int i = 0; i < fields.size(); i++) {
            sql.append(", f.c").append(i).append(" AS ").append(identifier("field:" + fields.get(i)));
            custom.append(", max(CASE WHEN cf.name = ").append(literal(fields.get(i))).append(" THEN df.value END) AS c").append(i);
        }
        custom.append(" FROM document_fields df JOIN custom_fields cf ON cf.id = df.field_id GROUP BY df.document_id");
        sql.append(" FROM annotations a JOIN documents d ON d.id = a.document_id JOIN analysts an ON an.id = a.analyst_id"
                + " JOIN labels l ON l.id = a.label_id");
        if (!names.isEmpty()) {
            sql.append(" LEFT JOIN (").append(values).append(") v ON v.tag = a.id AND v.label = a.label_id");
        }
        if (!fields.isEmpty()) {
            sql.append(" LEFT JOIN (").append(custom).append(") f ON f.document = a.document_id");
        }
        return sql.append(" ORDER BY a.document_id, a.begin_utf16, a.end_utf16, a.id").toString();
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private static String identifier(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
