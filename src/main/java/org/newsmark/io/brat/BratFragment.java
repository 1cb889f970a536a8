package org.newsmark.io.brat;

/** One {@code begin end} piece of a brat text-bound annotation, in code points, end exclusive. */
public record BratFragment(int begin, int end) {
}
