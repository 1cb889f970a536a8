package org.newsmark.io.jsonl;

import java.util.List;

/** One line of a JSON Lines export: a document with all its annotations. */
public record JsonlDocument(long id, String title, String sha256, String text, List<JsonlAnnotation> annotations) {

    public JsonlDocument {
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
    }
}
