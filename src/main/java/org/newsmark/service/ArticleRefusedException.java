package org.newsmark.service;

/**
 * An article that cannot be imported (too long, no text); nothing was written. A kind of
 * AnnotationConflictException so that callers already reporting refused edits report it too.
 */
public class ArticleRefusedException extends AnnotationConflictException {

    public ArticleRefusedException(String message) {
        super(message);
    }
}
