package org.newsmark.service;

import org.newsmark.domain.Annotation;

/**
 * One undoable step: the annotation as it was and as it became (null for "absent").
 * Undo swaps the two; the same code path applies both directions.
 */
record AnnotationEdit(Annotation before, Annotation after, String description) {

    AnnotationEdit inverse() {
        return new AnnotationEdit(after, before, description);
    }
}
