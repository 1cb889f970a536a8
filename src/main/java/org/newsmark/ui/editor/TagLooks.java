package org.newsmark.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Label;

/**
 * How tags look, so that every label over a character shows. The labels over it are ranked
 * innermost first (by their shortest tag there); a RichTextFX text run has one background, one
 * border and one underline, so:
 * <ol>
 *   <li>the innermost label paints the background, in a tint of its colour;</li>
 *   <li>the second draws a thick underline in its colour;</li>
 *   <li>the third draws a box around the text in its colour;</li>
 *   <li>a fourth and more share the underline with the second: it is striped, each stripe
 *       ({@link #STRIPE} characters) in the next of their colours.</li>
 * </ol>
 * Tags of one label count once. The tooltip over tagged text lists them all by name. Label
 * colours are the user's, so they are inline CSS; looks are cached, few combinations occur.
 */
final class TagLooks {

    /** Characters per stripe of a shared underline. */
    static final int STRIPE = 2;

    private final Map<Long, Label> labels = new HashMap<>();
    private final Map<Long, Integer> positions = new HashMap<>();
    private final Map<List<Long>, List<SpanLook>> cache = new HashMap<>();
    private final Map<Long, List<SpanLook>> single = new HashMap<>();

    void setLabels(List<Label> all) {
        labels.clear();
        positions.clear();
        for (int i = 0; i < all.size(); i++) {
            labels.put(all.get(i).id(), all.get(i));
            positions.put(all.get(i).id(), i);
        }
        cache.clear();
        single.clear();
    }

    /**
     * The looks of a character covered by {@code active} (in any order, not empty): one look, or
     * several that take turns along the text, one per stripe (see {@link StyleSweep#buildStriped}).
     */
    List<SpanLook> looksOf(List<Annotation> active) {
        if (active.size() == 1) {
            // most stretches of text are under one tag: no ranking, no key to build (a 10 MB article has 200,000 stretches)
            return single.computeIfAbsent(active.get(0).labelId(), id -> looks(List.of(id)));
        }
        List<Long> ranked = ranked(active);
        return cache.computeIfAbsent(ranked, k -> looks(ranked));
    }

    /** The labels of {@code active}, each once, innermost first: by the shortest tag of the label, then codebook order. */
    List<Long> ranked(List<Annotation> active) {
        Map<Long, Integer> shortest = new LinkedHashMap<>();
        for (Annotation a : active) {
            shortest.merge(a.labelId(), a.span().length(), Math::min);
        }
        List<Long> ranked = new ArrayList<>(shortest.keySet());
        ranked.sort(Comparator.<Long>comparingInt(shortest::get)
                .thenComparingInt(id -> positions.getOrDefault(id, Integer.MAX_VALUE))
                .thenComparingLong(id -> id));
        return ranked;
    }

    private List<SpanLook> looks(List<Long> ranked) {
        StringBuilder shared = new StringBuilder();
        shared.append("-rtfx-background-color: ").append(tint(colorOf(ranked.get(0)))).append(';');
        if (ranked.size() >= 3) {
            shared.append("-rtfx-border-stroke-color: ").append(colorOf(ranked.get(2))).append(';')
                    .append("-rtfx-border-stroke-width: 1.5;");
        }
        if (ranked.size() < 2) {
            return List.of(SpanLook.ofCss(shared.toString()));
        }
        List<Long> underlines = new ArrayList<>();
        underlines.add(ranked.get(1));
        underlines.addAll(ranked.subList(Math.min(3, ranked.size()), ranked.size()));
        List<SpanLook> looks = new ArrayList<>();
        for (long underline : underlines) {
            looks.add(SpanLook.ofCss(shared + "-rtfx-underline-color: " + colorOf(underline) + ";"
                    + "-rtfx-underline-width: 3;"));
        }
        return List.copyOf(looks);
    }

    String colorOf(long labelId) {
        Label l = labels.get(labelId);
        return l == null ? "#999999" : l.color();
    }

    /** The label colour at about 40% opacity, so the text stays readable on it. */
    static String tint(String hex) {
        return hex.length() == 7 ? hex + "66" : hex;
    }
}
