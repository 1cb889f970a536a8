package org.newsmark.domain.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsmark.domain.Span;
import org.newsmark.domain.TaskControl;

/**
 * The detectors of one language, run sentence by sentence ({@link Sentences}): direct quotes
 * ({@link QuoteDetector}, credited by {@link QuoteAttributor}), statistics
 * ({@link StatisticDetector}), indirect speech in sentences with no credited quote
 * ({@link ReportedSpeechDetector}) and claims in sentences with no opinion
 * ({@link ClaimDetector}). {@code control} is checked before every sentence. Output sorted by
 * span then kind, one per kind and span (the most confident). An article with more than
 * {@link #MOST} suggestions gets its first {@code MOST}: no analyst reviews more, and memory
 * stays bounded whatever the article's length.
 */
final class NewsDetectors implements Suggester {

    static final int MOST = 50_000;
    /** Characters of an uncredited quote short enough to be a scare quote inside a claim ("value engineering"). */
    private static final int SCARE_QUOTE = 30;

    private final LanguageData data;
    private final SpeakerFinder finder;
    private final SourceNames names;
    private final StatisticDetector statistics;
    private final ReportedSpeechDetector reported;
    private final ClaimDetector claims;

    private NewsDetectors(LanguageData data) {
        this.data = data;
        finder = new SpeakerFinder(data);
        names = new SourceNames(data);
        statistics = new StatisticDetector(data);
        reported = new ReportedSpeechDetector(data, finder);
        claims = new ClaimDetector(data, finder);
    }

    static Suggester forLanguage(String language) {
        return new NewsDetectors(LanguageData.forLanguage(language));
    }

    /** The language whose files are used: the one asked for, or English when it has none. */
    String language() {
        return data.language();
    }

    @Override
    public List<Suggestion> suggest(String text, TaskControl control) {
        TaskControl c = control == null ? TaskControl.NONE : control;
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Sentences sentences = Sentences.of(text, data, c);
        QuoteDetector quotes = new QuoteDetector(text);
        Opinions opinions = new Opinions(text, names);
        QuoteAttributor attributor = new QuoteAttributor(text, data, finder, opinions);
        List<Suggestion> out = new ArrayList<>();
        Tokens t = Tokens.buffer(text);
        QuoteDetector.Quote pending = quotes.next();
        int creditedUntil = -1;
        int quotedUntil = -1;
        for (int s = 0; s < sentences.size() && out.size() < MOST; s++) {
            c.checkCancelled();
            if (s % 256 == 0) {
                c.progress(sentences.begin(s), text.length());
            }
            int begin = sentences.begin(s);
            int end = sentences.end(s);
            int opinionsBefore = out.size();
            while (pending != null && pending.open() < end) {
                Suggestion q = attributor.attribute(pending, sentences, sentences.indexOf(pending.open()));
                if (q != null) {
                    out.add(q);
                    creditedUntil = Math.max(creditedUntil, pending.close());
                    opinions.heardIn(sentences.indexOf(pending.close()));
                }
                if (q != null || pending.end() - pending.begin() > SCARE_QUOTE) {
                    quotedUntil = Math.max(quotedUntil, pending.close()); // a short scare quote leaves a claim possible
                }
                pending = quotes.next();
            }
            t.read(begin, end);
            int[] figures = {0};
            statistics.find(t, (from, to, value, unit, confidence, why) -> {
                out.add(statistic(t, from, to, value, unit, confidence, why));
                figures[0]++;
            });
            boolean opinion = creditedUntil >= begin || out.subList(opinionsBefore, out.size()).stream()
                    .anyMatch(x -> x.kind() == SuggestionKind.ATTRIBUTED_OPINION);
            if (!opinion) {
                for (ReportedSpeechDetector.Reported r : reported.find(t)) {
                    out.add(opinions.opinion(r.content(), opinions.speaker(t, r.found(), s), 0.7, "reported speech with cue"));
                    opinion = true;
                }
            }
            if (!opinion && quotedUntil < begin && !headline(text, s, end)) {
                Suggestion claim = claims.find(t, figures[0]);
                if (claim != null) {
                    out.add(claim);
                }
            }
        }
        List<Suggestion> sorted = sortedUnique(out);
        return sorted.size() > MOST ? sorted.subList(0, MOST) : sorted;
    }

    /**
     * The first sentence when it is the text's first line, with no final stop, and more follows
     * (a headline: statistics and opinions there, never a claim).
     */
    private static boolean headline(String text, int s, int end) {
        if (s != 0 || end >= text.length() || text.charAt(end - 1) == '.') {
            return false;
        }
        int lineEnd = text.indexOf('\n', end);
        return lineEnd >= 0 && text.substring(end, lineEnd).isBlank() && text.indexOf('\n') >= end;
    }

    private static Suggestion statistic(Tokens t, int from, int to, String value, String unit, double confidence, String why) {
        Map<String, String> fields = new java.util.HashMap<>();
        if (value != null) {
            fields.put("value", value);
        }
        if (unit != null) {
            fields.put("unit", unit);
        }
        return new Suggestion(SuggestionKind.STATISTIC, new Span(t.begin(from), t.end(to - 1)), confidence, null, null, null,
                fields, why);
    }

    /** Sorted by span then kind; of two with the same kind and span, the more confident. */
    static List<Suggestion> sortedUnique(List<Suggestion> all) {
        List<Suggestion> sorted = new ArrayList<>(all);
        sorted.sort((a, b) -> {
            int k = a.compareTo(b);
            return k != 0 ? k : Double.compare(b.confidence(), a.confidence());
        });
        List<Suggestion> out = new ArrayList<>(sorted.size());
        for (Suggestion x : sorted) {
            if (out.isEmpty() || out.get(out.size() - 1).compareTo(x) != 0) {
                out.add(x);
            }
        }
        return List.copyOf(out);
    }
}
