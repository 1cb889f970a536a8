package org.newsmark.domain;

import java.util.Objects;

/**
 * A codebook entry. {@code color} is a CSS hex colour ({@code #RRGGBB}); {@code key} is the
 * single keyboard key that applies it ("1".."9"), or null.
 */
public record Label(long id, String name, String color, String key, String definition) {

    public Label {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
        definition = definition == null ? "" : definition;
    }
}
