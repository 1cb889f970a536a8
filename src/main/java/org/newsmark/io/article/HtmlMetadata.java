package org.newsmark.io.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.MetadataChecks;

/**
 * What an HTML page says of itself, each field from the first source that gives a valid value:
 * <ul>
 *   <li>outlet: {@code og:site_name}, {@code <meta name="publisher">}, JSON-LD {@code publisher.name};</li>
 *   <li>author: {@code article:author}, {@code <meta name="author">}, JSON-LD {@code author.name} (several joined by " | ");</li>
 *   <li>published: {@code article:published_time}, JSON-LD {@code datePublished}, the first {@code <time datetime>};</li>
 *   <li>url: {@code og:url}, {@code <link rel="canonical">}, JSON-LD {@code url};</li>
 *   <li>language: {@code og:locale} ({@code en_US} read as {@code en-US}), JSON-LD {@code inLanguage}, {@code <html lang>}.</li>
 * </ul>
 * Broken metadata (an unparsable date, broken JSON-LD) costs only that field, never the article.
 */
final class HtmlMetadata {

    private HtmlMetadata() {
    }

    static ArticleMetadata of(Document doc) {
        List<JsonNode> ld = jsonLd(doc);
        String outlet = first("outlet", meta(doc, "meta[property=og:site_name]"), meta(doc, "meta[name=publisher]"),
                ld(ld, "publisher", "name"));
        String author = first("author", notAddress(meta(doc, "meta[property=article:author]")), meta(doc, "meta[name=author]"),
                ld(ld, "author", "name"));
        String published = first("published", meta(doc, "meta[property=article:published_time]"), ld(ld, "datePublished", null),
                attr(doc, "time[datetime]", "datetime"));
        String url = first("url", meta(doc, "meta[property=og:url]"), attr(doc, "link[rel=canonical]", "href"), ld(ld, "url", null));
        String language = first("language", MetadataChecks.languageTag(meta(doc, "meta[property=og:locale]")),
                MetadataChecks.languageTag(ld(ld, "inLanguage", null)), MetadataChecks.languageTag(attr(doc, "html[lang]", "lang")));
        return new ArticleMetadata(outlet, author, published, url, language, Map.of());
    }

    private static String first(String field, String... candidates) {
        for (String c : candidates) {
            String ok = MetadataChecks.orNull(field, c);
            if (ok != null) {
                return ok;
            }
        }
        return null;
    }

    /** article:author is often the author's profile page, which is no name: the next source is asked. */
    private static String notAddress(String value) {
        return value != null && value.strip().matches("(?i)https?://.*") ? null : value;
    }

    private static String meta(Document doc, String selector) {
        return attr(doc, selector, "content");
    }

    private static String attr(Document doc, String selector, String attribute) {
        Element e = doc.selectFirst(selector);
        return e == null ? null : e.attr(attribute);
    }

    /** The JSON-LD objects of the page, news articles first (arrays and {@code @graph} flattened). */
    private static List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                flatten(json.readTree(script.data()), out, 0);
            } catch (java.io.IOException | RuntimeException e) {
                // a page's broken metadata costs it these fields, not its import
            }
        }
        out.sort((a, b) -> Boolean.compare(!isArticle(a), !isArticle(b)));
        return out;
    }

    private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                flatten(it.next(), out, depth + 1);
            }
        } else if (node.isObject()) {
            out.add(node);
            flatten(node.get("@graph"), out, depth + 1);
        }
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        String t = type == null ? "" : type.isArray() && type.size() > 0 ? type.get(0).asText() : type.asText();
        return t.endsWith("Article") || t.equals("BlogPosting") || t.equals("Report");
    }

    /**
     * {@code key} of the first object having it: its text, or with {@code name} the name of the
     * object (or of each object in an array, joined by " | ") it holds.
     */
    private static String ld(List<JsonNode> nodes, String key, String name) {
        for (JsonNode n : nodes) {
            JsonNode v = n.get(key);
            String text = v == null ? null : name == null ? (v.isTextual() ? v.asText() : null) : named(v, name);
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return null;
    }

    private static String named(JsonNode v, String name) {
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isArray()) {
            List<String> names = new ArrayList<>();
            v.forEach(e -> {
                String one = named(e, name);
                if (one != null && !one.isBlank()) {
                    names.add(one.strip());
                }
            });
            return names.isEmpty() ? null : String.join(" | ", names);
        }
        JsonNode n = v.get(name);
        return n != null && n.isTextual() ? n.asText() : null;
    }
}
