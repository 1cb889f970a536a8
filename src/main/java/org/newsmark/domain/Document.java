package org.newsmark.domain;

import java.time.Instant;
import java.util.Objects;

/** An imported article. Its text never changes after import, so offsets into it stay valid. */
public record Document(long id, String title, String sourceName, Instant importedAt, String text, String sha256) {

    public Document {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
    }

    public int length() {
        return text.length();
    }
}
