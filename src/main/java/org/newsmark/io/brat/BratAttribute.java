package org.newsmark.io.brat;

/**
 * A brat {@code A} line: attribute {@code name} (underscores read back as spaces, as for labels)
 * of the T annotation {@code target} with {@code value} ("yes" for brat's binary attributes).
 */
public record BratAttribute(String id, String name, String target, String value, long line) {
}
