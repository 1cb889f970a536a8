package org.newsmark.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Label;

/**
 * How tags look. The shortest tag over a character paints its background in its label's
 * colour; a tag of another label over the same character draws a thick underline in its
 * colour; a third label makes that underline dashed (click to see all). The selected tag gets
 * an outline in the text colour {@code -nm-ink} of newsmark.css (dark on light paper, light in
 * the dark theme). Strings are cached: few combinations occur.
 */
final class SpanStyles {

    private final Map<Long, Label> labels = new HashMap<>();
    private final Map<String, String> cache = new HashMap<>();

    void setLabels(List<Label> all) {
        labels.clear();
        all.forEach(l -> labels.put(l.id(), l));
        cache.clear();
    }

    /** The inline CSS for a character covered by {@code active} (in any order). */
    String styleFor(List<Annotation> active, long selectedId) {
        if (active.isEmpty()) {
            return "";
        }
        Annotation shortest = active.get(0);
        boolean selected = false;
        for (Annotation a : active) {
            if (a.span().length() < shortest.span().length()) {
                shortest = a;
            }
            selected |= a.id() == selectedId;
        }
        long background = shortest.labelId();
        long underline = -1;
        int longest = -1;
        boolean third = false;
        for (Annotation a : active) {
            if (a.labelId() == background) {
                continue;
            }
            if (underline != -1 && a.labelId() != underline) {
                third = true;
            }
            if (a.span().length() > longest) {
                longest = a.span().length();
                if (underline != -1 && underline != a.labelId()) {
                    third = true;
                }
                underline = a.labelId();
            }
        }
        String key = background + "/" + underline + "/" + third + "/" + selected;
        long ul = underline;
        boolean many = third;
        boolean sel = selected;
        return cache.computeIfAbsent(key, k -> css(background, ul, many, sel));
    }

    private String css(long background, long underline, boolean many, boolean selected) {
        StringBuilder css = new StringBuilder();
        css.append("-rtfx-background-color: ").append(tint(colorOf(background))).append(';');
        if (underline != -1) {
            css.append("-rtfx-underline-color: ").append(colorOf(underline)).append(';')
                    .append("-rtfx-underline-width: 3;");
            if (many) {
                css.append("-rtfx-underline-dash-array: 6 3;");
            }
        }
        if (selected) {
            css.append("-rtfx-border-stroke-color: -nm-ink; -rtfx-border-stroke-width: 1.5;");
        }
        return css.toString();
    }

    String colorOf(long labelId) {
        Label l = labels.get(labelId);
        return l == null ? "#999999" : l.color();
    }

    /** The label colour at about 40% opacity, so black text stays readable on it. */
    static String tint(String hex) {
        return hex.length() == 7 ? hex + "66" : hex;
    }
}
