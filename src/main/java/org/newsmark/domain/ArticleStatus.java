package org.newsmark.domain;

import java.util.Optional;

/**
 * How far one analyst is with one article. {@link #TODO} is stored as no row at all, so that an
 * article nobody has touched costs nothing. See docs/decisions/0027-article-table-and-status.md.
 */
public enum ArticleStatus {
    TODO("todo", "To do"),
    IN_PROGRESS("in-progress", "In progress"),
    DONE("done", "Done");

    private final String code;
    private final String shown;

    ArticleStatus(String code, String shown) {
        this.code = code;
        this.shown = shown;
    }

    /** As stored in the file. */
    public String code() {
        return code;
    }

    /** As the article list shows it. */
    public String shown() {
        return shown;
    }

    public static Optional<ArticleStatus> ofCode(String code) {
        for (ArticleStatus s : values()) {
            if (s.code.equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
