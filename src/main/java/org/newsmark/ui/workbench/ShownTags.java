package org.newsmark.ui.workbench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;
import org.newsmark.service.AnnotationChange;

/**
 * The tags on screen, in text order, with their count per label. A committed change is applied
 * by binary search and the counts are adjusted, never rebuilt: a tag in a document of 20,000
 * costs the same as in one of 20 (docs/performance.md).
 */
final class ShownTags {

    private final ObservableList<Annotation> list = FXCollections.observableArrayList();
    private final Map<Long, Long> countsByLabel = new HashMap<>();

    ObservableList<Annotation> list() {
        return list;
    }

    void setAll(List<Annotation> tags) {
        list.setAll(tags);
        countsByLabel.clear();
        for (Annotation a : tags) {
            countsByLabel.merge(a.labelId(), 1L, Long::sum);
        }
    }

    /** Removes the tag as it was and inserts it as it became. */
    void apply(AnnotationChange change) {
        boolean consistent = true;
        if (change.before() != null) {
            int at = indexOf(change.before());
            if (at >= 0) {
                list.remove(at);
            } else {
                consistent = false;
            }
        }
        if (change.after() != null) {
            list.add(insertionPoint(change.after().span()), change.after());
        }
        if (!consistent) {
            setAll(List.copyOf(list));
            return;
        }
        if (change.before() != null) {
            countsByLabel.merge(change.before().labelId(), -1L, Long::sum);
        }
        if (change.after() != null) {
            countsByLabel.merge(change.after().labelId(), 1L, Long::sum);
        }
    }

    /** "claim 3  ·  statistic 1  ·  …" for the status bar. */
    String countsText(List<Label> labels) {
        return labels.stream().map(l -> l.name() + " " + countsByLabel.getOrDefault(l.id(), 0L))
                .collect(Collectors.joining("  ·  "));
    }

    /** The first index whose span is after {@code span} (the list is in span order): binary search. */
    private int insertionPoint(Span span) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).span().compareTo(span) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the tag with {@code a}'s id: searched among equal spans first, then (list out of order) everywhere. */
    private int indexOf(Annotation a) {
        for (int i = insertionPoint(a.span()) - 1; i >= 0 && list.get(i).span().equals(a.span()); i--) {
            if (list.get(i).id() == a.id()) {
                return i;
            }
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id() == a.id()) {
                return i;
            }
        }
        return -1;
    }
}
