package org.newsmark.io.jsonl;

import java.util.List;
import java.util.Map;

/**
 * One annotation inside a JSON Lines document; {@code start}/{@code end} are code points.
 * {@code attributes} maps an attribute name to its values, always a list (one value for every
 * type but a multiple choice), each written as the CSV writes it ("12.5", "yes").
 */
public record JsonlAnnotation(long id, String analyst, String label, int start, int end, String text, String note,
                              Map<String, List<String>> attributes) {

    public JsonlAnnotation {
        attributes = attributes == null ? Map.of() : attributes;
    }

    public JsonlAnnotation(long id, String analyst, String label, int start, int end, String text, String note) {
        this(id, analyst, label, start, end, text, note, Map.of());
    }
}
