package org.newsmark.service.port;

import java.util.Map;
import org.newsmark.domain.ArticleStatus;

/** Each analyst's status of each article ({@code article_status}); an article without a row is to do. */
public interface StatusRepository {

    /** Sets one analyst's status of one article; {@link ArticleStatus#TODO} removes the row. */
    void set(long documentId, long analystId, ArticleStatus status);

    /** One analyst's status of one article. */
    ArticleStatus of(long documentId, long analystId);

    /** Every status that is not to do, by article id and then analyst id: one query for the whole list. */
    Map<Long, Map<Long, ArticleStatus>> all();
}
