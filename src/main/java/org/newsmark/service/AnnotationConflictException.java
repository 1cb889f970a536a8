package org.newsmark.service;

/** An edit the rules refuse (a duplicate tag, a span outside the text, a read-only project). Nothing was written. */
public class AnnotationConflictException extends RuntimeException {

    public AnnotationConflictException(String message) {
        super(message);
    }
}
