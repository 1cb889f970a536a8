package org.newsmark.ui.editor;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import javafx.scene.shape.Rectangle;
import org.newsmark.domain.Span;

/**
 * The hits of Find drawn over the article as translucent boxes, the current one stronger: a
 * mouse-transparent pane, so the tag styles under them are never touched (no restyle, no
 * StyleSpans). Only the hits in the paragraphs on screen are asked for and drawn, after the
 * pulse that moved the text, as the link arcs are; a hit over several lines is split where its
 * lines break (found by halving, so a long hit costs a few look-ups per line).
 */
final class FindHighlights extends TextOverlay {

    private BiFunction<Integer, Integer, List<Span>> source = (from, to) -> List.of();
    private Supplier<Span> current = () -> null;
    private int drawn;

    FindHighlights(ReadingArea area) {
        super(area, "find-highlights");
    }

    void setSource(BiFunction<Integer, Integer, List<Span>> source, Supplier<Span> current) {
        this.source = source;
        this.current = current;
        redrawLater();
    }

    /** How many hits have a box on screen now (tests). */
    int drawnCount() {
        return drawn;
    }

    @Override
    protected void redraw() {
        getChildren().clear();
        drawn = 0;
        Span onScreen = visibleText();
        if (onScreen == null) {
            return;
        }
        Span now = current.get();
        for (Span hit : source.apply(onScreen.begin(), onScreen.end())) {
            int before = getChildren().size();
            boolean strong = hit.equals(now);
            lineBoxes(hit.begin(), hit.end(), b -> {
                Rectangle box = new Rectangle(b.getMinX() - 1, b.getMinY(), b.getWidth() + 2, b.getHeight());
                box.getStyleClass().addAll("find-hit", strong ? "find-hit-current" : "find-hit-other");
                getChildren().add(box);
            });
            if (getChildren().size() > before) {
                drawn++;
            }
        }
    }
}
