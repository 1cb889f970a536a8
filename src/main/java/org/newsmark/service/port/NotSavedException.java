package org.newsmark.service.port;

/**
 * A write that did not reach the project (disk full, file deleted or moved, read-only medium,
 * an I/O error). Unchecked, so services need not wrap every call; the message says what was
 * lost and what to do, fit to show as it is.
 */
public class NotSavedException extends RuntimeException {

    /** Why the write failed, for callers that react differently (the UI shows all the same way). */
    public enum Reason { DISK_FULL, FILE_GONE, READ_ONLY, IO, REFUSED_BY_DATABASE }

    private final Reason reason;

    public NotSavedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
