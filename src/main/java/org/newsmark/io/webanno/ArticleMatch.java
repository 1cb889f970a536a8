package org.newsmark.io.webanno;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.Document;
import org.newsmark.domain.MetadataChecks;

/**
 * Which of the importing project's articles a target's source IRI names: the article whose
 * SHA-256 the file's description of that IRI gives (Newsmark's own files), or an
 * {@code urn:sha256:} IRI gives, else the one whose url metadata is that IRI (as web annotators
 * such as Hypothesis name pages). A file carries no article text; an IRI that names none of them
 * is reported by the reader, not guessed.
 */
final class ArticleMatch {

    private final Map<String, Document> bySha256 = new HashMap<>();
    private final Map<String, Document> byUrl = new HashMap<>();
    private final Map<String, JsonNode> descriptions = new LinkedHashMap<>();

    ArticleMatch(List<Document> known, Map<Long, ArticleMetadata> knownMetadata, JsonNode collection) {
        for (Document d : known) {
            bySha256.putIfAbsent(d.sha256(), d);
            String url = knownMetadata.getOrDefault(d.id(), ArticleMetadata.EMPTY).url();
            if (url != null) {
                byUrl.putIfAbsent(ArticleIris.comparable(url), d);
            }
        }
        if (collection != null) {
            for (JsonNode a : Nodes.list(collection.path("articles"))) {
                String iri = Nodes.text(a, "id");
                if (iri != null) {
                    descriptions.putIfAbsent(ArticleIris.comparable(iri), a);
                }
            }
        }
    }

    Optional<Document> of(String iri) {
        JsonNode description = descriptions.get(ArticleIris.comparable(iri));
        String sha256 = description == null ? null : Nodes.text(description, "sha256");
        if (sha256 != null && bySha256.containsKey(sha256)) {
            return Optional.of(bySha256.get(sha256));
        }
        Optional<String> named = ArticleIris.sha256Of(iri);
        if (named.isPresent()) {
            return Optional.ofNullable(bySha256.get(named.get()));
        }
        return Optional.ofNullable(byUrl.get(ArticleIris.comparable(iri)));
    }

    /** The metadata the file describes the article named {@code iri} with; a value that fails its check is left out and told. */
    ArticleMetadata metadata(String iri, List<String> problems) {
        JsonNode d = descriptions.get(ArticleIris.comparable(iri));
        if (d == null) {
            return ArticleMetadata.EMPTY;
        }
        ArticleMetadata m = ArticleMetadata.EMPTY;
        for (String name : ArticleMetadata.STANDARD) {
            m = checked(m, name, Nodes.text(d, name), iri, problems);
        }
        var fields = d.path("fields").fields();
        while (fields.hasNext()) {
            var e = fields.next();
            if (e.getValue().isTextual()) {
                m = checked(m, e.getKey(), e.getValue().asText(), iri, problems);
            }
        }
        return m;
    }

    private static ArticleMetadata checked(ArticleMetadata m, String name, String value, String iri, List<String> problems) {
        if (value == null) {
            return m;
        }
        Optional<String> problem = MetadataChecks.problem(name, value);
        if (problem.isPresent()) {
            problems.add("the " + name + " of article " + iri + " \"" + QuoteAnchor.shortened(value) + "\" " + problem.get()
                    + "; it is not taken");
            return m;
        }
        return m.with(name, value);
    }
}
