package org.newsmark.service;

import org.newsmark.domain.TaskControl;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.newsmark.domain.CodePointOffsets;
import org.newsmark.domain.Document;
import org.newsmark.domain.Span;
import org.newsmark.io.ImportException;
import org.newsmark.io.SpanTextCheck;
import org.newsmark.io.article.ArticleText;
import org.newsmark.io.brat.BratDocument;
import org.newsmark.io.brat.BratImportedSpan;
import org.newsmark.io.csv.CsvAnnotationReader;
import org.newsmark.io.csv.CsvAnnotationRow;
import org.newsmark.io.csv.CsvInjectionGuard;
import org.newsmark.io.semeval.SemEvalArticle;
import org.newsmark.io.semeval.SemEvalReader;
import org.newsmark.io.semeval.SemEvalSpan;
import org.newsmark.service.port.ProjectStore;

/**
 * Brings tags made elsewhere into the project: our CSV, brat standoff folders, SemEval files.
 * Each import is one transaction: a bad row stops it with a message naming file, line and
 * problem, and nothing of it is kept.
 */
public final class AnnotationImportService {

    private final ProjectStore project;

    AnnotationImportService(ProjectStore project) {
        this.project = project;
    }

    public ImportReport importCsv(Path file, TaskControl control) throws ImportException {
        return importCsv(file, control, false);
    }

    /**
     * @param addChoices a choice value the codebook lacks is added to its attribute's choices
     *                   (and reported) instead of refusing the import
     */
    public ImportReport importCsv(Path file, TaskControl control, boolean addChoices) throws ImportException {
        requireWritable();
        String name = file.getFileName().toString();
        requireNotOwn(file);
        List<CsvAnnotationRow> rows = CsvAnnotationReader.read(file);
        return project.inTransaction(() -> {
            requireIdsAgree(rows, name);
            ImportTarget target = new ImportTarget(project);
            AttributeCells cells = new AttributeCells(project.attributes().all(), !addChoices ? null : grown -> {
                project.attributes().update(grown);
                target.choiceAdded(grown.name() + ": " + grown.choices().get(grown.choices().size() - 1));
            }).readingSources(target.sources());
            Map<String, Document> bySha = new HashMap<>();
            Map<Long, CodePointOffsets> offsets = new HashMap<>();
            int done = 0;
            for (CsvAnnotationRow row : rows) {
                control.checkCancelled();
                Document d = documentOf(row, name, bySha);
                CodePointOffsets cp = offsets.computeIfAbsent(d.id(), id -> new CodePointOffsets(d.text()));
                Span span = SpanTextCheck.verify(name, row.line(), d.text(), cp, row.start(), row.end(), expectedText(name, row, d, cp));
                target.annotate(d, row.analyst(), row.label(), span, row.note(), null, row.createdAt(), row.updatedAt(),
                        label -> cells.resolve(label, row.attributes(), name, row.line()));
                control.progress(++done, rows.size());
            }
            return target.report();
        });
    }

    /**
     * The text the row claims, as the reader unguarded it; but a data-preset file writes a text that
     * starts with {@code '} before {@code = + - @} as it is, and the reader cannot tell that {@code '}
     * from the spreadsheet guard's. The article can: when it has the {@code '}, the file did too.
     */
    private static String expectedText(String name, CsvAnnotationRow row, Document d, CodePointOffsets cp)
            throws ImportException {
        String text = row.text();
        if (CsvInjectionGuard.mayHaveLostAnApostrophe(text)) {
            String actual = SpanTextCheck.toUtf16(name, row.line(), cp, row.start(), row.end()).textOf(d.text());
            if (actual.equals("'" + text)) {
                return actual;
            }
        }
        return text;
    }

    /**
     * A file exported from this project names each article by its id and by the hash of its text,
     * and the two must agree: a row whose id is one article and whose hash another was edited by
     * hand and is refused. A file from another project has ids of its own (the same article may
     * have another id there): when no row's id and hash agree with this project, the hash alone
     * decides, as docs/formats.md says.
     */
    private void requireIdsAgree(List<CsvAnnotationRow> rows, String file) throws ImportException {
        Map<Long, Optional<Document>> byId = new HashMap<>();
        boolean fromThisProject = false;
        for (CsvAnnotationRow row : rows) {
            if (row.documentId() != null && row.documentSha256() != null) {
                Optional<Document> d = byId.computeIfAbsent(row.documentId(), id -> project.documents().find(id));
                if (d.isPresent() && d.get().sha256().equals(row.documentSha256())) {
                    fromThisProject = true;
                    break;
                }
            }
        }
        if (!fromThisProject) {
            return;
        }
        for (CsvAnnotationRow row : rows) {
            if (row.documentId() == null || row.documentSha256() == null) {
                continue;
            }
            Optional<Document> d = byId.computeIfAbsent(row.documentId(), id -> project.documents().find(id));
            if (d.isEmpty() || !d.get().sha256().equals(row.documentSha256())) {
                String named = d.map(x -> "is “" + x.title() + "”").orElse("names no article");
                String other = project.documents().findBySha256(row.documentSha256())
                        .map(x -> "the text of document " + x.id() + " (“" + x.title() + "”)").orElse("no article's text");
                throw new ImportException(file, row.line(), "document_id " + row.documentId() + " " + named
                        + " in this project, but document_sha256 is " + other + "; the two must name the same article");
            }
        }
    }

    private Document documentOf(CsvAnnotationRow row, String file, Map<String, Document> cache) throws ImportException {
        if (row.documentSha256() != null) {
            Document d = cache.get(row.documentSha256());
            if (d == null) {
                d = project.documents().findBySha256(row.documentSha256()).orElseThrow(() -> new ImportException(file,
                        row.line(), "no article in the project has document_sha256 " + row.documentSha256()
                        + " (import the article first)"));
                cache.put(row.documentSha256(), d);
            }
            return d;
        }
        return project.documents().find(row.documentId()).orElseThrow(() -> new ImportException(file, row.line(),
                "no article in the project has document_id " + row.documentId()));
    }

    /**
     * A brat project folder: one sub-folder per analyst holding {@code X.txt} + {@code X.ann}
     * (a folder holding .ann files itself counts as one analyst named after it). Articles are
     * matched by text, so the same article in four folders is one document with four analysts.
     * What is not read (other folders, links leading out of the folder, relations …) is listed in
     * the report's {@code skipped}; see {@link BratFolders}. Each discontinuous T line gets a
     * fragment group of its own ({@code NAME:T3@} and a random UUID), so tags from different files
     * or imports never merge; importing the same files again still adds nothing.
     */
    public ImportReport importBrat(Path folder, TaskControl control) throws ImportException {
        requireWritable();
        BratFolders.Found found = BratFolders.find(folder);
        List<BratFolders.Loaded> loaded = BratFolders.load(found, control);
        return project.inTransaction(() -> {
            ImportTarget target = new ImportTarget(project);
            AttributeCells cells = new AttributeCells(project.attributes().all()).readingSources(target.sources());
            found.skipped().forEach(target::skip);
            int done = 0;
            for (BratFolders.Loaded l : loaded) {
                control.checkCancelled();
                BratDocument doc = l.document();
                LineEnds normal = LineEnds.of(doc.text());
                Document d = target.document(ArticleText.titleFrom(normal.text(), doc.name()), doc.name() + ".txt",
                        normal.text(), l.folder() + "/" + doc.name() + ".txt");
                Map<String, String> groups = new HashMap<>();
                // each T line's tag, its first fragment for a discontinuous one: the end of its links
                Map<String, org.newsmark.domain.Annotation> byBratId = new HashMap<>();
                for (BratImportedSpan s : doc.spans()) {
                    String group = s.fragmentGroup() == null ? null
                            : groups.computeIfAbsent(s.fragmentGroup(), g -> g + "@" + UUID.randomUUID());
                    String ann = l.folder() + "/" + doc.name() + ".ann";
                    List<AttributeCells.Cell> given = s.attributes().stream()
                            .map(a -> new AttributeCells.Cell(a.name(), a.value(), a.line(), a.id())).toList();
                    org.newsmark.domain.Annotation stored = target.annotate(d, l.analyst(), s.label(), normal.map(s.span()), s.note(), group, null, null,
                            label -> {
                                // another tool's attributes (brat corpora have many) are reported, not refused
                                given.stream().filter(c -> !cells.declares(label, c.name())).forEach(c -> target.skip(ann + " line "
                                        + c.line() + ": " + c.where() + " " + c.name() + " skipped (the label \"" + label.name()
                                        + "\" has no such attribute)"));
                                return cells.resolve(label, given.stream().filter(c -> cells.declares(label, c.name())).toList(), ann);
                            });
                    byBratId.putIfAbsent(s.bratId(), stored);
                }
                importRelations(target, doc, byBratId, l.folder() + "/" + doc.name() + ".ann");
                if (!doc.events().isEmpty()) {
                    Map<Long, String> labelNames = new HashMap<>();
                    project.labels().all().forEach(x -> labelNames.put(x.id(), x.name()));
                    new BratEventLinks(project.links().types(), labelNames)
                            .importEvents(target, doc.events(), byBratId, l.folder() + "/" + doc.name() + ".ann");
                }
                doc.skipped().forEach(k -> target.skip(l.folder() + "/" + doc.name() + ".ann line " + k.line()
                        + ": " + k.kind() + " " + k.id() + " skipped (Newsmark imports T, #, A, R and E lines only)"));
                control.progress(++done, loaded.size());
            }
            return target.report();
        });
    }

    /**
     * The R lines of one .ann as links between the tags of its T lines: a type the codebook lacks is
     * reported as skipped; ends whose labels the type does not allow refuse the import with the line.
     */
    private void importRelations(ImportTarget target, BratDocument doc, Map<String, org.newsmark.domain.Annotation> byBratId,
                                 String ann) throws ImportException {
        if (doc.relations().isEmpty()) {
            return;
        }
        List<org.newsmark.domain.LinkType> types = project.links().types();
        Map<Long, String> labelNames = new HashMap<>();
        project.labels().all().forEach(x -> labelNames.put(x.id(), x.name()));
        for (org.newsmark.io.brat.BratRelation r : doc.relations()) {
            Optional<org.newsmark.domain.LinkType> type = types.stream().filter(t -> t.name().equals(r.type())).findFirst();
            if (type.isEmpty()) {
                target.skip(ann + " line " + r.line() + ": R " + r.id() + " skipped (the codebook has no link type \"" + r.type() + "\")");
                continue;
            }
            org.newsmark.domain.Annotation from = byBratId.get(r.from());
            org.newsmark.domain.Annotation to = byBratId.get(r.to());
            if (from == null || to == null) {
                throw new ImportException(ann, r.line(), r.id() + " links " + (from == null ? r.from() : r.to()) + ", which is not a T line of this file");
            }
            if (from.id() == to.id()) {
                throw new ImportException(ann, r.line(), r.id() + " links " + r.from() + " to " + r.to()
                        + ", which are the same tag; a link needs two");
            }
            if (!type.get().allows(from.labelId(), to.labelId())) {
                throw new ImportException(ann, r.line(), r.id() + ": a \"" + r.type() + "\" link cannot go from "
                        + labelNames.get(from.labelId()) + " (" + r.from() + ") to " + labelNames.get(to.labelId()) + " (" + r.to() + ")");
            }
            target.link(new org.newsmark.domain.Link(0, from.documentId(), from.analystId(), type.get().id(), from.id(), to.id(), target.now()));
        }
    }

    /** A SemEval-2020 Task 11 article ({@code articleNNN.txt}) with its TSV of labelled spans (code points). */
    public ImportReport importSemEval(Path article, Path labels, String analyst, String defaultLabel) throws ImportException {
        requireWritable();
        requireNotOwn(article);
        requireNotOwn(labels);
        SemEvalArticle a = SemEvalReader.read(article, labels, defaultLabel);
        return project.inTransaction(() -> {
            ImportTarget target = new ImportTarget(project);
            LineEnds normal = LineEnds.of(a.text());
            Document d = target.document(a.title(), article.getFileName().toString(), normal.text(),
                    article.getFileName().toString());
            for (SemEvalSpan s : a.spans()) {
                target.annotate(d, analyst, s.label(), normal.map(s.utf16()), "", null);
            }
            return target.report();
        });
    }

    /** Reading the project's own file would release its locks when closed: refuse it unopened. */
    /** Whether {@code file} is an article-codes CSV (a header with code and value, without start). */
    public boolean isArticleCodes(Path file) throws ImportException {
        return org.newsmark.io.csv.ArticleCodeCsvReader.isArticleCodes(file);
    }

    /**
     * Sets article codes from a CSV as {@code export --what article-codes} writes it, all or
     * nothing: each row's article (by hash, else id), analyst (created when new), code (an article
     * code of the codebook) and value (of its type, a multiple choice split at " | ") must be
     * right (the hash decides the article when both it and an id are given, as the file may come
     * from another project)
     * right, or the import stops naming the file and line. A code set in the file replaces that
     * analyst's earlier value for it; other codes stay.
     */
    public ArticleCodesReport importArticleCodes(Path file, TaskControl control) throws ImportException {
        requireWritable();
        String name = file.getFileName().toString();
        requireNotOwn(file);
        List<org.newsmark.io.csv.ArticleCodeRow> rows = org.newsmark.io.csv.ArticleCodeCsvReader.read(file);
        return project.inTransaction(() -> {
            List<org.newsmark.domain.Attribute> codes = project.attributes().all().stream()
                    .filter(org.newsmark.domain.Attribute::isArticleCode).toList();
            Map<String, Document> bySha = new HashMap<>();
            ImportedSources sources = new ImportedSources(project);
            Map<List<Long>, org.newsmark.domain.AttributeValues> changed = new java.util.LinkedHashMap<>();
            List<String> analystsCreated = new java.util.ArrayList<>();
            int done = 0;
            for (org.newsmark.io.csv.ArticleCodeRow row : rows) {
                control.checkCancelled();
                Document d = row.documentSha256() != null
                        ? documentOf(new CsvAnnotationRow(row.line(), row.documentId(), row.documentSha256(), row.analyst(), "", 0, 1, null, ""), name, bySha)
                        : project.documents().find(row.documentId()).orElseThrow(() -> new ImportException(name, row.line(),
                        "no article in the project has document_id " + row.documentId()));
                org.newsmark.domain.Attribute code = codes.stream().filter(c -> c.name().equals(row.code())).findFirst()
                        .orElseThrow(() -> new ImportException(name, row.line(), "\"" + row.code() + "\" is not an article code of"
                                + " this project's codebook"));
                List<String> raw = code.valuesFromText(row.value());
                if (code.type() == org.newsmark.domain.AttributeType.SOURCE) {
                    raw = sources.idsFor(raw, name, row.line(), "\"" + code.name() + "\"");
                }
                org.newsmark.domain.Attribute.Valued v = code.normalise(raw);
                if (!v.isOk()) {
                    throw new ImportException(name, row.line(), "\"" + code.name() + "\": " + v.problem());
                }
                boolean known = project.analysts().findByName(row.analyst()).isPresent();
                long analyst = project.analysts().findOrCreate(row.analyst()).id();
                if (!known && !analystsCreated.contains(row.analyst())) {
                    analystsCreated.add(row.analyst());
                }
                List<Long> key = List.of(d.id(), analyst);
                org.newsmark.domain.AttributeValues before = changed.containsKey(key) ? changed.get(key)
                        : project.attributes().articleCodes(d.id(), analyst);
                changed.put(key, before.with(code.id(), v.values()));
                control.progress(++done, rows.size());
            }
            changed.forEach((key, values) -> project.attributes().setArticleCodes(key.get(0), key.get(1), values));
            long articles = changed.keySet().stream().map(k -> k.get(0)).distinct().count();
            return new ArticleCodesReport(rows.size(), (int) articles, List.copyOf(analystsCreated));
        });
    }

    /** What an article-codes import did. */
    public record ArticleCodesReport(int codes, int articles, List<String> analystsCreated) {
        public String summary() {
            return codes + " article code" + (codes == 1 ? "" : "s") + " set in " + articles + " article" + (articles == 1 ? "" : "s")
                    + (analystsCreated.isEmpty() ? "" : "; new analysts: " + String.join(", ", analystsCreated)) + ".";
        }
    }

    private void requireNotOwn(Path file) throws ImportException {
        if (project.isOwnFile(file)) {
            throw new ImportException(file.getFileName().toString(), "is the open project " + project.name()
                    + " or one of its files; it cannot be imported into itself");
        }
    }

    private void requireWritable() throws ImportException {
        if (project.isReadOnly()) {
            throw new ImportException(project.name(),
                    "is open read-only (another window or program is writing it); nothing was imported");
        }
    }
}
