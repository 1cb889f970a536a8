package org.newsmark.service;

/**
 * The open suggestions of analyst {@code analystId} in article {@code documentId} may have changed:
 * a suggestion was accepted, rejected or un-rejected, or one of their tags was added, removed or
 * changed (an undo, a redo, a tag made by hand). Told after the change is committed.
 */
public record SuggestionChange(long documentId, long analystId) {
}
