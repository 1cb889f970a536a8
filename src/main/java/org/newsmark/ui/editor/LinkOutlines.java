package org.newsmark.ui.editor;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import org.fxmisc.richtext.SelectionImpl;
import org.newsmark.domain.Span;

/**
 * Outlines over the text that never restyle it: the tags at the other ends of the selected tag's
 * links (dashed) and, while a link is being made, the tag Enter would link to (thick). Each is a
 * RichTextFX selection with a transparent fill, as the selected tag's outline is.
 */
final class LinkOutlines {

    private final ReadingArea area;
    private final List<SelectionImpl<String, String, SpanLook>> linked = new ArrayList<>();
    private final SelectionImpl<String, String, SpanLook> target;
    private int made;

    LinkOutlines(ReadingArea area) {
        this.area = area;
        this.target = outline("link-target", "-fx-stroke: -nm-ink; -fx-stroke-width: 3;");
        area.addSelection(target);
    }

    /** Dashed outlines on these spans (the selected tag's linked tags); the others are cleared. */
    void showLinked(List<Span> spans) {
        while (linked.size() < spans.size()) {
            SelectionImpl<String, String, SpanLook> s = outline("linked-tag",
                    "-fx-stroke: -nm-ink; -fx-stroke-width: 1.2; -fx-stroke-dash-array: 4 3;");
            area.addSelection(s);
            linked.add(s);
        }
        for (int i = 0; i < linked.size(); i++) {
            Span s = i < spans.size() ? spans.get(i) : null;
            if (s == null || s.end() > area.getLength()) {
                linked.get(i).selectRange(0, 0);
            } else {
                linked.get(i).selectRange(s.begin(), s.end());
            }
        }
    }

    /** The thick outline on the span a link would go to, scrolled into view; null clears it. */
    void showTarget(Span span) {
        if (span == null || span.end() > area.getLength()) {
            target.selectRange(0, 0);
            return;
        }
        target.selectRange(span.begin(), span.end());
        area.showParagraphInViewport(area.offsetToPosition(span.begin(), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor());
    }

    void clear() {
        target.selectRange(0, 0);
        linked.forEach(s -> s.selectRange(0, 0));
    }

    private SelectionImpl<String, String, SpanLook> outline(String styleClass, String style) {
        return new SelectionImpl<>(styleClass + "-" + (made++), area, path -> {
            // as the selected tag's outline: set on the path, which stylesheet rules do not reach
            path.setHighlightFill(Color.TRANSPARENT);
            path.getStyleClass().add(styleClass);
            path.setStyle(style);
        });
    }
}
