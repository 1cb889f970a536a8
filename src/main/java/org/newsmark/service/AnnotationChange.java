package org.newsmark.service;

import org.newsmark.domain.Annotation;
import org.newsmark.domain.Span;

/** What an edit did, published after it is committed. {@code before} or {@code after} is null for adds and removals. */
public record AnnotationChange(Annotation before, Annotation after) {

    public long documentId() {
        return (after != null ? after : before).documentId();
    }

    public long analystId() {
        return (after != null ? after : before).analystId();
    }

    /** The text range whose styling may have changed. */
    public Span affectedRange() {
        if (before == null) {
            return after.span();
        }
        if (after == null) {
            return before.span();
        }
        return new Span(Math.min(before.begin(), after.begin()), Math.max(before.end(), after.end()));
    }
}
