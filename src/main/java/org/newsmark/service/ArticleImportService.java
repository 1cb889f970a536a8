package org.newsmark.service;

import org.newsmark.domain.TaskControl;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsmark.io.ImportException;
import org.newsmark.io.QuietLogging;
import org.newsmark.io.article.ArticleFormats;
import org.newsmark.io.article.ImportedArticle;
import org.newsmark.service.port.ProjectStore;

/**
 * Reads article files of any supported format (chosen by content) and adds them to the project.
 * Several files are all or nothing: every file is read first, and the articles are added in one
 * transaction, so one refused file leaves the project as it was.
 */
public final class ArticleImportService {

    /** What reading a batch of files gave: the articles in order, files that need an encoding chosen, refusals. */
    public record Batch(List<ImportedArticle> articles, List<Path> needEncoding, List<ImportException> problems) {
        public boolean complete() {
            return needEncoding.isEmpty() && problems.isEmpty();
        }
    }

    private final ProjectStore project;
    private final DocumentService documents;

    ArticleImportService(ProjectStore project, DocumentService documents) {
        this.project = project;
        this.documents = documents;
        QuietLogging.install();
    }

    /**
     * @param encoding for plain text without a byte-order mark: the encoding to use instead of
     *                 strict UTF-8 (e.g. windows-1252, after the user chose it)
     */
    public DocumentService.AddResult importFile(Path file, Optional<Charset> encoding) throws ImportException {
        return importFiles(List.of(file), encoding, TaskControl.NONE).get(0);
    }

    /** Reads every file, then adds them all in one transaction; the first problem stops it with nothing added. */
    public List<DocumentService.AddResult> importFiles(List<Path> files, Optional<Charset> encoding, TaskControl control)
            throws ImportException {
        return importFiles(files, encoding, control, null);
    }

    /** As above; {@code outlet}, when given, is every article's outlet (over what a file names), set in the same transaction. */
    public List<DocumentService.AddResult> importFiles(List<Path> files, Optional<Charset> encoding, TaskControl control,
                                                       String outlet) throws ImportException {
        Batch batch = read(files, Map.of(), encoding, control);
        if (!batch.problems().isEmpty()) {
            throw noneImported(batch.problems().get(0), files.size());
        }
        if (!batch.needEncoding().isEmpty()) {
            Path f = batch.needEncoding().get(0);
            throw noneImported(new org.newsmark.io.EncodingNeededException(name(f),
                    "is not valid UTF-8 text; name its encoding (--encoding on the command line)"), files.size());
        }
        List<ImportedArticle> articles = outlet == null ? batch.articles()
                : batch.articles().stream().map(a -> a.withOutlet(outlet)).toList();
        return addAll(articles, files);
    }

    /** Reads one article file without adding it (a new version of an article is planned from it first). */
    public ImportedArticle readOne(Path file, Optional<Charset> encoding) throws ImportException {
        Batch batch = read(List.of(file), Map.of(), encoding, TaskControl.NONE);
        if (!batch.problems().isEmpty()) {
            throw batch.problems().get(0);
        }
        if (!batch.needEncoding().isEmpty()) {
            throw new org.newsmark.io.EncodingNeededException(name(file),
                    "is not valid UTF-8 text; name its encoding (--encoding on the command line)");
        }
        return batch.articles().get(0);
    }

    /**
     * Reads each file (the work that can take long; nothing is written). {@code encodings} gives
     * the encoding chosen for particular files; {@code fallback} applies to all others.
     */
    public Batch read(List<Path> files, Map<Path, Charset> encodings, Optional<Charset> fallback, TaskControl control) {
        List<ImportedArticle> articles = new ArrayList<>();
        List<Path> needEncoding = new ArrayList<>();
        List<ImportException> problems = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            control.checkCancelled();
            Path f = files.get(i);
            Optional<Charset> chosen = Optional.ofNullable(encodings == null ? null : encodings.get(f)).or(() -> fallback);
            try {
                requireNotOwnFile(f);
                articles.add(ArticleFormats.read(f, chosen));
            } catch (ImportException e) {
                if (chosen.isEmpty() && isEncodingProblem(e)) {
                    needEncoding.add(f);
                } else {
                    problems.add(e);
                }
            }
            control.progress(i + 1, files.size());
        }
        return new Batch(articles, needEncoding, problems);
    }

    /** Adds the articles read from {@code files} (same order) in one transaction: all, or none. */
    public List<DocumentService.AddResult> addAll(List<ImportedArticle> articles, List<Path> files) throws ImportException {
        try {
            return documents.addAll(articles);
        } catch (DocumentService.RefusedArticle e) {
            String file = e.index() < files.size() ? name(files.get(e.index())) : e.article().sourceName();
            throw noneImported(new ImportException(file, e.getMessage()), articles.size());
        }
    }

    /** Reading the project's own file would release its locks when closed: refuse it unopened. */
    private void requireNotOwnFile(Path f) throws ImportException {
        if (project.isOwnFile(f)) {
            throw new ImportException(name(f), "is the open project " + project.name() + " or one of its files; it cannot be imported");
        }
    }

    private static ImportException noneImported(ImportException e, int files) {
        if (files <= 1) {
            return e;
        }
        String problem = e.problem() + "; none of the " + files + " files was imported";
        return e instanceof org.newsmark.io.EncodingNeededException ? new org.newsmark.io.EncodingNeededException(e.file(), problem)
                : new ImportException(e.file(), e.line(), problem, e);
    }

    private static String name(Path f) {
        return f.getFileName() == null ? f.toString() : f.getFileName().toString();
    }

    /** Whether the failure is an encoding problem that another encoding might solve. */
    public static boolean isEncodingProblem(ImportException e) {
        return e instanceof org.newsmark.io.EncodingNeededException;
    }
}
