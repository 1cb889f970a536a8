package org.newsmark.ui.workbench;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.ArticleStatus;
import org.newsmark.domain.DocumentSummary;

/**
 * One row of the article table: the article with the tag count of the layer shown, its metadata
 * and every analyst's status (analyst id → status; absent is to do). {@code searchKey} is the
 * title and every metadata value folded once, so that the quick filter compares no more than strings.
 */
public record ArticleRow(DocumentSummary summary, ArticleMetadata metadata, Map<Long, ArticleStatus> statuses, String searchKey) {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    static ArticleRow of(DocumentSummary summary, ArticleMetadata metadata, Map<Long, ArticleStatus> statuses) {
        StringBuilder key = new StringBuilder(summary.title());
        for (String name : ArticleMetadata.STANDARD) {
            append(key, metadata.get(name));
        }
        metadata.fields().values().forEach(v -> append(key, v));
        return new ArticleRow(summary, metadata, Map.copyOf(statuses), fold(key.toString()));
    }

    private static void append(StringBuilder key, String value) {
        if (value != null) {
            // a separator no typed text contains: a filter never matches across two values
            key.append('\u0000').append(value);
        }
    }

    /** Accents and case aside: "Élysée" and "elysee" fold alike. */
    static String fold(String s) {
        if (s.chars().allMatch(c -> c < 0x80)) {
            // most keys: nothing to decompose
            return s.toLowerCase(Locale.ROOT);
        }
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    public long id() {
        return summary.id();
    }

    public String title() {
        return summary.title();
    }

    /** Null when unknown. */
    public String outlet() {
        return metadata.outlet();
    }

    /** As written (ISO 8601 date or date-time); null when unknown. */
    public String published() {
        return metadata.published();
    }

    public int tags() {
        return summary.annotationCount();
    }

    public ArticleStatus statusOf(long analystId) {
        return statuses.getOrDefault(analystId, ArticleStatus.TODO);
    }

    ArticleRow withSummary(DocumentSummary s) {
        return new ArticleRow(s, metadata, statuses, s.title().equals(summary.title()) ? searchKey : of(s, metadata, statuses).searchKey);
    }

    ArticleRow withStatus(long analystId, ArticleStatus status) {
        Map<Long, ArticleStatus> m = new java.util.HashMap<>(statuses);
        if (status == ArticleStatus.TODO) {
            m.remove(analystId);
        } else {
            m.put(analystId, status);
        }
        return new ArticleRow(summary, metadata, Map.copyOf(m), searchKey);
    }
}
