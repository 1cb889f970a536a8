package org.newsmark.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Issue 13.9 without a screen: what the workbench shows at a width. */
class PanelLayoutTest {

    private final PanelLayout layout = new PanelLayout();

    @Test
    void wideWindowsShowBothPanelsAtTheirWidths() {
        PanelLayout.Plan p = layout.plan(1360);
        assertTrue(p.articles() && p.tags());
        assertEquals(PanelLayout.ARTICLES_DEFAULT, p.articlesWidth());
        assertEquals(PanelLayout.TAGS_DEFAULT, p.tagsWidth());
        assertTrue(p.articleWidth(1360) > 600);
    }

    @Test
    void narrowerWindowsShrinkThePanelsThenCloseThemAndTheArticleKeepsItsWidth() {
        PanelLayout.Plan at900 = layout.plan(900);
        assertTrue(at900.articles() && at900.tags(), "both fit, shrunk");
        assertTrue(at900.articlesWidth() < PanelLayout.ARTICLES_DEFAULT && at900.tagsWidth() < PanelLayout.TAGS_DEFAULT);
        assertEquals(PanelLayout.ARTICLE_MIN, at900.articleWidth(900), 0.01);

        PanelLayout.Plan at800 = layout.plan(800);
        assertFalse(at800.articles(), "the articles panel closes first");
        assertTrue(at800.tags());
        assertTrue(at800.articleWidth(800) >= PanelLayout.ARTICLE_MIN);

        PanelLayout.Plan at640 = layout.plan(640);
        assertTrue(at640.articles(), "only the articles panel fits beside the article");
        assertFalse(at640.tags());
        assertTrue(at640.articleWidth(640) >= PanelLayout.ARTICLE_MIN);
        assertFalse(layout.tagsShownProperty().get());
        assertTrue(layout.tagsWantedProperty().get(), "collapsed by the window, still wanted: back when it fits");

        PanelLayout.Plan at500 = layout.plan(500);
        assertFalse(at500.articles() || at500.tags(), "the article alone");
        assertTrue(layout.plan(1360).tags() && layout.plan(1360).articles(), "wide again: both back");
    }

    @Test
    void aPanelAskedForIsShownAndTheOtherMakesRoom() {
        layout.plan(640);
        layout.toggleTags();
        PanelLayout.Plan p = layout.plan(640);
        assertTrue(p.tags());
        assertFalse(p.articles());
        layout.toggleTags();
        assertFalse(layout.plan(640).tags());
        assertFalse(layout.tagsWantedProperty().get());
        assertTrue(layout.plan(640).articles());

        layout.toggleArticles();
        assertFalse(layout.plan(1360).articles(), "hidden by the user: hidden at any width");
        layout.plan(500);
        layout.toggleArticles();
        assertTrue(layout.articlesShownProperty().get(), "asked for in a narrow window: shown anyway");
        assertTrue(layout.plan(500).articles());
        layout.plan(1360);
        assertFalse(layout.plan(500).articles(), "once it fitted it is an ordinary panel again: it closes when narrow");
    }

    @Test
    void draggedWidthsAreKeptWithinTheirLimits() {
        layout.dragged(1000.0, 10.0);
        assertEquals(PanelLayout.ARTICLES_MAX, layout.articlesWidthProperty().get());
        assertEquals(PanelLayout.TAGS_MIN, layout.tagsWidthProperty().get());
        layout.dragged(null, 500.0);
        assertEquals(PanelLayout.ARTICLES_MAX, layout.articlesWidthProperty().get(), "a hidden panel keeps its width");
        assertEquals(500, layout.tagsWidthProperty().get());
    }
}
