package org.newsmark.service.port;

import java.util.List;
import java.util.Optional;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;

/** Articles. The text is written once, at import, and never changed; the title may be. */
public interface DocumentRepository {

    Document insert(String title, String sourceName, String text);

    Optional<Document> find(long id);

    Optional<Document> findBySha256(String sha256);

    /** Gives the document another title; false when there is no such document. */
    boolean rename(long id, String title);

    /**
     * Deletes the document and every tag in it, all or nothing; false when there is no such
     * document. Its id is not given to another document while this store is open, so that
     * {@link #restore} can bring it back under the same id.
     */
    boolean delete(long id);

    /** Inserts a deleted document again as it was (id, title, source, import time, text). */
    Document restore(Document d);

    /**
     * Every current document (no later version replaced it) in import order with the number of
     * tags {@code analystId} made in it (all analysts when null).
     */
    List<DocumentSummary> summaries(Long analystId);

    /** Records {@code newId} as the new version of {@code oldId}, which leaves the article list and is kept whole. */
    void markNewVersion(long newId, long oldId);

    /** The version {@code id} replaced, when it is a new version. */
    Optional<Long> previousVersion(long id);

    /** The version that replaced {@code id}, when one did. */
    Optional<Long> nextVersion(long id);
}
