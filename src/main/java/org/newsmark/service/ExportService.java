package org.newsmark.service;

import org.newsmark.domain.TaskControl;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.agreement.AgreementMeasures;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.CodePointOffsets;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.domain.Label;
import org.newsmark.io.csv.CsvAnnotationWriter;
import org.newsmark.io.csv.CsvOptions;
import org.newsmark.io.csv.CsvTableWriter;
import org.newsmark.fs.AtomicOutput;
import org.newsmark.io.jsonl.JsonLinesWriter;
import org.newsmark.service.port.ProjectStore;

/**
 * Writes tags out as CSV, JSON Lines or brat standoff, offsets in Unicode code points. CSV is
 * streamed row by row (a million tags need no more memory than one); every file is written
 * beside its target and moved into place only when complete, so a failed or cancelled export
 * never leaves half a file.
 */
public final class ExportService {

    public enum Format { CSV, JSONL, BRAT }

    /** Columns of the aligned-pairs CSV (offsets in code points). */
    public static final String[] PAIR_COLUMNS = {"kind", "label_a", "label_b", "start_a", "end_a", "start_b", "end_b",
            "text_a", "text_b", "document_id"};

    /** Columns of the article-codes CSV: one row per analyst, article and code (a multiple choice joined with " | "). */
    public static final String[] ARTICLE_CODE_COLUMNS = {"document_id", "document_sha256", "title", "analyst", "code", "value"};

    /** Columns of the links CSV: one row per link, its two end tags with label and offsets (code points). */
    public static final String[] LINK_COLUMNS = {"document_id", "analyst", "link", "from_id", "from_label", "from_start", "from_end",
            "to_id", "to_label", "to_start", "to_end"};

    /** Columns of the agreement-table CSV (the compare window's Agreement tab; numbers to 4 decimals, empty when undefined). */
    public static final String[] AGREEMENT_COLUMNS = {"analyst_a", "analyst_b", "scope", "document_id", "label", "exact_f1", "overlap_f1",
            "char_kappa", "alpha_u", "matches", "a_spans", "b_spans"};

    /**
     * One row of the agreement table: its scope as the window names it, the document it covers
     * (null for every document both analysts tagged), a label or "all labels", its figures.
     */
    public record AgreementRow(String scope, Long documentId, String label, AgreementMeasures measures) {
    }

    private final ProjectStore project;

    ExportService(ProjectStore project) {
        this.project = project;
    }

    /** Checks the scope names a real document and analyst; returns the analyst id (null = all). */
    private Long resolve(ExportScope scope) {
        if (scope.documentId() != null && project.documents().find(scope.documentId()).isEmpty()) {
            throw new IllegalArgumentException("No document with id " + scope.documentId() + " in " + project.name());
        }
        if (scope.analyst() == null) {
            return null;
        }
        return project.analysts().findByName(scope.analyst()).map(Analyst::id).orElseThrow(() ->
                new IllegalArgumentException("No analyst named \"" + scope.analyst() + "\" in " + project.name()));
    }

    public long count(ExportScope scope) {
        return project.annotations().count(scope.documentId(), resolve(scope));
    }

    public void exportCsv(Path out, ExportScope scope, CsvOptions options, TaskControl control) throws IOException {
        OutputGuard.requireSafe(project, out);
        AtomicOutput.write(out, stream -> exportCsv(stream, scope, options, control));
    }

    /**
     * To a stream (standard output); all rows come from one snapshot of the project. Returns once
     * the project has passed its integrity check (one running beside the reads is waited for).
     */
    public long exportCsv(OutputStream stream, ExportScope scope, CsvOptions options, TaskControl control) throws IOException {
        long rows = project.inSnapshot(() -> writeCsv(stream, scope, options, control));
        project.requireIntact();
        return rows;
    }

    private long writeCsv(OutputStream stream, ExportScope scope, CsvOptions options, TaskControl control) throws IOException {
        Long analystId = resolve(scope);
        long total = project.annotations().count(scope.documentId(), analystId);
        Map<Long, String> analysts = analystNames();
        Map<Long, String> labels = labelNames();
        String name = project.name();
        long[] done = {0};
        AttributeColumns columns = AttributeColumns.of(project.attributes().all()).withSourceNames(project.sources().all());
        Map<Long, org.newsmark.domain.ArticleMetadata> metadata = project.metadata().all();
        try (CsvAnnotationWriter writer = new CsvAnnotationWriter(stream, options, columns.names(), project.metadata().fields());
             WriterThread<CsvTag> rows = new WriterThread<>("CSV export writer", t -> writer.write(t.row(columns)), 256)) {
            DocumentCursor docs = new DocumentCursor(project, metadata);
            project.annotations().forEach(scope.documentId(), analystId, a -> {
                if ((done[0] & 1023) == 0) {
                    control.checkCancelled();
                    control.progress(done[0], total);
                }
                Document d = docs.at(a.documentId());
                String label = labels.get(a.labelId());
                String analyst = analysts.get(a.analystId());
                if (d == null || a.end() > d.length() || label == null || analyst == null) {
                    Damage.requireSound(name, a, d, labels, analysts); // throws, naming the tag
                }
                rows.accept(new CsvTag(a, d, docs.offsets(), label, analyst, docs.metadata()));
                done[0]++;
            });
            rows.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        control.progress(total, total);
        return done[0];
    }

    public void exportJsonl(Path out, ExportScope scope, TaskControl control) throws IOException {
        OutputGuard.requireSafe(project, out);
        AtomicOutput.write(out, stream -> exportJsonl(stream, scope, control));
    }

    /** To a stream (standard output); every line comes from one snapshot of the project. Returns as {@link #exportCsv(OutputStream, ExportScope, CsvOptions, TaskControl)}. */
    public void exportJsonl(OutputStream stream, ExportScope scope, TaskControl control) throws IOException {
        project.inSnapshot(() -> {
            Long analystId = resolve(scope);
            Map<Long, String> analysts = analystNames();
            Map<Long, String> labels = labelNames();
            List<DocumentSummary> docs = documentsIn(scope);
            requireNoOrphans(scope.documentId(), analystId, docs);
            JsonLinesWriter writer = new JsonLinesWriter(stream);
            List<org.newsmark.domain.Attribute> declared = project.attributes().all();
            AttributeColumns columns = AttributeColumns.of(declared);
            Map<Long, String> types = new HashMap<>();
            project.links().types().forEach(t -> types.put(t.id(), t.name()));
            List<org.newsmark.domain.Source> sources = project.sources().all();
            int done = 0;
            String name = project.name();
            // the project is read here; the writer thread makes each line from what was read, and writes it
            try (WriterThread<JsonlArticle> lines = new WriterThread<>("JSON Lines export writer", article -> writer.write(
                    article.line(analysts, labels, types, columns, declared, sources, analystId)), 1)) {
                for (DocumentSummary s : docs) {
                    control.checkCancelled();
                    Document d = project.documents().find(s.id()).orElseThrow();
                    List<Annotation> tags = project.annotations().forDocument(d.id(), analystId);
                    for (Annotation a : tags) {
                        Damage.requireSound(name, a, d, labels, analysts);
                    }
                    lines.accept(new JsonlArticle(d, tags, project.links().forDocument(d.id(), analystId),
                            project.attributes().articleCodesOf(d.id()), project.metadata().of(d.id())));
                    control.progress(++done, docs.size());
                }
                lines.finish();
            } catch (UncheckedIOException e) {
                throw e.getCause(); // the writer thread's failure, met while handing it the next article
            }
            writer.flush();
            return null;
        });
        project.requireIntact();
    }

    /** Every analyst's article codes as CSV (see {@link #ARTICLE_CODE_COLUMNS}), moved into place when complete. */
    public void exportArticleCodes(Path out, ExportScope scope, CsvOptions options) throws IOException {
        OutputGuard.requireSafe(project, out);
        AtomicOutput.write(out, stream -> exportArticleCodes(stream, scope, options));
    }

    /** To a stream; returns the number of rows. */
    public long exportArticleCodes(OutputStream stream, ExportScope scope, CsvOptions options) throws IOException {
        return project.inSnapshot(() -> {
            Long analystId = resolve(scope);
            Map<Long, String> analysts = analystNames();
            List<org.newsmark.domain.Attribute> codes = project.attributes().all().stream()
                    .filter(org.newsmark.domain.Attribute::isArticleCode).toList();
            Map<String, String> sourceNames = new HashMap<>();
            project.sources().all().forEach(s -> sourceNames.put(s.valueId(), s.name()));
            CsvTableWriter w = new CsvTableWriter(stream, options, ARTICLE_CODE_COLUMNS);
            long rows = 0;
            for (var byDocument : project.attributes().allArticleCodes().entrySet()) {
                if (scope.documentId() != null && !scope.documentId().equals(byDocument.getKey())) {
                    continue;
                }
                Document d = project.documents().find(byDocument.getKey()).orElseThrow();
                for (var byAnalyst : byDocument.getValue().entrySet()) {
                    if (analystId != null && !analystId.equals(byAnalyst.getKey())) {
                        continue;
                    }
                    for (org.newsmark.domain.Attribute code : codes) {
                        List<String> values = byAnalyst.getValue().get(code.id());
                        if (code.type() == org.newsmark.domain.AttributeType.SOURCE) {
                            values = values.stream().map(v -> sourceNames.getOrDefault(v, v)).toList(); // a source by its name
                        }
                        if (!values.isEmpty()) {
                            w.row(d.id(), d.sha256(), d.title(), analysts.get(byAnalyst.getKey()), code.name(),
                                    String.join(org.newsmark.io.csv.CsvColumns.MULTIPLE_SEPARATOR, values));
                            rows++;
                        }
                    }
                }
            }
            w.flush();
            return rows;
        });
    }

    /** Every link as CSV (see {@link #LINK_COLUMNS}), moved into place when complete; returns the number of rows. */
    public long exportLinks(Path out, ExportScope scope, CsvOptions options) throws IOException {
        OutputGuard.requireSafe(project, out);
        long[] rows = {0};
        AtomicOutput.write(out, stream -> rows[0] = exportLinks(stream, scope, options));
        return rows[0];
    }

    /**
     * To a stream, from one snapshot, by article then link id; returns the number of rows. A link
     * whose end tag or type is missing (a file changed by another program) stops the export naming it.
     */
    public long exportLinks(OutputStream stream, ExportScope scope, CsvOptions options) throws IOException {
        return project.inSnapshot(() -> {
            Long analystId = resolve(scope);
            Map<Long, String> analysts = analystNames();
            Map<Long, String> labels = labelNames();
            Map<Long, String> types = new HashMap<>();
            project.links().types().forEach(t -> types.put(t.id(), t.name()));
            CsvTableWriter w = new CsvTableWriter(stream, options, LINK_COLUMNS);
            long rows = 0;
            DocumentCursor docs = new DocumentCursor(project, Map.of());
            Map<Long, Annotation> tags = new HashMap<>();
            long tagsOf = -1;
            for (org.newsmark.domain.Link l : project.links().all(scope.documentId(), analystId)) {
                Document d = docs.at(l.documentId());
                if (l.documentId() != tagsOf) {
                    tagsOf = l.documentId();
                    tags.clear();
                    if (d != null) {
                        project.annotations().forDocument(d.id(), analystId).forEach(a -> tags.put(a.id(), a));
                    }
                }
                Annotation from = tags.get(l.fromTagId());
                Annotation to = tags.get(l.toTagId());
                if (d == null || from == null || to == null || !types.containsKey(l.typeId()) || !analysts.containsKey(l.analystId())) {
                    throw new org.newsmark.service.port.NotSavedException(org.newsmark.service.port.NotSavedException.Reason.REFUSED_BY_DATABASE,
                            project.name() + " is damaged: link " + l.id() + " names a tag, type or article that is not there."
                                    + " Nothing was exported; open a backup.", null);
                }
                CodePointOffsets cp = docs.offsets();
                w.row(d.id(), analysts.get(l.analystId()), types.get(l.typeId()),
                        from.id(), labels.get(from.labelId()), cp.toCodePoints(from.begin()), cp.toCodePoints(from.end()),
                        to.id(), labels.get(to.labelId()), cp.toCodePoints(to.begin()), cp.toCodePoints(to.end()));
                rows++;
            }
            w.flush();
            return rows;
        });
    }

    /** The aligned pairs of a comparison as CSV (code points), e.g. {@code compare --pairs-out}. */
    public void exportPairs(Comparison c, Path out, CsvOptions options) throws IOException {
        OutputGuard.requireSafe(project, out);
        AtomicOutput.write(out, stream -> exportPairs(c, stream, options));
    }

    public void exportPairs(Comparison c, OutputStream stream, CsvOptions options) throws IOException {
        CsvTableWriter w = new CsvTableWriter(stream, options, PAIR_COLUMNS);
        for (ExportedPair e : ComparisonService.exportedPairs(c)) {
            w.row(e.kind(), e.labelA(), e.labelB(), e.startA(), e.endA(), e.startB(), e.endB(), e.textA(), e.textB(), e.documentId());
        }
        w.flush();
    }

    /** The agreement table of two analysts as CSV, written beside {@code out} and moved into place when complete. */
    public void exportAgreement(Path out, String analystA, String analystB, List<AgreementRow> rows, CsvOptions options)
            throws IOException {
        OutputGuard.requireSafe(project, out);
        AtomicOutput.write(out, stream -> exportAgreement(stream, analystA, analystB, rows, options));
    }

    public void exportAgreement(OutputStream stream, String analystA, String analystB, List<AgreementRow> rows, CsvOptions options)
            throws IOException {
        CsvTableWriter w = new CsvTableWriter(stream, options, AGREEMENT_COLUMNS);
        for (AgreementRow r : rows) {
            AgreementMeasures m = r.measures();
            w.row(analystA, analystB, r.scope(), r.documentId(), r.label(), figure(m.exactF1()), figure(m.overlapF1()), figure(m.charKappa()),
                    figure(m.alphaU()), m.matches(), m.aSpans(), m.bSpans());
        }
        w.flush();
    }

    /** A number cell (a spreadsheet reads it as a number, so the guard leaves it); empty when undefined. */
    private static Object figure(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "" : new java.math.BigDecimal(String.format(java.util.Locale.ROOT, "%.4f", v));
    }

    /**
     * A folder per analyst, each with {@code NAME.txt} + {@code NAME.ann} per document, built aside
     * and renamed into place; returns which folder holds whose tags. See {@link BratExport}.
     */
    public BratExportReport exportBrat(Path folder, ExportScope scope, TaskControl control) throws IOException {
        OutputGuard.requireSafe(project, folder);
        Long analystId = resolve(scope);
        List<DocumentSummary> docs = documentsIn(scope);
        project.inSnapshot(() -> {
            requireNoOrphans(scope.documentId(), analystId, docs);
            return null;
        });
        return new BratExport(project).write(folder, analystId, docs, control);
    }

    /**
     * Exports that go article by article would silently leave out a tag whose article is gone
     * (a file changed by another program): such a file is refused before anything is written.
     */
    private void requireNoOrphans(Long documentId, Long analystId, List<DocumentSummary> docs) {
        long inArticles = 0;
        for (DocumentSummary d : docs) {
            inArticles += project.annotations().count(d.id(), analystId);
        }
        long all = project.annotations().count(documentId, analystId);
        if (all != inArticles) {
            throw new org.newsmark.service.port.NotSavedException(org.newsmark.service.port.NotSavedException.Reason.REFUSED_BY_DATABASE,
                    project.name() + " is damaged: " + (all - inArticles) + " tag(s) belong to no article. Nothing was exported;"
                            + " open a backup, or repair the file with an SQLite tool.", null);
        }
    }

    private List<DocumentSummary> documentsIn(ExportScope scope) {
        return project.documents().summaries(null).stream()
                .filter(s -> scope.documentId() == null || s.id() == scope.documentId()).toList();
    }

    private Map<Long, String> analystNames() {
        Map<Long, String> m = new HashMap<>();
        project.analysts().all().forEach(a -> m.put(a.id(), a.name()));
        return m;
    }

    private Map<Long, String> labelNames() {
        Map<Long, String> m = new HashMap<>();
        project.labels().all().forEach((Label l) -> m.put(l.id(), l.name()));
        return m;
    }
}
