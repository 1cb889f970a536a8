package org.newsmark.service.port;

import java.util.List;
import java.util.Map;
import org.newsmark.domain.ArticleMetadata;

/** Article metadata ({@code documents} columns) and the project's custom fields with their values. */
public interface MetadataRepository {

    /** The custom fields declared in the project, in declaration order. */
    List<String> fields();

    /** Declares a custom field (at the end); nothing when it is declared already. */
    void declare(String field);

    /** One article's metadata; {@link ArticleMetadata#EMPTY} for an unknown article. */
    ArticleMetadata of(long documentId);

    /** Every article's metadata, by article id (articles without any included). */
    Map<Long, ArticleMetadata> all();

    /** Replaces one article's metadata whole; its custom fields must be declared. */
    void set(long documentId, ArticleMetadata metadata);
}
