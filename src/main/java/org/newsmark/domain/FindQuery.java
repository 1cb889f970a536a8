package org.newsmark.domain;

/**
 * What to look for in a text: the query and how to read it. Plain text is matched literally and,
 * unless {@code matchCase}, without regard to case (Unicode case folding, one character for one);
 * {@code regex} reads it as a {@link java.util.regex.Pattern}; {@code wholeWord} keeps only hits
 * with no word character just before or after them (see {@link TextFinder}).
 */
public record FindQuery(String text, boolean matchCase, boolean wholeWord, boolean regex) {

    public FindQuery {
        text = text == null ? "" : text;
    }

    public static FindQuery plain(String text) {
        return new FindQuery(text, false, false, false);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
