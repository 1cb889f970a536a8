package org.newsmark.service;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.ArticleStatus;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.service.port.ProjectStore;

/**
 * Each analyst's status of each article. A change is saved at once and is not an undo step: it is
 * one value, set back by pressing another status key (docs/decisions/0027-article-table-and-status.md).
 */
public final class ArticleStatusService {

    /** What the article list shows for the whole project, read in one snapshot. */
    public record Listing(List<DocumentSummary> summaries, Map<Long, ArticleMetadata> metadata,
                          Map<Long, Map<Long, ArticleStatus>> statuses) {
    }

    /** Told (on the writer's thread) after a status was set: article id, analyst id, the new status. */
    public interface Listener {
        void statusSet(long documentId, long analystId, ArticleStatus status);
    }

    private final ProjectStore project;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    ArticleStatusService(ProjectStore project) {
        this.project = project;
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public ArticleStatus of(long documentId, long analystId) {
        return project.statuses().of(documentId, analystId);
    }

    /** Every status that is not to do, by article and analyst. */
    public Map<Long, Map<Long, ArticleStatus>> all() {
        return project.statuses().all();
    }

    /**
     * The rows of the article list: each article with the tag count of {@code layer} (all analysts
     * when null), its metadata and everyone's status; three whole-table reads, none per article.
     */
    public Listing listing(Long layer) {
        return project.inSnapshot(() -> new Listing(project.documents().summaries(layer), project.metadata().all(),
                project.statuses().all()));
    }

    /** Sets {@code analyst}'s status of the article; refused in a read-only project or for an unknown article. */
    public void set(long documentId, Analyst analyst, ArticleStatus status) {
        if (project.isReadOnly()) {
            throw new AnnotationConflictException(project.name() + " is open read-only; the article's status cannot be changed.");
        }
        if (project.documents().find(documentId).isEmpty()) {
            throw new AnnotationConflictException("There is no article " + documentId + " in " + project.name() + ".");
        }
        project.statuses().set(documentId, analyst.id(), status);
        listeners.forEach(l -> l.statusSet(documentId, analyst.id(), status));
    }
}
