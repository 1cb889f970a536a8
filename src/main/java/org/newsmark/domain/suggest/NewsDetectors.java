package org.newsmark.domain.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsmark.domain.Span;
import org.newsmark.domain.TaskControl;

/**
 * PLACEHOLDER until the detectors land: percentages only, so that the service, the CLI and the
 * editor can be built against {@link Suggester}. Replaced wholesale by the detector work.
 */
final class NewsDetectors implements Suggester {

    private static final Pattern PERCENT = Pattern.compile("\\b\\d+(?:[.,]\\d+)?\\s?(?:%|per ?cent|percent)");

    private NewsDetectors() {
    }

    static Suggester forLanguage(String language) {
        return new NewsDetectors();
    }

    @Override
    public List<Suggestion> suggest(String text, TaskControl control) {
        List<Suggestion> out = new ArrayList<>();
        Matcher m = PERCENT.matcher(text);
        while (m.find()) {
            out.add(Suggestion.of(SuggestionKind.STATISTIC, new Span(m.start(), m.end()), 0.9, "a percentage"));
        }
        return out;
    }
}
