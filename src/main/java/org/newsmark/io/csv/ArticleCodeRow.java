package org.newsmark.io.csv;

/**
 * One row of an article-codes CSV: an analyst's code for an article. Either {@code documentId}
 * or {@code documentSha256} is non-null; {@code value} is as written (a multiple choice joined
 * with {@code " | "}); {@code line} is where the row starts (header = line 1).
 */
public record ArticleCodeRow(long line, Long documentId, String documentSha256, String analyst, String code, String value) {
}
