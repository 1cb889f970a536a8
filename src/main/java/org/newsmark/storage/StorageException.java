package org.newsmark.storage;

/**
 * An SQL error while the project is open (disk full, file deleted, constraint broken).
 * Unchecked so that services need not wrap every call; the UI turns it into a dialog.
 */
public class StorageException extends RuntimeException {

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
