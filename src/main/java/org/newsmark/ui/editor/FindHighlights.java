package org.newsmark.ui.editor;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import org.newsmark.domain.Span;

/**
 * The hits of Find drawn over the article as translucent boxes, the current one stronger: a
 * mouse-transparent pane, so the tag styles under them are never touched (no restyle, no
 * StyleSpans). Only the hits in the paragraphs on screen are asked for and drawn, after the
 * pulse that moved the text, as the link arcs are; a hit over several lines is split where its
 * lines break (found by halving, so a long hit costs a few look-ups per line).
 */
final class FindHighlights extends Pane {

    private final ReadingArea area;
    private BiFunction<Integer, Integer, List<Span>> source = (from, to) -> List.of();
    private Supplier<Span> current = () -> null;
    private boolean pending;
    private int drawn;

    FindHighlights(ReadingArea area) {
        this.area = area;
        setMouseTransparent(true);
        setPickOnBounds(false);
        getStyleClass().add("find-highlights");
        area.viewportDirtyEvents().subscribe(x -> redrawLater());
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

    void redrawLater() {
        if (!pending) {
            pending = true;
            Platform.runLater(() -> {
                pending = false;
                redraw();
            });
        }
    }

    private void redraw() {
        getChildren().clear();
        drawn = 0;
        Span onScreen = visibleText();
        if (onScreen == null) {
            return;
        }
        Span now = current.get();
        for (Span hit : source.apply(onScreen.begin(), onScreen.end())) {
            int before = getChildren().size();
            boxes(Math.max(hit.begin(), 0), Math.min(hit.end(), area.getLength()), hit.equals(now));
            if (getChildren().size() > before) {
                drawn++;
            }
        }
    }

    /** Boxes over {@code [from, to)}: one when it lies on one line, else its halves. */
    private void boxes(int from, int to, boolean strong) {
        if (from >= to) {
            return;
        }
        Optional<Bounds> first = bounds(from);
        Optional<Bounds> last = bounds(to - 1);
        if (first.isEmpty() || last.isEmpty()) {
            if (to - from > 1) {
                int mid = (from + to) >>> 1;
                boxes(from, mid, strong);
                boxes(mid, to, strong);
            }
            return;
        }
        Bounds a = first.get();
        Bounds b = last.get();
        if (Math.abs(a.getMinY() - b.getMinY()) < a.getHeight() / 2 && b.getMaxX() >= a.getMinX()) {
            Rectangle box = new Rectangle(a.getMinX() - 1, a.getMinY(), b.getMaxX() - a.getMinX() + 2, a.getHeight());
            box.getStyleClass().addAll("find-hit", strong ? "find-hit-current" : "find-hit-other");
            getChildren().add(box);
        } else if (to - from > 1) {
            int mid = (from + to) >>> 1;
            boxes(from, mid, strong);
            boxes(mid, to, strong);
        }
    }

    private Optional<Bounds> bounds(int offset) {
        try {
            return area.getCharacterBoundsOnScreen(offset, offset + 1).map(this::screenToLocal);
        } catch (RuntimeException notLaidOut) {
            return Optional.empty();
        }
    }

    /** The text of the paragraphs on screen, or null when none are laid out (as LinkArcs asks). */
    private Span visibleText() {
        try {
            if (area.getLength() == 0 || area.getVisibleParagraphs().isEmpty()) {
                return null;
            }
            int first = area.firstVisibleParToAllParIndex();
            int last = area.lastVisibleParToAllParIndex();
            return new Span(area.getAbsolutePosition(first, 0), area.getAbsolutePosition(last, area.getParagraphLength(last)) + 1);
        } catch (RuntimeException notLaidOut) {
            return null;
        }
    }
}
