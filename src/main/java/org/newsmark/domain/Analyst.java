package org.newsmark.domain;

import java.util.Objects;

public record Analyst(long id, String name) {
    public Analyst {
        Objects.requireNonNull(name, "name");
    }
}
