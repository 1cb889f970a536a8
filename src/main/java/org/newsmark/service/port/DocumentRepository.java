package org.newsmark.service.port;

import java.util.List;
import java.util.Optional;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;

/** Articles. The text is written once, at import, and never changed. */
public interface DocumentRepository {

    Document insert(String title, String sourceName, String text);

    Optional<Document> find(long id);

    Optional<Document> findBySha256(String sha256);

    /** Every document in import order with the number of tags {@code analystId} made in it (all analysts when null). */
    List<DocumentSummary> summaries(Long analystId);
}
