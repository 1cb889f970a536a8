package org.newsmark.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.fs.AtomicOutput;
import org.newsmark.io.csv.CsvOptions;
import org.newsmark.io.csv.CsvTableWriter;
import org.newsmark.service.port.ProjectStore;

/**
 * The articles CSV ({@code export --what articles}): one row per article, {@code document_id},
 * {@code document_sha256}, then the manifest's columns ({@code title}, the built-in metadata, the
 * custom fields in declaration order), so that the file, given a {@code sha256} header, is a manifest again.
 */
public final class ArticleTable {

    private final ProjectStore project;

    ArticleTable(ProjectStore project) {
        this.project = project;
    }

    /** The header for the project's custom fields. */
    public static List<String> columns(List<String> customFields) {
        List<String> out = new ArrayList<>(List.of("document_id", "document_sha256", "title"));
        out.addAll(ArticleMetadata.STANDARD);
        out.addAll(customFields);
        return out;
    }

    /** Written beside {@code out} and moved into place when complete; returns the number of rows. */
    public long export(Path out, CsvOptions options) throws IOException {
        OutputGuard.requireSafe(project, out);
        long[] rows = {0};
        AtomicOutput.write(out, stream -> rows[0] = export(stream, options));
        return rows[0];
    }

    /** To a stream, from one snapshot. */
    public long export(OutputStream stream, CsvOptions options) throws IOException {
        record Snapshot(List<DocumentSummary> articles, Map<Long, ArticleMetadata> metadata, List<String> fields) {
        }
        Snapshot s = project.inSnapshot(() -> new Snapshot(project.documents().summaries(null), project.metadata().all(),
                project.metadata().fields()));
        CsvTableWriter w = new CsvTableWriter(stream, options, columns(s.fields()).toArray(String[]::new));
        for (DocumentSummary d : s.articles()) {
            ArticleMetadata m = s.metadata().getOrDefault(d.id(), ArticleMetadata.EMPTY);
            List<Object> row = new ArrayList<>(List.of(d.id(), d.sha256(), d.title()));
            for (String name : ArticleMetadata.STANDARD) {
                row.add(blank(m.get(name)));
            }
            for (String field : s.fields()) {
                row.add(blank(m.fields().get(field)));
            }
            w.row(row.toArray());
        }
        w.flush();
        return s.articles().size();
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
