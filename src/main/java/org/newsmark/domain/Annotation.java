package org.newsmark.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One tag: a label on a span of a document, by one analyst.
 * {@code fragmentGroup} links the pieces of one discontinuous span (e.g. brat's
 * {@code T3 Label 10 20;30 40}); it is null for an ordinary span. See docs/decisions.
 */
public record Annotation(long id, long documentId, long analystId, long labelId, Span span, String note,
                         String fragmentGroup, Instant created, Instant updated, AttributeValues attributes) {

    public Annotation {
        Objects.requireNonNull(span, "span");
        note = note == null ? "" : note;
        attributes = attributes == null ? AttributeValues.EMPTY : attributes;
    }

    /** A tag whose attributes are not set. */
    public Annotation(long id, long documentId, long analystId, long labelId, Span span, String note,
                      String fragmentGroup, Instant created, Instant updated) {
        this(id, documentId, analystId, labelId, span, note, fragmentGroup, created, updated, AttributeValues.EMPTY);
    }

    public int begin() {
        return span.begin();
    }

    public int end() {
        return span.end();
    }

    public Annotation withLabel(long newLabelId, Instant now) {
        return new Annotation(id, documentId, analystId, newLabelId, span, note, fragmentGroup, created, now, attributes);
    }

    public Annotation withSpan(Span newSpan, Instant now) {
        return new Annotation(id, documentId, analystId, labelId, newSpan, note, fragmentGroup, created, now, attributes);
    }

    public Annotation withNote(String newNote, Instant now) {
        return new Annotation(id, documentId, analystId, labelId, span, newNote, fragmentGroup, created, now, attributes);
    }

    public Annotation withId(long newId) {
        return new Annotation(newId, documentId, analystId, labelId, span, note, fragmentGroup, created, updated, attributes);
    }

    public Annotation withFragmentGroup(String group) {
        return new Annotation(id, documentId, analystId, labelId, span, note, group, created, updated, attributes);
    }

    public Annotation withAttributes(AttributeValues values, Instant now) {
        return new Annotation(id, documentId, analystId, labelId, span, note, fragmentGroup, created, now, values);
    }
}
