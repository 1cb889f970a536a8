package org.newsmark.io.article;

import java.util.Objects;

/**
 * An article as read from a file, before it is stored: text normalised to {@code \n} line ends;
 * {@code outlet}, the publication the file names (HTML {@code og:site_name}) or null.
 */
public record ImportedArticle(String title, String sourceName, String text, String outlet) {

    public ImportedArticle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(text, "text");
        outlet = outlet == null || outlet.isBlank() ? null : outlet.strip();
    }

    public ImportedArticle(String title, String sourceName, String text) {
        this(title, sourceName, text, null);
    }

    public ImportedArticle withOutlet(String newOutlet) {
        return new ImportedArticle(title, sourceName, text, newOutlet);
    }
}
