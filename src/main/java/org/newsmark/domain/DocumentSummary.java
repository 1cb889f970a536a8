package org.newsmark.domain;

/** What the document list shows, without loading the article text. */
public record DocumentSummary(long id, String title, String sha256, int length, int annotationCount) {
}
