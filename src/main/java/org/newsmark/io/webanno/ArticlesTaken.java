package org.newsmark.io.webanno;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.Document;

/**
 * The importing project's articles as the file's annotations find them: by source IRI
 * ({@link ArticleMatch}) or by the one article holding a quote; those found, with their metadata as
 * the file describes it; and the IRIs no article matched, counted.
 */
final class ArticlesTaken {

    final Map<Long, Document> documents = new LinkedHashMap<>();
    final Map<Long, ArticleMetadata> metadata = new HashMap<>();
    private final ReadContext context;
    private final List<Document> known;
    private final ArticleMatch articles;
    private final Map<String, Integer> unknownArticles = new LinkedHashMap<>();
    private final Map<Long, CodePoints> texts = new HashMap<>();

    ArticlesTaken(ReadContext context, List<Document> known, ArticleMatch articles) {
        this.context = context;
        this.known = List.copyOf(known);
        this.articles = articles;
    }

    /** The article a target is on: by its source IRI, else (another tool's IRI) the one known article holding its quote. */
    Optional<Document> of(Selection s) {
        Optional<Document> byIri = s.source() == null ? Optional.empty() : articles.of(s.source());
        if (byIri.isEmpty() && s.exact() != null) {
            List<Document> holding = known.stream().filter(d -> s.place(codePoints(d)).span() != null).toList();
            byIri = holding.size() == 1 ? Optional.of(holding.get(0)) : Optional.empty();
        }
        byIri.ifPresent(d -> taken(d, s.source()));
        return byIri;
    }

    /** The article of a source IRI, not yet marked taken. */
    Optional<Document> of(String iri) {
        return articles.of(iri);
    }

    CodePoints codePoints(Document d) {
        return texts.computeIfAbsent(d.id(), id -> new CodePoints(d.text()));
    }

    /** An article some annotation is on, and its metadata as the file describes it under {@code iri}. */
    void taken(Document d, String iri) {
        if (documents.putIfAbsent(d.id(), d) == null && iri != null) {
            List<String> problems = new ArrayList<>();
            metadata.put(d.id(), articles.metadata(iri, problems));
            problems.forEach(p -> context.notTaken.add(context.file + ": " + p));
        }
    }

    /** An annotation on an IRI no article of the project matches. */
    void unknown(String iri) {
        unknownArticles.merge(iri, 1, Integer::sum);
    }

    /** Says, one line an IRI, how many annotations were on articles the project does not have. */
    void reportUnknown() {
        unknownArticles.forEach((iri, n) -> context.notTaken.add(context.file + ": " + n + (n == 1 ? " annotation" : " annotations")
                + " on " + iri + (n == 1 ? " is" : " are") + " not taken: no article of this project has that SHA-256 or url"
                + " (or holds its quote); import the article first"));
    }
}
