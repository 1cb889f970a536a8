package org.newsmark.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What is known about an article besides its text and title: outlet, author, published (ISO 8601
 * date or date-time, kept as written), URL, language (BCP 47 tag) and the project's custom fields
 * (declared name → value). Every value is null when unknown; values are checked by
 * {@link MetadataChecks} before they get here. See docs/decisions/0025-article-metadata.md.
 */
public record ArticleMetadata(String outlet, String author, String published, String url, String language,
                              Map<String, String> fields) {

    public static final ArticleMetadata EMPTY = new ArticleMetadata(null, null, null, null, null, Map.of());

    /** The built-in fields, in file order (after {@code title}): manifest, articles CSV and tags CSV columns. */
    public static final java.util.List<String> STANDARD = java.util.List.of("outlet", "author", "published", "url", "language");

    public ArticleMetadata {
        outlet = blankless(outlet);
        author = blankless(author);
        published = blankless(published);
        url = blankless(url);
        language = blankless(language);
        Map<String, String> copy = new LinkedHashMap<>();
        Objects.requireNonNull(fields, "fields").forEach((k, v) -> {
            String value = blankless(v);
            if (value != null) {
                copy.put(k, value);
            }
        });
        fields = Collections.unmodifiableMap(copy);
    }

    /** One built-in field by its column name, or a custom field. */
    public String get(String name) {
        return switch (name) {
            case "outlet" -> outlet;
            case "author" -> author;
            case "published" -> published;
            case "url" -> url;
            case "language" -> language;
            default -> fields.get(name);
        };
    }

    /** This with {@code name} set to {@code value} (null clears it). */
    public ArticleMetadata with(String name, String value) {
        return switch (name) {
            case "outlet" -> new ArticleMetadata(value, author, published, url, language, fields);
            case "author" -> new ArticleMetadata(outlet, value, published, url, language, fields);
            case "published" -> new ArticleMetadata(outlet, author, value, url, language, fields);
            case "url" -> new ArticleMetadata(outlet, author, published, value, language, fields);
            case "language" -> new ArticleMetadata(outlet, author, published, url, value, fields);
            default -> {
                Map<String, String> f = new LinkedHashMap<>(fields);
                f.put(name, value);
                yield new ArticleMetadata(outlet, author, published, url, language, f);
            }
        };
    }

    /** This with every value {@code over} has put over it (what a manifest or --outlet does to what a file named). */
    public ArticleMetadata overlaidWith(ArticleMetadata over) {
        ArticleMetadata out = this;
        for (String name : STANDARD) {
            if (over.get(name) != null) {
                out = out.with(name, over.get(name));
            }
        }
        for (Map.Entry<String, String> e : over.fields.entrySet()) {
            out = out.with(e.getKey(), e.getValue());
        }
        return out;
    }

    public boolean isEmpty() {
        return outlet == null && author == null && published == null && url == null && language == null && fields.isEmpty();
    }

    public static boolean isStandard(String name) {
        return STANDARD.contains(name);
    }

    private static String blankless(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
