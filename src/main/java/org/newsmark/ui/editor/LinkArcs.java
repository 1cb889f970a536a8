package org.newsmark.ui.editor;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.layout.Pane;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Text;
import org.newsmark.domain.Span;
import org.newsmark.ui.links.DrawnLink;

/**
 * Arcs over the article, brat-style, for the links whose two ends are both on screen: from the
 * top of one tag's first characters to the top of the other's, with an arrowhead at the end it
 * points to; the selected tag's links are drawn stronger and named. Only the paragraphs on
 * screen are asked for, so 10,000 links cost what the few in view cost; drawn after the pulse
 * that moved the text, never during a restyle. Mouse-transparent: clicks reach the text.
 */
final class LinkArcs extends Pane {

    private static final double RISE = 16;

    private final ReadingArea area;
    private BiFunction<Integer, Integer, List<DrawnLink>> source = (from, to) -> List.of();
    private boolean pending;
    private int drawn;

    LinkArcs(ReadingArea area) {
        this.area = area;
        setMouseTransparent(true);
        setPickOnBounds(false);
        getStyleClass().add("link-arcs");
        area.viewportDirtyEvents().subscribe(x -> redrawLater());
    }

    /** What to draw: the links whose two ends begin in {@code [from, to)}. */
    void setSource(BiFunction<Integer, Integer, List<DrawnLink>> source) {
        this.source = source;
        redrawLater();
    }

    /** How many arcs are on screen now (tests, the benchmark). */
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
        for (DrawnLink l : source.apply(onScreen.begin(), onScreen.end())) {
            Optional<Bounds> a = anchor(l.from());
            Optional<Bounds> b = anchor(l.to());
            if (a.isPresent() && b.isPresent()) {
                draw(a.get(), b.get(), l);
                drawn++;
            }
        }
    }

    private void draw(Bounds from, Bounds to, DrawnLink l) {
        double x0 = from.getMinX() + Math.min(from.getWidth(), 24) / 2;
        double y0 = from.getMinY();
        double x3 = to.getMinX() + Math.min(to.getWidth(), 24) / 2;
        double y3 = to.getMinY();
        double top = Math.min(y0, y3) - RISE - Math.min(24, Math.abs(x3 - x0) * 0.04);
        CubicCurve arc = new CubicCurve(x0, y0, x0, top, x3, top, x3, y3 - 3);
        arc.getStyleClass().addAll("link-arc", l.emphasized() ? "link-arc-strong" : "link-arc-faint");
        Polygon head = new Polygon(x3 - 4, y3 - 9, x3 + 4, y3 - 9, x3, y3 - 2);
        head.getStyleClass().addAll("link-arc-head", l.emphasized() ? "link-arc-strong" : "link-arc-faint");
        getChildren().addAll(arc, head);
        if (l.emphasized() && !l.type().isEmpty()) {
            Text name = new Text(l.type());
            name.getStyleClass().add("link-arc-label");
            name.setX((x0 + x3) / 2 - name.getLayoutBounds().getWidth() / 2);
            name.setY(top + RISE * 0.25);
            getChildren().add(name);
        }
    }

    /** The first characters of a span (up to its first line end), in this pane's coordinates; empty when off screen. */
    private Optional<Bounds> anchor(Span s) {
        int end = Math.min(s.end(), Math.min(area.getLength(), s.begin() + 1));
        if (end <= s.begin()) {
            return Optional.empty();
        }
        try {
            return area.getCharacterBoundsOnScreen(s.begin(), end).map(this::screenToLocal);
        } catch (RuntimeException notLaidOut) {
            return Optional.empty();
        }
    }

    /** The text of the paragraphs on screen, or null when none are laid out. */
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
