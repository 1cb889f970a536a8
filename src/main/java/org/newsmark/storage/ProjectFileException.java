package org.newsmark.storage;

/** A project file that cannot be opened or written; the message names the file and the problem. */
public class ProjectFileException extends Exception {

    public ProjectFileException(String message) {
        super(message);
    }

    public ProjectFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
