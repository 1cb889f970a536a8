package org.newsmark.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.CodePointOffsets;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.domain.Label;
import org.newsmark.domain.Names;
import org.newsmark.domain.TaskControl;
import org.newsmark.domain.suggest.Suggestion;
import org.newsmark.fs.AtomicOutput;
import org.newsmark.io.csv.CsvAnnotationWriter;
import org.newsmark.io.csv.CsvOptions;
import org.newsmark.io.csv.ExportRow;
import org.newsmark.service.port.ProjectStore;

/**
 * The suggestions file ({@code newsmark suggest}): one row per open suggestion, in the tags CSV's
 * columns (code-point offsets, the attribute and metadata columns; annotation_id, note and the
 * times empty, since no tag exists yet), then {@code kind} and {@code confidence}. For an analyst,
 * what they rejected or already tagged is left out and their name fills the analyst column, so
 * {@code import-annotations} takes the reviewed file as their tags. Written beside its target and
 * moved into place when complete, as every export is.
 */
final class SuggestionExport {

    /** The columns after the tags CSV's. */
    static final List<String> TRAILING = List.of("kind", "confidence");

    private final ProjectStore store;
    private final SuggestionService suggestions;
    private final Codebook book;

    SuggestionExport(ProjectStore store, SuggestionService suggestions, Codebook book) {
        this.store = store;
        this.suggestions = suggestions;
        this.book = book;
    }

    long write(Path out, ExportScope scope, boolean withClaims, CsvOptions options, TaskControl control) throws IOException {
        // refused before any file is made: an unknown article, the project's own file
        requireDocument(scope);
        OutputGuard.requireSafe(store, out);
        long[] rows = {0};
        AtomicOutput.write(out, stream -> rows[0] = write(stream, scope, withClaims, options, control));
        return rows[0];
    }

    long write(OutputStream stream, ExportScope scope, boolean withClaims, CsvOptions options, TaskControl control) throws IOException {
        requireDocument(scope);
        return store.inSnapshot(() -> rows(stream, scope, withClaims, options, control));
    }

    private void requireDocument(ExportScope scope) {
        if (scope.documentId() != null && store.documents().find(scope.documentId()).isEmpty()) {
            throw new IllegalArgumentException("No document with id " + scope.documentId() + " in " + store.name()
                    + " (see 'newsmark list').");
        }
    }

    private long rows(OutputStream stream, ExportScope scope, boolean withClaims, CsvOptions options, TaskControl control)
            throws IOException {
        Analyst analyst = scope.analyst() == null ? null : store.analysts().findByName(Names.analyst(scope.analyst()))
                .orElse(new Analyst(-1, Names.analyst(scope.analyst())));
        List<Long> ids = scope.documentId() != null ? List.of(scope.documentId())
                : store.documents().summaries(null).stream().map(DocumentSummary::id).toList();
        Map<Long, ArticleMetadata> metadata = store.metadata().all();
        List<String> attributeNames = AttributeColumns.of(book.attributes()).names();
        long n = 0;
        try (CsvAnnotationWriter writer = new CsvAnnotationWriter(stream, options, attributeNames, store.metadata().fields(), TRAILING)) {
            for (int i = 0; i < ids.size(); i++) {
                control.checkCancelled();
                control.progress(i, ids.size());
                Document d = store.documents().find(ids.get(i)).orElse(null);
                if (d == null) {
                    continue;
                }
                CodePointOffsets cp = new CodePointOffsets(d.text());
                for (Suggestion s : suggestions.open(d, analyst, withClaims, control)) {
                    Optional<Label> label = book.label(s.kind().labelName());
                    Map<String, List<String>> values = new LinkedHashMap<>();
                    label.ifPresent(l -> suggestions.proposed(book, l, s).forEach((a, v) -> values.put(a.name(), v)));
                    writer.writeUntagged(new ExportRow(d.id(), d.title(), d.sha256(), analyst == null ? null : analyst.name(), 0,
                                    label.map(Label::name).orElse(s.kind().labelName()), cp.toCodePoints(s.begin()),
                                    cp.toCodePoints(s.end()), s.span().textOf(d.text()), null, null, null, values, metadata.get(d.id())),
                            List.of(s.kind().name().toLowerCase(Locale.ROOT), String.format(Locale.ROOT, "%.2f", s.confidence())));
                    n++;
                }
            }
        }
        control.progress(ids.size(), ids.size());
        return n;
    }
}
