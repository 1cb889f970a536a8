package org.newsmark.ui.editor;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.layout.Pane;
import org.newsmark.domain.Span;

/**
 * A mouse-transparent pane over the article that draws something for the text on screen only
 * (the link arcs, the find hits): redrawn once after the pulse that moved the text (RichTextFX's
 * viewport-dirty events), never during a restyle, and never touching the text's styles.
 */
abstract class TextOverlay extends Pane {

    protected final ReadingArea area;
    private boolean pending;

    TextOverlay(ReadingArea area, String styleClass) {
        this.area = area;
        setMouseTransparent(true);
        setPickOnBounds(false);
        getStyleClass().add(styleClass);
        area.viewportDirtyEvents().subscribe(x -> redrawLater());
    }

    /** Draws again after the current pulse; several calls before it draw once. */
    final void redrawLater() {
        if (!pending) {
            pending = true;
            Platform.runLater(() -> {
                pending = false;
                redraw();
            });
        }
    }

    /** Clears and draws for the text on screen. */
    protected abstract void redraw();

    /** The character at {@code offset}, in this pane's coordinates; empty when off screen or not laid out. */
    protected final Optional<Bounds> charBounds(int offset) {
        if (offset < 0 || offset >= area.getLength()) {
            return Optional.empty();
        }
        try {
            return area.getCharacterBoundsOnScreen(offset, offset + 1).map(this::screenToLocal);
        } catch (RuntimeException notLaidOut) {
            return Optional.empty();
        }
    }

    /**
     * The boxes of {@code [from, to)}, one per line it lies on (split by halving where its lines
     * break, so a long span costs a few look-ups per line), in this pane's coordinates; the parts
     * off screen have none.
     */
    protected final void lineBoxes(int from, int to, Consumer<BoundingBox> out) {
        java.util.List<BoundingBox> pieces = new java.util.ArrayList<>();
        pieces(Math.max(from, 0), Math.min(to, area.getLength()), pieces::add);
        // the halves of one line join again, so an outline has no seams
        BoundingBox line = null;
        for (BoundingBox b : pieces) {
            if (line != null && Math.abs(line.getMinY() - b.getMinY()) < 1 && b.getMinX() >= line.getMinX()) {
                line = new BoundingBox(line.getMinX(), line.getMinY(), Math.max(line.getMaxX(), b.getMaxX()) - line.getMinX(),
                        Math.max(line.getHeight(), b.getHeight()));
            } else {
                if (line != null) {
                    out.accept(line);
                }
                line = b;
            }
        }
        if (line != null) {
            out.accept(line);
        }
    }

    private void pieces(int from, int to, Consumer<BoundingBox> out) {
        if (from >= to) {
            return;
        }
        Optional<Bounds> first = charBounds(from);
        Optional<Bounds> last = charBounds(to - 1);
        if (first.isPresent() && last.isPresent()) {
            Bounds a = first.get();
            Bounds b = last.get();
            if (Math.abs(a.getMinY() - b.getMinY()) < a.getHeight() / 2 && b.getMaxX() >= a.getMinX()) {
                out.accept(new BoundingBox(a.getMinX(), a.getMinY(), b.getMaxX() - a.getMinX(), a.getHeight()));
                return;
            }
        }
        if (to - from > 1) {
            int mid = (from + to) >>> 1;
            pieces(from, mid, out);
            pieces(mid, to, out);
        }
    }

    /** The text of the paragraphs on screen, or null when none are laid out. */
    protected final Span visibleText() {
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
