package org.newsmark.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.domain.Label;
import org.newsmark.domain.Source;
import org.newsmark.domain.SourceQuote;
import org.newsmark.service.port.ProjectStore;

/**
 * Who gets quoted: every source with its quotes (the tags pointing to it) and their counts per
 * article, outlet and label. Read once; the Sources view and {@code export --what sources} show it.
 */
public final class SourceLedger {

    /** How an article without an outlet is counted. */
    public static final String NO_OUTLET = "(no outlet)";

    /** One tag pointing to a source, with what a reader needs to find it. */
    public record Quote(SourceQuote at, String article, String outlet, String analyst, String label, String text) {
    }

    /** A source and its quotes, in article then span order. */
    public record Entry(Source source, List<Quote> quotes) {

        public int articles() {
            return (int) quotes.stream().map(q -> q.at().documentId()).distinct().count();
        }

        /** The outlets quoting it, by name ("(no outlet)" for articles without one). */
        public List<String> outlets() {
            return List.copyOf(new TreeSet<>(quotes.stream().map(Quote::outlet).toList()));
        }

        public Map<String, Integer> perArticle() {
            return count(q -> q.article());
        }

        public Map<String, Integer> perOutlet() {
            return count(Quote::outlet);
        }

        public Map<String, Integer> perLabel() {
            return count(Quote::label);
        }

        private Map<String, Integer> count(java.util.function.Function<Quote, String> key) {
            Map<String, Integer> out = new TreeMap<>();
            quotes.forEach(q -> out.merge(key.apply(q), 1, Integer::sum));
            return out;
        }
    }

    private final List<Entry> entries;

    private SourceLedger(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Every source, by name, each with its quotes. */
    public List<Entry> entries() {
        return entries;
    }

    static SourceLedger read(ProjectStore project) {
        Map<Long, String> titles = new HashMap<>();
        for (DocumentSummary d : project.documents().summaries(null)) {
            titles.put(d.id(), d.title());
        }
        Map<Long, String> labels = new HashMap<>();
        project.labels().all().forEach((Label l) -> labels.put(l.id(), l.name()));
        Map<Long, String> analysts = new HashMap<>();
        project.analysts().all().forEach((Analyst a) -> analysts.put(a.id(), a.name()));
        Map<Long, String> outlets = project.sources().outlets();
        Map<Long, String> texts = new HashMap<>();
        Map<Long, List<Quote>> bySource = new LinkedHashMap<>();
        for (SourceQuote q : project.sources().quotes()) {
            String text = texts.computeIfAbsent(q.documentId(), id -> project.documents().find(id).map(Document::text).orElse(""));
            String quoted = q.end() <= text.length() ? text.substring(q.begin(), q.end()) : "";
            bySource.computeIfAbsent(q.sourceId(), k -> new ArrayList<>()).add(new Quote(q, titles.getOrDefault(q.documentId(), ""),
                    outlets.getOrDefault(q.documentId(), NO_OUTLET), analysts.getOrDefault(q.analystId(), ""),
                    labels.getOrDefault(q.labelId(), ""), quoted));
        }
        List<Entry> out = new ArrayList<>();
        for (Source s : project.sources().all()) {
            out.add(new Entry(s, List.copyOf(bySource.getOrDefault(s.id(), List.of()))));
        }
        return new SourceLedger(out);
    }
}
