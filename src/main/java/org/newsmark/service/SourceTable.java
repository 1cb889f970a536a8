package org.newsmark.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.newsmark.fs.AtomicOutput;
import org.newsmark.io.csv.CsvColumns;
import org.newsmark.io.csv.CsvOptions;
import org.newsmark.io.csv.CsvTableWriter;
import org.newsmark.service.port.ProjectStore;

/**
 * The sources CSV ({@code export --what sources}, the Sources view's Export): one row per source
 * with its quotes (tags pointing to it), the articles quoting it and their outlets.
 */
public final class SourceTable {

    public static final String[] COLUMNS = {"source_id", "name", "kind", "role", "affiliation", "quotes", "articles", "outlets"};

    private final ProjectStore project;

    SourceTable(ProjectStore project) {
        this.project = project;
    }

    /** Written beside {@code out} and moved into place when complete; returns the number of rows. */
    public long export(Path out, CsvOptions options) throws IOException {
        OutputGuard.requireSafe(project, out);
        long[] rows = {0};
        AtomicOutput.write(out, stream -> rows[0] = export(stream, options));
        return rows[0];
    }

    /** To a stream, from one snapshot; outlets joined with " | ", "(no outlet)" for articles without one. */
    public long export(OutputStream stream, CsvOptions options) throws IOException {
        SourceLedger ledger = project.inSnapshot(() -> SourceLedger.read(project));
        CsvTableWriter w = new CsvTableWriter(stream, options, COLUMNS);
        for (SourceLedger.Entry e : ledger.entries()) {
            w.row(e.source().id(), e.source().name(), e.source().kind().id(), e.source().role(), e.source().affiliation(),
                    e.quotes().size(), e.articles(), String.join(CsvColumns.MULTIPLE_SEPARATOR, e.outlets()));
        }
        w.flush();
        return ledger.entries().size();
    }
}
