package org.newsmark.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Label;

/**
 * How tags look. The shortest tag over a character paints its background in its label's colour;
 * a tag of another label over the same character draws a thick underline in its colour; a third
 * label makes that underline dashed (click to see all). Label colours are the user's, so they
 * are inline CSS; looks are cached, few combinations occur.
 */
final class TagLooks {

    private final Map<Long, Label> labels = new HashMap<>();
    private final Map<String, SpanLook> cache = new HashMap<>();

    void setLabels(List<Label> all) {
        labels.clear();
        all.forEach(l -> labels.put(l.id(), l));
        cache.clear();
    }

    /** The look of a character covered by {@code active} (in any order, not empty). */
    SpanLook lookOf(List<Annotation> active) {
        Annotation shortest = active.get(0);
        for (Annotation a : active) {
            if (a.span().length() < shortest.span().length()) {
                shortest = a;
            }
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
                underline = a.labelId();
            }
        }
        long ul = underline;
        boolean many = third;
        return cache.computeIfAbsent(background + "/" + underline + "/" + third, k -> look(background, ul, many));
    }

    private SpanLook look(long background, long underline, boolean many) {
        StringBuilder css = new StringBuilder();
        css.append("-rtfx-background-color: ").append(tint(colorOf(background))).append(';');
        if (underline != -1) {
            css.append("-rtfx-underline-color: ").append(colorOf(underline)).append(';')
                    .append("-rtfx-underline-width: 3;");
            if (many) {
                css.append("-rtfx-underline-dash-array: 6 3;");
            }
        }
        return SpanLook.ofCss(css.toString());
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
