package org.newsmark.service.port;

/**
 * A write that did not reach the project (disk full, file deleted or moved, read-only medium,
 * an I/O error). Unchecked, so services need not wrap every call; the message says what was
 * lost and what to do, fit to show as it is.
 */
public class NotSavedException extends RuntimeException {

    /** Why the write failed, for callers that react differently (the UI shows all the same way). */
    public enum Reason { DISK_FULL, FILE_GONE, READ_ONLY, IO, REFUSED_BY_DATABASE,
        /** The server of a team project cannot be reached: nothing was saved; the session reconnects by itself. */
        CONNECTION_LOST,
        /** The server refused the change as not this login's to make (another analyst's layer, the codebook). */
        NOT_ALLOWED }

    private final Reason reason;

    public NotSavedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
