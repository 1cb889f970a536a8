package org.newsmark.io.brat;

/**
 * A brat line Newsmark does not import (attributes M, normalisations N, equivalences *),
 * reported so the analyst knows what was left out. {@code kind} is its letter.
 */
public record SkippedLine(long line, String kind, String id) {
}
