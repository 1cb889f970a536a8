package org.newsmark.ui.workbench;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * How the workbench shares its width, without a single Node (issue 13.9): the article keeps a
 * readable width; the side panels shrink to their minimum first, then collapse (the articles
 * panel before the tags panel, unless the user asked for it last), and View › Show Articles
 * Panel / Show Tags Panel bring them back. What the user wants shown and the widths they dragged
 * the panels to are properties the shell keeps in the preferences, so they are remembered.
 */
public final class PanelLayout {

    /** The narrowest the article gets while a side panel is shown (the editor's padding included). */
    public static final double ARTICLE_MIN = 400;
    public static final double ARTICLES_MIN = 150;
    public static final double ARTICLES_MAX = 420;
    public static final double TAGS_MIN = 320;
    public static final double TAGS_MAX = 640;
    public static final double ARTICLES_DEFAULT = 230;
    public static final double TAGS_DEFAULT = 420;
    /** What one split-pane divider takes. */
    static final double DIVIDER = 6;

    public enum Panel { ARTICLES, TAGS }

    /** What to show at one width: which panels, and how wide each is. */
    public record Plan(boolean articles, boolean tags, double articlesWidth, double tagsWidth) {
        public double articleWidth(double total) {
            return total - (articles ? articlesWidth + DIVIDER : 0) - (tags ? tagsWidth + DIVIDER : 0);
        }
    }

    private final BooleanProperty articlesWanted = new SimpleBooleanProperty(true);
    private final BooleanProperty tagsWanted = new SimpleBooleanProperty(true);
    private final DoubleProperty articlesWidth = new SimpleDoubleProperty(ARTICLES_DEFAULT);
    private final DoubleProperty tagsWidth = new SimpleDoubleProperty(TAGS_DEFAULT);
    /** The panel the user asked for last: it stays when only one fits. */
    private final ObjectProperty<Panel> lastAsked = new SimpleObjectProperty<>(Panel.TAGS);
    /** A panel asked for while the window was too narrow for it: shown anyway, until hidden or the window fits it. */
    private Panel forced;
    private final BooleanProperty articlesShown = new SimpleBooleanProperty(true);
    private final BooleanProperty tagsShown = new SimpleBooleanProperty(true);
    private double lastWidth = -1;

    /** Whether the user wants the articles panel (remembered); the window may still be too narrow for it. */
    public BooleanProperty articlesWantedProperty() { return articlesWanted; }
    public BooleanProperty tagsWantedProperty() { return tagsWanted; }

    /** The width the user gave the articles panel by dragging its divider (remembered). */
    public DoubleProperty articlesWidthProperty() { return articlesWidth; }
    public DoubleProperty tagsWidthProperty() { return tagsWidth; }

    /** Whether the panel is on screen now (what the View menu's check marks show). */
    public BooleanProperty articlesShownProperty() { return articlesShown; }
    public BooleanProperty tagsShownProperty() { return tagsShown; }

    /** View › Show Articles Panel: hides it when shown, else shows it (even in a narrow window: it was asked for). */
    public void toggleArticles() {
        toggle(Panel.ARTICLES, articlesShown.get(), articlesWanted);
    }

    /** View › Show Tags Panel. */
    public void toggleTags() {
        toggle(Panel.TAGS, tagsShown.get(), tagsWanted);
    }

    private void toggle(Panel panel, boolean shown, BooleanProperty wanted) {
        if (shown) {
            wanted.set(false);
            if (forced == panel) {
                forced = null;
            }
        } else {
            wanted.set(true);
            lastAsked.set(panel);
            forced = panel;
        }
        if (lastWidth > 0) {
            plan(lastWidth);
        }
    }

    /** Remembers the widths the user dragged the shown panels to. */
    public void dragged(Double articles, Double tags) {
        if (articles != null) {
            articlesWidth.set(clamp(articles, ARTICLES_MIN, ARTICLES_MAX));
        }
        if (tags != null) {
            tagsWidth.set(clamp(tags, TAGS_MIN, TAGS_MAX));
        }
    }

    /**
     * What to show in {@code width} pixels: the wanted panels at their remembered widths; when
     * the article would get less than {@link #ARTICLE_MIN}, the panels shrink (down to their
     * minimum), then one collapses (the one not asked for last, unless only that one fits), then
     * the other. A panel asked for while too narrow is shown anyway. Updates the "shown" properties.
     */
    public Plan plan(double width) {
        lastWidth = width;
        double a = clamp(articlesWidth.get(), ARTICLES_MIN, ARTICLES_MAX);
        double t = clamp(tagsWidth.get(), TAGS_MIN, TAGS_MAX);
        boolean showA = articlesWanted.get();
        boolean showT = tagsWanted.get();
        if (showA && showT && !fits(width, ARTICLES_MIN, TAGS_MIN)) {
            // both cannot stay: the one asked for last does, unless only the other fits
            Panel keep = lastAsked.get();
            Panel other = keep == Panel.ARTICLES ? Panel.TAGS : Panel.ARTICLES;
            if (forced != keep && !fitsAlone(width, keep) && fitsAlone(width, other)) {
                keep = other;
            }
            if (keep == Panel.ARTICLES) {
                showT = false;
            } else {
                showA = false;
            }
        }
        if (showA && !showT && !fits(width, ARTICLES_MIN, 0)) {
            showA = forced == Panel.ARTICLES;
        }
        if (showT && !showA && !fits(width, 0, TAGS_MIN)) {
            showT = forced == Panel.TAGS;
        }
        if (forced != null && fits(width, forced == Panel.ARTICLES ? ARTICLES_MIN : 0, forced == Panel.TAGS ? TAGS_MIN : 0)) {
            forced = null; // it fits now: from here on it is an ordinary panel
        }
        // shrink what is shown towards its minimum until the article has its width
        double need = ARTICLE_MIN + (showA ? a + DIVIDER : 0) + (showT ? t + DIVIDER : 0) - width;
        if (need > 0) {
            double roomA = showA ? a - ARTICLES_MIN : 0;
            double roomT = showT ? t - TAGS_MIN : 0;
            double room = roomA + roomT;
            if (room > 0) {
                double take = Math.min(need, room);
                a -= take * roomA / room;
                t -= take * roomT / room;
            }
        }
        articlesShown.set(showA);
        tagsShown.set(showT);
        return new Plan(showA, showT, a, t);
    }

    private static boolean fitsAlone(double width, Panel panel) {
        return panel == Panel.ARTICLES ? fits(width, ARTICLES_MIN, 0) : fits(width, 0, TAGS_MIN);
    }

        private static boolean fits(double width, double articles, double tags) {
        return width >= ARTICLE_MIN + (articles > 0 ? articles + DIVIDER : 0) + (tags > 0 ? tags + DIVIDER : 0);
    }

    static double clamp(double v, double min, double max) {
        return Double.isNaN(v) ? min : Math.max(min, Math.min(max, v));
    }
}
