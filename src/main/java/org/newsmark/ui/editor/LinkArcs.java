package org.newsmark.ui.editor;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.geometry.Bounds;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Polygon;
import javafx.scene.control.Label;
import org.newsmark.domain.Span;
import org.newsmark.ui.links.DrawnLink;

/**
 * Arcs over the article, brat-style, for the links whose two ends are both on screen: from the
 * top of one tag's first characters to the top of the other's, with an arrowhead at the end it
 * points to; the selected tag's links are drawn stronger and named. Only the paragraphs on
 * screen are asked for, so 10,000 links cost what the few in view cost; drawn after the pulse
 * that moved the text, never during a restyle. Mouse-transparent: clicks reach the text.
 */
final class LinkArcs extends TextOverlay {

    private static final double RISE = 16;

    private BiFunction<Integer, Integer, List<DrawnLink>> source = (from, to) -> List.of();
    private int drawn;

    LinkArcs(ReadingArea area) {
        super(area, "link-arcs");
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

    @Override
    protected void redraw() {
        getChildren().clear();
        drawn = 0;
        Span onScreen = visibleText();
        if (onScreen == null) {
            return;
        }
        for (DrawnLink l : source.apply(onScreen.begin(), onScreen.end())) {
            Optional<Bounds> fromStart = charBounds(l.from().begin());
            Optional<Bounds> toStart = charBounds(l.to().begin());
            if (fromStart.isPresent() && toStart.isPresent()) {
                Bounds a = fromStart.get();
                Bounds b = toStart.get();
                // the upper tag is left from its last line, so the curve does not cross its own text
                if (b.getMinY() < a.getMinY() - a.getHeight() / 2) {
                    b = charBounds(l.to().end() - 1).orElse(b);
                } else if (a.getMinY() < b.getMinY() - b.getHeight() / 2) {
                    a = charBounds(l.from().end() - 1).orElse(a);
                }
                draw(a, b, l);
                drawn++;
            }
        }
    }

    /**
     * Two ends on one line: an arc above them. On different lines: an S-curve from the bottom of the
     * upper end to the top of the lower one (or back), through the gap between the lines rather than
     * across either tag's text.
     */
    private void draw(Bounds from, Bounds to, DrawnLink l) {
        double x0 = from.getMinX() + from.getWidth() / 2;
        double x3 = to.getMinX() + to.getWidth() / 2;
        double y0;
        double y3;
        double c1;
        double c2;
        double labelY;
        double tip;
        if (Math.abs(from.getMinY() - to.getMinY()) < from.getHeight() / 2) {
            y0 = from.getMinY();
            y3 = to.getMinY();
            double top = Math.min(y0, y3) - RISE - Math.min(24, Math.abs(x3 - x0) * 0.04);
            c1 = top;
            c2 = top;
            labelY = top + RISE * 0.25;
            tip = -1;
        } else if (to.getMinY() > from.getMinY()) {
            y0 = from.getMaxY();
            y3 = to.getMinY();
            c1 = y0 + (y3 - y0) / 2;
            c2 = c1;
            labelY = c1;
            tip = -1;
        } else {
            y0 = from.getMinY();
            y3 = to.getMaxY();
            c1 = y3 + (y0 - y3) / 2;
            c2 = c1;
            labelY = c1;
            tip = 1;
        }
        String strength = l.emphasized() ? "link-arc-strong" : "link-arc-faint";
        CubicCurve arc = new CubicCurve(x0, y0, x0, c1, x3, c2, x3, y3 + tip * 3);
        arc.getStyleClass().addAll("link-arc", strength);
        // the arrowhead points into the tag the link goes to: down onto its top, or up onto its bottom
        Polygon head = new Polygon(x3 - 4, y3 + tip * 9, x3 + 4, y3 + tip * 9, x3, y3 + tip * 2);
        head.getStyleClass().addAll("link-arc-head", strength);
        getChildren().addAll(arc, head);
        if (l.emphasized() && !l.type().isEmpty()) {
            Label name = new Label(l.type());
            name.getStyleClass().add("link-arc-label");
            getChildren().add(name);
            name.applyCss();
            double w = name.prefWidth(-1);
            double h = name.prefHeight(-1);
            name.resizeRelocate(Math.abs(x3 - x0) < w + 8 ? Math.max(x0, x3) + 4 : (x0 + x3) / 2 - w / 2, labelY - h / 2, w, h);
        }
    }
}
