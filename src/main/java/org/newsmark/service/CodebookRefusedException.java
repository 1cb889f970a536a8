package org.newsmark.service;

/** A codebook change the rules refuse (a name or key clash, a choice in use); nothing was written. */
public class CodebookRefusedException extends AnnotationConflictException {

    public CodebookRefusedException(String message) {
        super(message);
    }
}
