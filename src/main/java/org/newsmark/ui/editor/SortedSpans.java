package org.newsmark.ui.editor;

import java.util.ArrayList;
import java.util.List;
import org.newsmark.domain.Annotation;

/**
 * "Which tags overlap this range" over a list kept in text order by its owner (the view-model's
 * shown tags): no copy of it. A binary search finds the first tag that can reach the range
 * (begin at least {@code from - longest}); the scan stops at the first tag beginning after it.
 * O(log n + k) for the usual short tags.
 */
final class SortedSpans {

    private final List<Annotation> sorted;
    private int longest;

    SortedSpans(List<Annotation> sorted) {
        this.sorted = sorted;
        recomputeLongest();
    }

    /** After tags were added: the longest can only grow. */
    void added(List<? extends Annotation> added) {
        for (Annotation a : added) {
            longest = Math.max(longest, a.span().length());
        }
    }

    /** After tags were removed: only when the longest went is a rescan needed. */
    void removed(List<? extends Annotation> removed) {
        for (Annotation a : removed) {
            if (a.span().length() >= longest) {
                recomputeLongest();
                return;
            }
        }
    }

    void recomputeLongest() {
        int max = 0;
        for (Annotation a : sorted) {
            max = Math.max(max, a.span().length());
        }
        longest = max;
    }

    /** Tags with {@code begin < to && end > from}, in text order. */
    List<Annotation> overlapping(int from, int to) {
        List<Annotation> out = new ArrayList<>();
        for (int i = firstWithBeginAtLeast(from - longest); i < sorted.size(); i++) {
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
