package org.newsmark.ui.editor;

import java.util.List;

/**
 * How a run of text looks: CSS classes for the fixed styles (they follow the theme, see
 * newsmark.css) and inline CSS for colours the user chose (label colours).
 */
public record SpanLook(List<String> classes, String css) {

    public static final SpanLook NONE = new SpanLook(List.of(), "");

    public static SpanLook ofClasses(String... classes) {
        return new SpanLook(List.of(classes), "");
    }

    public static SpanLook ofCss(String css) {
        return new SpanLook(List.of(), css);
    }
}
