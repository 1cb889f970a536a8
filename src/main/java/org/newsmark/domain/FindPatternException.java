package org.newsmark.domain;

/** A regular expression that does not compile; the message says what is wrong and where. */
public final class FindPatternException extends IllegalArgumentException {

    private final String withoutPattern;

    /** @param withoutPattern what is wrong and where, for a place that shows the pattern beside it */
    public FindPatternException(String message, String withoutPattern) {
        super(message);
        this.withoutPattern = withoutPattern;
    }

    /** "Unclosed group at the end": what is wrong and where, without repeating the pattern. */
    public String withoutPattern() {
        return withoutPattern;
    }
}
