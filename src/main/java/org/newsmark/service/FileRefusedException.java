package org.newsmark.service;

import java.io.IOException;

/** A file or folder Newsmark will not write or read because that could damage a project. Nothing was written. */
public class FileRefusedException extends IOException {

    public FileRefusedException(String message) {
        super(message);
    }
}
