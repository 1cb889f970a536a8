package org.newsmark.service.port;

import java.util.List;

/**
 * The full-text index of the article texts. It names articles only: where in a text the words
 * stand is found again in the text itself, so the index can narrow a search but never invent a hit.
 */
public interface CorpusIndex {

    /** Whether the file has the index: a read-only session of a file older than format 9 has none. */
    boolean available();

    /**
     * The ids of the articles whose text matches {@code ftsQuery}, an FTS5 query the caller built and
     * escaped: best first by BM25 when {@code ranked}, else by id.
     */
    List<Long> matching(String ftsQuery, boolean ranked);
}
