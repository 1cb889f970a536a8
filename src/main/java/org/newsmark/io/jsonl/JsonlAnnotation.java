package org.newsmark.io.jsonl;

/** One annotation inside a JSON Lines document; {@code start}/{@code end} are code points. */
public record JsonlAnnotation(long id, String analyst, String label, int start, int end, String text, String note) {
}
