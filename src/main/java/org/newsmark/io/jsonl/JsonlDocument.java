package org.newsmark.io.jsonl;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * One line of a JSON Lines export: a document with all its annotations, each analyst's
 * article codes ({@code article_codes}: analyst → code name → values) and the links between its
 * annotations ({@code links}; empty in a file written before links) and the sources its
 * annotations point to ({@code sources}; empty in a file written before sources), and the article's
 * {@code metadata}: {@code outlet}, {@code author}, {@code published}, {@code url}, {@code language}
 * when known and {@code fields} (custom field → value) when any; left out when the article has none.
 */
public record JsonlDocument(long id, String title, String sha256, String text, List<JsonlAnnotation> annotations,
                            @JsonProperty("article_codes") Map<String, Map<String, List<String>>> articleCodes,
                            List<JsonlLink> links, List<JsonlSource> sources,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> metadata) {

    public JsonlDocument {
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
        articleCodes = articleCodes == null ? Map.of() : articleCodes;
        links = links == null ? List.of() : List.copyOf(links);
        sources = sources == null ? List.of() : List.copyOf(sources);
        metadata = metadata == null ? Map.of() : metadata;
    }

    public JsonlDocument(long id, String title, String sha256, String text, List<JsonlAnnotation> annotations,
                         Map<String, Map<String, List<String>>> articleCodes, List<JsonlLink> links, List<JsonlSource> sources) {
        this(id, title, sha256, text, annotations, articleCodes, links, sources, null);
    }

    /** The {@code metadata} object of an article: the known built-in fields, then {@code fields} when it has custom ones. */
    public static Map<String, Object> metadataOf(org.newsmark.domain.ArticleMetadata m) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (String name : org.newsmark.domain.ArticleMetadata.STANDARD) {
            if (m.get(name) != null) {
                out.put(name, m.get(name));
            }
        }
        if (!m.fields().isEmpty()) {
            out.put("fields", m.fields());
        }
        return out;
    }

    public JsonlDocument(long id, String title, String sha256, String text, List<JsonlAnnotation> annotations,
                         Map<String, Map<String, List<String>>> articleCodes, List<JsonlLink> links) {
        this(id, title, sha256, text, annotations, articleCodes, links, List.of());
    }

    public JsonlDocument(long id, String title, String sha256, String text, List<JsonlAnnotation> annotations,
                         Map<String, Map<String, List<String>>> articleCodes) {
        this(id, title, sha256, text, annotations, articleCodes, List.of());
    }

    public JsonlDocument(long id, String title, String sha256, String text, List<JsonlAnnotation> annotations) {
        this(id, title, sha256, text, annotations, Map.of());
    }
}
