package org.newsmark.domain;

/**
 * How long work reports progress and learns it was cancelled. Imports check it inside their
 * transaction, so a cancelled import rolls back and writes nothing.
 */
public interface TaskControl {

    TaskControl NONE = new TaskControl() {
    };

    default void progress(long done, long total) {
    }

    default boolean isCancelled() {
        return false;
    }

    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** Thrown out of cancelled work; nothing it did is kept. */
    final class CancelledException extends RuntimeException {
        public CancelledException() {
            super("Cancelled: nothing was written.");
        }
    }
}
