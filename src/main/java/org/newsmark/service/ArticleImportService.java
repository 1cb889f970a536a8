package org.newsmark.service;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;
import org.newsmark.io.ImportException;
import org.newsmark.io.QuietLogging;
import org.newsmark.io.article.ArticleFormats;
import org.newsmark.io.article.ImportedArticle;
import org.newsmark.service.port.ProjectStore;

/** Reads an article file of any supported format (chosen by content) and adds it to the project. */
public final class ArticleImportService {

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
        ImportedArticle article = ArticleFormats.read(file, encoding);
        try {
            return documents.add(article.title(), article.sourceName(), article.text());
        } catch (AnnotationConflictException e) {
            throw new ImportException(file.getFileName().toString(), e.getMessage());
        }
    }

    /** Whether the failure is an encoding problem that another encoding might solve. */
    public static boolean isEncodingProblem(ImportException e) {
        return e.problem() != null && e.problem().startsWith("is not valid ");
    }
}
