package org.newsmark.service.port;

/** A project that cannot be opened or created; the message names the file and the problem. Nothing was changed. */
public class ProjectRefusedException extends Exception {

    public ProjectRefusedException(String message) {
        super(message);
    }

    public ProjectRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
