package org.newsmark.domain;

/** A regular expression that does not compile; the message says what is wrong and where. */
public final class FindPatternException extends IllegalArgumentException {

    public FindPatternException(String message) {
        super(message);
    }
}
