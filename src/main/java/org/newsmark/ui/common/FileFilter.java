package org.newsmark.ui.common;

import java.util.List;

/** A file type offered in a file chooser: {@code ("CSV files", "*.csv")}. */
public record FileFilter(String description, List<String> patterns) {

    public static FileFilter of(String description, String... patterns) {
        return new FileFilter(description, List.of(patterns));
    }
}
