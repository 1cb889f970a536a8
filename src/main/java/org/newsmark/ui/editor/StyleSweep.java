package org.newsmark.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Builds one {@link StyleSpans} for a range of the text from the spans that overlap it, by a
 * sweep over their boundaries: one pass, one call to the area, whatever the number of spans.
 * Between two boundaries, {@code look} turns the spans covering the text into its look.
 */
public final class StyleSweep {

    private StyleSweep() {
    }

    /** @param overlapping spans overlapping {@code [from, to)}, sorted by begin */
    public static <T> StyleSpans<SpanLook> build(int from, int to, List<T> overlapping, ToIntFunction<T> begin,
                                                ToIntFunction<T> end, Function<List<T>, SpanLook> look) {
        return buildStriped(from, to, overlapping, begin, end, active -> List.of(look.apply(active)), 1);
    }

    /**
     * As {@link #build}, where the spans covering a stretch of text may give several looks: they
     * take turns along it, {@code stripe} characters each, counted from the start of the text (so
     * a restyle of part of it draws the same stripes). Still one StyleSpans, whatever the stripes.
     *
     * @param overlapping spans overlapping {@code [from, to)}, sorted by begin
     * @param looks       for the spans covering a stretch (not empty): its looks, at least one
     */
    public static <T> StyleSpans<SpanLook> buildStriped(int from, int to, List<T> overlapping, ToIntFunction<T> begin,
                                                       ToIntFunction<T> end, Function<List<T>, List<SpanLook>> looks,
                                                       int stripe) {
        StyleSpansBuilder<SpanLook> builder = new StyleSpansBuilder<>(Math.max(4, overlapping.size() * 2));
        int n = overlapping.size();
        if (n == 0 || to <= from) {
            builder.add(SpanLook.NONE, Math.max(0, to - from));
            return builder.create();
        }
        // each span opens at max(begin, from) and closes at min(end, to)
        int[] opens = new int[n];
        int[] closes = new int[n];
        Integer[] byClose = new Integer[n];
        for (int i = 0; i < n; i++) {
            opens[i] = Math.max(begin.applyAsInt(overlapping.get(i)), from);
            closes[i] = Math.min(end.applyAsInt(overlapping.get(i)), to);
            byClose[i] = i;
        }
        Arrays.sort(byClose, (x, y) -> Integer.compare(closes[x], closes[y]));
        List<T> active = new ArrayList<>();
        int pos = from;
        int nextOpen = 0;
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
            List<SpanLook> here = active.isEmpty() ? List.of(SpanLook.NONE) : looks.apply(active);
            if (here.size() == 1) {
                builder.add(here.get(0), next - pos);
            } else {
                for (int p = pos; p < next; ) {
                    int stripeEnd = Math.min(next, (p / stripe + 1) * stripe);
                    builder.add(here.get((p / stripe) % here.size()), stripeEnd - p);
                    p = stripeEnd;
                }
            }
            pos = next;
        }
        return builder.create();
    }
}
