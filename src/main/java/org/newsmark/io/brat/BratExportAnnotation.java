package org.newsmark.io.brat;

import java.util.Objects;

import org.newsmark.domain.Span;

/**
 * What {@link BratWriter} needs of one annotation. {@code span} is UTF-16 (as stored); the
 * writer converts to code points because it has the text. Annotations sharing a non-null
 * {@code fragmentGroup} (and label) become one discontinuous T line. {@code attributes} (name →
 * values) become A lines after it. {@code tagId} names the tag for the R lines of its links (0: none).
 */
public record BratExportAnnotation(String label, Span span, String note, String fragmentGroup,
                                   java.util.Map<String, java.util.List<String>> attributes, long tagId) {

    public BratExportAnnotation {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(span, "span");
        note = note == null ? "" : note;
        attributes = attributes == null ? java.util.Map.of() : attributes;
    }

    public BratExportAnnotation(String label, Span span, String note, String fragmentGroup,
                                java.util.Map<String, java.util.List<String>> attributes) {
        this(label, span, note, fragmentGroup, attributes, 0);
    }

    public BratExportAnnotation(String label, Span span, String note, String fragmentGroup) {
        this(label, span, note, fragmentGroup, java.util.Map.of(), 0);
    }
}
