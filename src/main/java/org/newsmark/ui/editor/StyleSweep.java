package org.newsmark.ui.editor;

import java.util.ArrayList;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.newsmark.domain.Annotation;

/**
 * Builds one {@link StyleSpans} for a range of the text from the tags that overlap it, by a
 * sweep over their boundaries: one pass, one call to the area, whatever the number of tags.
 */
final class StyleSweep {

    private StyleSweep() {
    }

    static StyleSpans<String> build(int from, int to, List<Annotation> overlapping, SpanStyles styles, long selectedId) {
        StyleSpansBuilder<String> builder = new StyleSpansBuilder<>(Math.max(4, overlapping.size() * 2));
        if (overlapping.isEmpty()) {
            builder.add("", to - from);
            return builder.create();
        }
        int n = overlapping.size();
        // boundaries: each tag opens at max(begin, from) and closes at min(end, to)
        int[] opens = new int[n];
        int[] closes = new int[n];
        Integer[] byClose = new Integer[n];
        for (int i = 0; i < n; i++) {
            opens[i] = Math.max(overlapping.get(i).begin(), from);
            closes[i] = Math.min(overlapping.get(i).end(), to);
            byClose[i] = i;
        }
        java.util.Arrays.sort(byClose, (x, y) -> Integer.compare(closes[x], closes[y]));
        List<Annotation> active = new ArrayList<>();
        int pos = from;
        int nextOpen = 0; // overlapping is sorted by begin, so opens are ascending
        int nextClose = 0;
        while (pos < to) {
            while (nextClose < n && closes[byClose[nextClose]] <= pos) {
                active.remove(overlapping.get(byClose[nextClose]));
                nextClose++;
            }
            while (nextOpen < n && opens[nextOpen] <= pos) {
                if (closes[nextOpen] > pos) {
                    active.add(overlapping.get(nextOpen));
                }
                nextOpen++;
            }
            int next = to;
            if (nextOpen < n) {
                next = Math.min(next, opens[nextOpen]);
            }
            if (nextClose < n) {
                next = Math.min(next, closes[byClose[nextClose]]);
            }
            if (next <= pos) {
                next = pos + 1;
            }
            builder.add(styles.styleFor(active, selectedId), next - pos);
            pos = next;
        }
        return builder.create();
    }
}
