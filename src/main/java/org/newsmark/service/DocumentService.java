package org.newsmark.service;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.domain.TextHash;
import org.newsmark.storage.Project;

/** Adding and reading articles. An article already in the project (same text) is not added twice. */
public final class DocumentService {

    /** The document and whether this call added it (false: the same text was already there). */
    public record AddResult(Document document, boolean added) {
    }

    private final Project project;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public DocumentService(Project project) {
        this.project = project;
    }

    public void addListener(Runnable onDocumentsChanged) {
        listeners.add(onDocumentsChanged);
    }

    public AddResult add(String title, String sourceName, String text) {
        if (project.isReadOnly()) {
            throw new AnnotationConflictException(project.file().getFileName() + " is open read-only; articles cannot be added.");
        }
        Optional<Document> existing = project.documents().findBySha256(TextHash.sha256(text));
        if (existing.isPresent()) {
            return new AddResult(existing.get(), false);
        }
        Document d = project.documents().insert(title, sourceName, text);
        listeners.forEach(Runnable::run);
        return new AddResult(d, true);
    }

    public Optional<Document> find(long id) {
        return project.documents().find(id);
    }

    /** analyst id → number of tags in that document. */
    public java.util.Map<Long, Integer> countsByAnalyst(long documentId) {
        return project.annotations().countsByAnalyst(documentId);
    }

    public List<DocumentSummary> summaries(Long analystId) {
        return project.documents().summaries(analystId);
    }
}
