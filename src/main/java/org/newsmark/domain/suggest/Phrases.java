package org.newsmark.domain.suggest;

import java.util.HashSet;
import java.util.Set;

/**
 * The entries of a word list as phrases of one or more words, matched over {@link Tokens}: the
 * longest one wins; a token with no space before it must have none in the entry either ("km/h").
 */
final class Phrases {

    private final Set<String> entries = new HashSet<>();
    private final Set<String> firstWords = new HashSet<>();
    private final Set<String> lastWords = new HashSet<>();
    private int longest = 1;

    Phrases(Set<String> phrases) {
        for (String e : phrases) {
            Tokens t = Tokens.of(e, 0, e.length());
            if (t.size() == 0) {
                continue;
            }
            entries.add(t.lowerText(0, t.size()));
            firstWords.add(t.lower(0));
            lastWords.add(t.lower(t.size() - 1));
            longest = Math.max(longest, t.size());
        }
    }

    /** How many tokens, from token {@code i} on, the longest phrase there covers; 0 when none. */
    int match(Tokens t, int i) {
        if (i < 0 || i >= t.size() || !firstWords.contains(t.lower(i))) {
            return 0;
        }
        for (int n = Math.min(longest, t.size() - i); n >= 1; n--) {
            if (entries.contains(t.lowerText(i, i + n))) {
                return n;
            }
        }
        return 0;
    }

    /** How many tokens the longest phrase ending just before token {@code end} covers; 0 when none. */
    int matchEndingAt(Tokens t, int end) {
        if (end <= 0 || end > t.size() || !lastWords.contains(t.lower(end - 1))) {
            return 0;
        }
        for (int n = Math.min(longest, end); n >= 1; n--) {
            if (entries.contains(t.lowerText(end - n, end))) {
                return n;
            }
        }
        return 0;
    }

    /** Whether some phrase starts with token {@code i}'s word. */
    boolean startsAt(Tokens t, int i) {
        return firstWords.contains(t.lower(i));
    }
}
