package org.newsmark.ui.links;

import org.newsmark.domain.Annotation;

/** How the window names labels and quotes tags in messages and lists (the workbench knows the codebook and the text). */
public interface TagWords {

    String labelName(long labelId);

    /** The tag's text, on one line, cut to {@code max} characters. */
    String excerpt(Annotation a, int max);

    /** "claim “text…”". */
    default String describe(Annotation a) {
        return labelName(a.labelId()) + " \u201c" + excerpt(a, 50) + "\u201d";
    }
}
