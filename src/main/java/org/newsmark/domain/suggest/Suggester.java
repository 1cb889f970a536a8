package org.newsmark.domain.suggest;

import java.util.List;
import org.newsmark.domain.TaskControl;

/**
 * Finds suggestions in an article's text: pure, offline, no state between calls, safe to run
 * on a background thread. A language is a set of data files (see {@link #forLanguage}).
 */
public interface Suggester {

    /**
     * Every suggestion in {@code text}, sorted by span then kind, no two of one kind on the same
     * span. Checks {@code control} between sentences so a long article can be cancelled.
     */
    List<Suggestion> suggest(String text, TaskControl control);

    default List<Suggestion> suggest(String text) {
        return suggest(text, TaskControl.NONE);
    }

    /** The detectors for a language code ("en"); English when there are no files for it. */
    static Suggester forLanguage(String language) {
        return NewsDetectors.forLanguage(language);
    }
}
