package org.newsmark.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.domain.PhraseMatcher;
import org.newsmark.domain.Span;
import org.newsmark.domain.TaskControl;
import org.newsmark.service.port.ProjectStore;

/**
 * Corpus search: a word or phrase over every article, or a given set. The user's text is always a
 * phrase, never an FTS5 expression (quotes, AND, NEAR, * are plain characters to it). The index
 * names the articles; the hits are found again in each text by {@link PhraseMatcher}, so every
 * offset is exact and an index that disagrees with the texts can hide an article but never invent a hit.
 * A file without the index (read-only, older than format 9) is searched text by text.
 */
public final class CorpusSearchService {

    /** Characters of context shown either side of a hit. */
    public static final int CONTEXT = 60;

    public enum Order { RANKED, ARTICLE }

    /** One hit: its UTF-16 span and the text around it, line ends shown as spaces. */
    public record Hit(Span span, String before, String text, String after) {
    }

    public record ArticleHits(long documentId, String title, List<Hit> hits) {
    }

    /** The articles shown (at most the limit asked for) and how many articles the index found in all. */
    public record Result(List<ArticleHits> articles, int articlesFound) {
        public boolean truncated() {
            return articles.size() < articlesFound;
        }

        public int hits() {
            return articles.stream().mapToInt(a -> a.hits().size()).sum();
        }
    }

    private final ProjectStore project;

    CorpusSearchService(ProjectStore project) {
        this.project = project;
    }

    /**
     * @param within the articles to search, or null for all
     * @param maxArticles how many articles to return with their hits; {@link Result#articlesFound} counts all
     */
    public Result search(String query, Collection<Long> within, Order order, int maxArticles) {
        PhraseMatcher matcher = new PhraseMatcher(query);
        if (matcher.isEmpty()) {
            return new Result(List.of(), 0);
        }
        return project.inSnapshot(() -> {
            List<Long> candidates = candidates(matcher, within, order);
            List<ArticleHits> out = new ArrayList<>();
            int found = candidates.size();
            for (long id : candidates) {
                if (out.size() == maxArticles) {
                    break;
                }
                Optional<Document> d = project.documents().find(id);
                List<Span> spans = d.map(doc -> matcher.find(doc.text())).orElse(List.of());
                if (spans.isEmpty()) {
                    found--; // the index and the matcher fold a few letters differently: no hit, no article
                    continue;
                }
                out.add(new ArticleHits(id, d.get().title(), spans.stream().map(s -> hit(d.get().text(), s)).toList()));
            }
            return new Result(out, found);
        });
    }

    /** The ids of the articles that may hold the phrase, in {@code order}, within {@code within} (null: all). */
    List<Long> candidates(PhraseMatcher matcher, Collection<Long> within, Order order) {
        Set<Long> scope = within == null ? null : Set.copyOf(within);
        List<Long> ids;
        if (project.corpusIndex().available()) {
            ids = project.corpusIndex().matching(ftsPhrase(matcher), order == Order.RANKED);
        } else {
            ids = project.documents().summaries(null).stream().map(DocumentSummary::id).toList();
        }
        return scope == null ? ids : ids.stream().filter(scope::contains).toList();
    }

    /** The phrase as an FTS5 string: its folded words, which hold letters and digits only, in double quotes. */
    static String ftsPhrase(PhraseMatcher matcher) {
        return "\"" + String.join(" ", matcher.words()).replace("\"", "\"\"") + "\"";
    }

    static Hit hit(String text, Span s) {
        int from = safeStart(text, Math.max(0, s.begin() - CONTEXT));
        int to = safeEnd(text, Math.min(text.length(), s.end() + CONTEXT));
        return new Hit(s, flat(text.substring(from, s.begin())), flat(s.textOf(text)), flat(text.substring(s.end(), to)));
    }

    /** Never cut a surrogate pair in two. */
    private static int safeStart(String text, int i) {
        return i > 0 && Character.isLowSurrogate(text.charAt(i)) ? i + 1 : i;
    }

    private static int safeEnd(String text, int i) {
        return i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i + 1 : i;
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    /** Progress over {@code total} articles, checked for cancel at each. */
    static void step(TaskControl control, int done, int total) {
        control.checkCancelled();
        if (done % 64 == 0 || done == total) {
            control.progress(done, total);
        }
    }
}
