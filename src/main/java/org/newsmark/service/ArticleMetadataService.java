package org.newsmark.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.MetadataChecks;
import org.newsmark.domain.Names;
import org.newsmark.service.port.ProjectStore;

/**
 * Reads and sets article metadata and declares custom fields. A change is saved at once and is
 * not a step of the undo history: metadata belongs to the article, not to one analyst's tagging
 * (see docs/decisions/0025-article-metadata.md).
 */
public final class ArticleMetadataService {

    private final ProjectStore project;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    ArticleMetadataService(ProjectStore project) {
        this.project = project;
    }

    /** The articles CSV. */
    public ArticleTable table() {
        return new ArticleTable(project);
    }

    public List<String> fields() {
        return project.metadata().fields();
    }

    public ArticleMetadata of(long documentId) {
        return project.metadata().of(documentId);
    }

    public Map<Long, ArticleMetadata> all() {
        return project.metadata().all();
    }

    /** What is wrong with a custom field's name, or empty: the name rule, and not one of the built-in columns. */
    public static Optional<String> fieldNameProblem(String name) {
        Optional<String> problem = Names.problem(name);
        if (problem.isPresent()) {
            return problem;
        }
        String n = Names.strip(name);
        if (ArticleMetadata.isStandard(n) || List.of("path", "sha256", "title", "document_id", "document_sha256", "document_title")
                .contains(n.toLowerCase(java.util.Locale.ROOT))) {
            return Optional.of("is a built-in column");
        }
        return Optional.empty();
    }

    /** Replaces one article's metadata, declaring its new custom fields; every value is checked first, nothing written on a refusal. */
    public void set(long documentId, ArticleMetadata metadata) {
        if (project.isReadOnly()) {
            throw new AnnotationConflictException(project.name() + " is open read-only; article details cannot be changed.");
        }
        for (String name : ArticleMetadata.STANDARD) {
            check(name, metadata.get(name));
        }
        for (Map.Entry<String, String> e : metadata.fields().entrySet()) {
            fieldNameProblem(e.getKey()).ifPresent(p -> {
                throw new ArticleRefusedException("The field " + Names.shown(e.getKey()) + " " + p + ".");
            });
            check(e.getKey(), e.getValue());
        }
        project.inTransaction(() -> {
            if (project.documents().find(documentId).isEmpty()) {
                throw new ArticleRefusedException("The article is no longer in the project.");
            }
            metadata.fields().keySet().forEach(project.metadata()::declare);
            project.metadata().set(documentId, metadata);
            return null;
        });
        listeners.forEach(Runnable::run);
    }

    /** Declares a custom field with no values yet. */
    public void declare(String name) {
        fieldNameProblem(name).ifPresent(p -> {
            throw new ArticleRefusedException("The field " + Names.shown(name) + " " + p + ".");
        });
        project.metadata().declare(Names.strip(name));
        listeners.forEach(Runnable::run);
    }

    private static void check(String name, String value) {
        MetadataChecks.problem(name, value).ifPresent(p -> {
            throw new ArticleRefusedException("The " + name + " \"" + value.strip() + "\" " + p + ".");
        });
    }

    /** Called after a change saved here. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }
}
