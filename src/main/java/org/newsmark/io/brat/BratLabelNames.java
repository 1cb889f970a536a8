package org.newsmark.io.brat;

/**
 * brat entity types cannot contain spaces, Newsmark labels can ("attributed opinion"). Export
 * writes each run of whitespace as {@code _}; import turns every {@code _} back into a space.
 * A Newsmark label that itself contains {@code _} therefore comes back with a space instead.
 */
public final class BratLabelNames {

    private BratLabelNames() {
    }

    public static String toBrat(String label) {
        return label.strip().replaceAll("\\s+", "_");
    }

    public static String fromBrat(String bratType) {
        return bratType.replace('_', ' ');
    }
}
