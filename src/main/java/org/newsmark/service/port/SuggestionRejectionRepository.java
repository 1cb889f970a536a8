package org.newsmark.service.port;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.newsmark.domain.suggest.SuggestionRejection;

/**
 * The suggestions each analyst rejected, per article (format 13). A read-only session on a file
 * older than them reads none.
 */
public interface SuggestionRejectionRepository {

    /** Every rejection by {@code analystId} in the article, by span. */
    List<SuggestionRejection> inDocument(long documentId, long analystId);

    /** Every analyst's rejections in the article with when each was made (what deleting it takes along). */
    Map<SuggestionRejection, Instant> allInDocument(long documentId);

    /** Records it (again: no change). */
    void reject(SuggestionRejection r, Instant at);

    /** Forgets it (the rejection undone); nothing when there is none. */
    void forget(SuggestionRejection r);
}
