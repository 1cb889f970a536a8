package org.newsmark.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What kind of source a {@link Source} is. {@link #id()} is written in files and stored in the
 * project; it never changes once released. {@link #label()} is the wording of the default
 * codebook's "speaker type" choices, which migration 6 reads.
 */
public enum SourceKind {
    NAMED_PERSON("named-person", "named person"),
    OFFICIAL_BODY("official-body", "official body"),
    ORGANISATION("organisation", "organisation"),
    ANONYMOUS("anonymous", "anonymous"),
    DOCUMENT("document", "document");

    private final String id;
    private final String label;

    SourceKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The kind whose id or label is {@code text}, in any case and with spaces or hyphens. */
    public static Optional<SourceKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
        return Arrays.stream(values()).filter(k -> k.id.equals(s)).findFirst();
    }

    /** "named-person, official-body, …": for messages. */
    public static String allIds() {
        return String.join(", ", Arrays.stream(values()).map(SourceKind::id).toList());
    }
}
