package org.newsmark.io.article;

import java.util.Objects;

/** An article as read from a file, before it is stored: text normalised to {@code \n} line ends. */
public record ImportedArticle(String title, String sourceName, String text) {

    public ImportedArticle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(text, "text");
    }
}
