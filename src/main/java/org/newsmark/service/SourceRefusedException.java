package org.newsmark.service;

/** A source edit the rules refuse (an empty or bad name, a name and kind that exist); nothing was written. */
public class SourceRefusedException extends AnnotationConflictException {

    public SourceRefusedException(String message) {
        super(message);
    }
}
