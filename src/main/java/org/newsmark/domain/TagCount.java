package org.newsmark.domain;

import java.util.List;

/** One group of tags: its value for each key counted by (in the keys' order), and how many tags. */
public record TagCount(List<String> values, long tags) {

    public TagCount {
        values = List.copyOf(values);
    }
}
