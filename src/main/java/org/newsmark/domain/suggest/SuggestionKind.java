package org.newsmark.domain.suggest;

/** What a detector suggests, named as the default codebook's label it would become. */
public enum SuggestionKind {
    STATISTIC("statistic"),
    ATTRIBUTED_OPINION("attributed opinion"),
    /** Optional and weaker: shown only when asked for, with a lower confidence. */
    CLAIM("claim");

    private final String labelName;

    SuggestionKind(String labelName) {
        this.labelName = labelName;
    }

    /** The label a suggestion of this kind becomes when accepted. */
    public String labelName() {
        return labelName;
    }

    /** The kind whose {@link #labelName()} or constant name is {@code name} (case aside), or null. */
    public static SuggestionKind named(String name) {
        for (SuggestionKind k : values()) {
            if (k.labelName.equalsIgnoreCase(name.strip()) || k.name().equalsIgnoreCase(name.strip().replace(' ', '_'))) {
                return k;
            }
        }
        return null;
    }
}
