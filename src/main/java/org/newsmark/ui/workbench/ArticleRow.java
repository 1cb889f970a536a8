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
 * and every analyst's status (analyst id → status; absent is to do). {@link #searchKey} is the
 * title and every metadata value folded, made at the first quick filter and kept, so that opening a
 * project of 10,000 articles does not fold 10,000 keys before the list is shown. Rows are values:
 * equal when article, metadata and statuses are, except the tag count, which moves in place
 * ({@link #tagsProperty}): a new tag then changes one cell, where a replaced row made the table
 * lay out and restyle every row it shows (docs/performance.md, issue 18).
 */
public final class ArticleRow {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private DocumentSummary summary;
    private final javafx.beans.property.ReadOnlyIntegerWrapper tags;
    private final ArticleMetadata metadata;
    private final Map<Long, ArticleStatus> statuses;
    private String searchKey;

    private ArticleRow(DocumentSummary summary, ArticleMetadata metadata, Map<Long, ArticleStatus> statuses, String searchKey) {
        this.summary = summary;
        this.metadata = metadata;
        this.statuses = statuses;
        this.searchKey = searchKey;
        this.tags = new javafx.beans.property.ReadOnlyIntegerWrapper(summary.annotationCount());
    }

    /** @param statuses not copied: the caller hands over a map no one else changes */
    static ArticleRow of(DocumentSummary summary, ArticleMetadata metadata, Map<Long, ArticleStatus> statuses) {
        return new ArticleRow(summary, metadata, java.util.Collections.unmodifiableMap(statuses), null);
    }

    public DocumentSummary summary() {
        return summary;
    }

    public ArticleMetadata metadata() {
        return metadata;
    }

    public Map<Long, ArticleStatus> statuses() {
        return statuses;
    }

    /** The title and every metadata value, folded ({@link #fold}) and separated by a character no typed text holds. */
    public String searchKey() {
        if (searchKey == null) {
            StringBuilder key = new StringBuilder(summary.title());
            for (String name : ArticleMetadata.STANDARD) {
                append(key, metadata.get(name));
            }
            metadata.fields().values().forEach(v -> append(key, v));
            searchKey = fold(key.toString());
        }
        return searchKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArticleRow r && summary.equals(r.summary) && metadata.equals(r.metadata) && statuses.equals(r.statuses);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(summary, metadata, statuses);
    }

    @Override
    public String toString() {
        return "ArticleRow[" + summary + ", " + metadata + ", " + statuses + "]";
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
        return tags.get();
    }

    /** The tag count, followed by the Tags cell. */
    public javafx.beans.property.ReadOnlyIntegerProperty tagsProperty() {
        return tags.getReadOnlyProperty();
    }

    /** The same article with another tag count: the row stays, its count moves. */
    void countMoved(DocumentSummary s) {
        summary = s;
        tags.set(s.annotationCount());
    }

    public ArticleStatus statusOf(long analystId) {
        return statuses.getOrDefault(analystId, ArticleStatus.TODO);
    }

    ArticleRow withSummary(DocumentSummary s) {
        return new ArticleRow(s, metadata, statuses, s.title().equals(summary.title()) ? searchKey : null);
    }

    ArticleRow withStatus(long analystId, ArticleStatus status) {
        Map<Long, ArticleStatus> m = new java.util.HashMap<>(statuses);
        if (status == ArticleStatus.TODO) {
            m.remove(analystId);
        } else {
            m.put(analystId, status);
        }
        return new ArticleRow(summary, metadata, java.util.Collections.unmodifiableMap(m), searchKey);
    }
}
