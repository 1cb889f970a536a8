package org.newsmark.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.newsmark.domain.Annotation;

/**
 * The annotations of the open document sorted by begin, answering "which tags overlap this
 * range" in O(log n + k) for the usual short spans. Edits insert or remove one entry.
 */
final class SpanIndex {

    private static final Comparator<Annotation> ORDER =
            Comparator.comparingInt(Annotation::begin).thenComparingInt(Annotation::end).thenComparingLong(Annotation::id);

    private final List<Annotation> sorted = new ArrayList<>();
    private int maxLength;

    void reset(Collection<Annotation> annotations) {
        sorted.clear();
        sorted.addAll(annotations);
        sorted.sort(ORDER);
        maxLength = sorted.stream().mapToInt(a -> a.span().length()).max().orElse(0);
    }

    void add(Annotation a) {
        int i = java.util.Collections.binarySearch(sorted, a, ORDER);
        sorted.add(i < 0 ? -i - 1 : i, a);
        maxLength = Math.max(maxLength, a.span().length());
    }

    void remove(Annotation a) {
        int i = java.util.Collections.binarySearch(sorted, a, ORDER);
        if (i >= 0) {
            sorted.remove(i);
        } else {
            sorted.removeIf(o -> o.id() == a.id());
        }
    }

    List<Annotation> all() {
        return sorted;
    }

    /** Annotations with {@code begin < to && end > from}, in begin order. */
    List<Annotation> overlapping(int from, int to) {
        List<Annotation> out = new ArrayList<>();
        for (int i = firstWithBeginAtLeast(from - maxLength); i < sorted.size(); i++) {
            Annotation a = sorted.get(i);
            if (a.begin() >= to) {
                break;
            }
            if (a.end() > from) {
                out.add(a);
            }
        }
        return out;
    }

    private int firstWithBeginAtLeast(int offset) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).begin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
