package org.newsmark.service.port;

import java.util.List;
import java.util.Map;
import org.newsmark.domain.Source;
import org.newsmark.domain.SourceQuote;

/**
 * The project's sources and the tags pointing to them (values of attributes of type source). A
 * read-only session on a file older than sources reads none. See docs/decisions/0020-sources.md.
 */
public interface SourceRepository {

    /** Every source, by name (accents and case aside). */
    List<Source> all();

    /** Inserts {@code s}; keeps its id when it has one, else assigns one. Refused when its name and kind exist. */
    Source insert(Source s);

    /** Writes the name, kind, role and affiliation of the source with {@code s}'s id. */
    void update(Source s);

    void delete(long sourceId);

    /** Makes every value pointing to {@code from} point to {@code to}; returns how many values changed. */
    int repoint(long from, long to);

    /** Every tag pointing to a source, by article, then span. */
    List<SourceQuote> quotes();

    /** The outlet of each article that has one, by article id. */
    Map<Long, String> outlets();

    /** Sets (or with null, clears) the outlet of one article. */
    void setOutlet(long documentId, String outlet);
}
