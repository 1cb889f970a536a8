package org.newsmark.service;

import java.util.Map;
import org.newsmark.domain.CodePointOffsets;
import org.newsmark.domain.Document;
import org.newsmark.service.port.ProjectStore;

/** Exports stream tags in document order: keep the current document and its offset table. */
final class DocumentCursor {
    private final ProjectStore project;
    private final Map<Long, org.newsmark.domain.ArticleMetadata> metadata;
    private Document current;
    private CodePointOffsets offsets;
    private org.newsmark.domain.ArticleMetadata currentMetadata;

    DocumentCursor(ProjectStore project, Map<Long, org.newsmark.domain.ArticleMetadata> metadata) {
        this.project = project;
        this.metadata = metadata;
    }

    Document at(long id) {
        if (current == null || current.id() != id) {
            current = project.documents().find(id).orElse(null);
            offsets = current == null ? null : new CodePointOffsets(current.text());
            currentMetadata = current == null ? null : metadata.get(id); // looked up once per article, not per row
        }
        return current;
    }

    CodePointOffsets offsets() {
        return offsets;
    }

    org.newsmark.domain.ArticleMetadata metadata() {
        return currentMetadata;
    }
}
