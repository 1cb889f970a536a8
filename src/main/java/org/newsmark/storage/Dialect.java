package org.newsmark.storage;

/**
 * What the repositories' SQL must say differently on the two backends. Everything else is written
 * once, in the subset both accept (ON CONFLICT, coalesce, IS NOT DISTINCT FROM, CASE).
 */
enum Dialect {
    SQLITE,
    POSTGRES;

    /** An ORDER BY term for names as people sort them, ignoring case. */
    String caseFolded(String column) {
        return this == SQLITE ? column + " COLLATE NOCASE" : "lower(" + column + ")";
    }
}
