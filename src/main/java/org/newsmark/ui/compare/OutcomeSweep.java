package org.newsmark.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.newsmark.agreement.AlignedPair;
import org.newsmark.agreement.LabeledSpan;

/**
 * One {@link StyleSpans} for a whole pane from one side's spans: a sweep over span boundaries;
 * between two boundaries the highest-priority outcome covering the text gives the style.
 */
final class OutcomeSweep {

    private OutcomeSweep() {
    }

    static StyleSpans<String> build(int length, List<AlignedPair> pairs, boolean sideA) {
        record Piece(int begin, int end, AlignedPair pair) {
        }
        List<Piece> pieces = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        for (AlignedPair p : pairs) {
            LabeledSpan s = sideA ? p.a() : p.b();
            if (s != null && s.end() <= length) {
                pieces.add(new Piece(s.begin(), s.end(), p));
                cuts.add(s.begin());
                cuts.add(s.end());
            }
        }
        pieces.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
        StyleSpansBuilder<String> builder = new StyleSpansBuilder<>(cuts.size());
        List<Piece> active = new ArrayList<>();
        int next = 0;
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            int f = from;
            active.removeIf(x -> x.end() <= f);
            while (next < pieces.size() && pieces.get(next).begin() <= f) {
                if (pieces.get(next).end() > f) active.add(pieces.get(next));
                next++;
            }
            String css = "";
            int best = 0;
            for (Piece x : active) {
                int prio = OutcomeStyles.priority(x.pair().kind());
                if (prio > best) {
                    best = prio;
                    css = OutcomeStyles.LOOKS.get(x.pair().kind()).css();
                }
            }
            builder.add(css, to - from);
            from = to;
        }
        if (length == 0) builder.add("", 0);
        return builder.create();
    }
}
