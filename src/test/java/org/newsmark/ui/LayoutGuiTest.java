package org.newsmark.ui;

import static org.newsmark.ui.RunningApp.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.NewsmarkApp;
import org.newsmark.domain.Document;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.preferences.PreferencesViewModel;
import org.newsmark.ui.preferences.Settings;
import org.newsmark.ui.workbench.MainWindow;
import org.newsmark.ui.workbench.PanelLayout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13.9 and 13.12 on screen: a narrow window keeps the article readable (panels shrink, then
 * collapse, and come back by key), divider positions are remembered, the status bar keeps the
 * counts and the save state whatever the message, the text size scales the whole window, focus
 * is visible, and nothing is cut at the default size.
 */
class LayoutGuiTest {

    static final String TEXT = "Officials said unemployment fell to 4.2 percent in March.\n\nCritics called the figure a mirage.";

    @TempDir
    Path dir;
    Path file;
    NewsmarkApp app;
    MainWindow w;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        file = dir.resolve("w.newsmark");
        try (ProjectSession s = TestProjects.create(file)) {
            Document d = s.documents().add("Officials said", "o.txt", TEXT).document();
            s.annotations().tag(d, s.analyst("Ina"), s.labels().get(0), new Span(0, 57));
            s.annotations().tag(d, s.analyst("consensus"), s.labels().get(1), new Span(36, 47));
            s.documents().add("Second article", "s.txt", "Another text entirely.");
        }
        launch();
    }

    private void launch() throws Exception {
        app = RunningApp.launch(dir.resolve("home"), file.toString(), "--analyst", "Ina");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.window() != null);
        w = app.window();
        robot.interact(() -> w.viewModel().openDocument(w.viewModel().documents().get(0).id()));
        resize(1280); // the primary stage is shared by the tests: start at a width where everything fits
    }

    @AfterEach
    void stop() throws Exception {
        RunningApp.close(app);
    }

    private Stage stage() {
        return (Stage) w.getScene().getWindow();
    }

    private void resize(double width) throws Exception {
        // kept inside Monocle's headless screen: a window reaching past its edge makes the painter overflow its buffer
        robot.interact(() -> {
            stage().setX(0);
            stage().setY(0);
            stage().setWidth(width);
        });
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    private double articleWidth() {
        return onFx(() -> w.editor().getWidth());
    }

    private boolean onScreen(String id) {
        return onFx(() -> {
            Node n = w.lookup(id);
            return n != null && n.getScene() != null && n.isVisible() && w.lookup("#workbench-split") != null
                    && isInSplit(n);
        });
    }

    private boolean isInSplit(Node n) {
        SplitPane split = (SplitPane) w.lookup("#workbench-split");
        for (Node p = n; p != null; p = p.getParent()) {
            if (split.getItems().contains(p)) {
                return true;
            }
        }
        return false;
    }

    private void key(KeyCode... combo) {
        robot.press(combo);
        for (int i = combo.length - 1; i >= 0; i--) {
            robot.release(combo[i]);
        }
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    // --- 13.9 --------------------------------------------------------------------------

    @Test
    void aNarrowWindowKeepsTheArticleReadableAndTheKeysBringThePanelsBack() throws Exception {
        resize(900);
        assertTrue(articleWidth() >= PanelLayout.ARTICLE_MIN - 1, "at 900 px the article is " + articleWidth());
        assertTrue(onScreen("#document-list") && onScreen("#annotation-table"), "both panels fit at 900 px, shrunk");

        resize(640);
        assertTrue(articleWidth() >= PanelLayout.ARTICLE_MIN - 1, "at 640 px the article is " + articleWidth());
        assertTrue(onScreen("#document-list"), "the articles panel still fits beside it");
        assertFalse(onScreen("#annotation-table"), "the tags panel collapsed first");

        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T); // View › Show Tags Panel
        assertTrue(onScreen("#annotation-table"), "asked for: shown");
        assertFalse(onScreen("#document-list"), "only one side panel at 640 px");
        assertTrue(articleWidth() >= 280, "the article is still there: " + articleWidth());
        assertTrue(onFx(() -> w.lookup("#annotation-table").isFocused()), "the keys go to the panel shown");

        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        assertFalse(onScreen("#annotation-table"), "hidden again");
        assertTrue(onScreen("#document-list"), "the articles panel comes back");
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L);
        assertFalse(onScreen("#document-list"), "hidden by key");
        assertTrue(articleWidth() > 600, "the article takes the window: " + articleWidth());

        resize(1280);
        assertFalse(onScreen("#document-list"), "hidden by the user: stays hidden in a wide window");
        assertFalse(onScreen("#annotation-table"));
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L);
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        assertTrue(onScreen("#document-list") && onScreen("#annotation-table"), "both back");
    }

    @Test
    void draggedDividersAreRememberedForTheNextStart() throws Exception {
        resize(1280);
        SplitPane split = (SplitPane) w.lookup("#workbench-split");
        Node tagsDivider = onFx(() -> split.lookupAll(".split-pane-divider").stream()
                .max(java.util.Comparator.comparingDouble(n -> n.localToScene(0, 0).getX())).orElseThrow());
        double before = onFx(() -> ((Region) w.lookup("#annotation-table").getParent()).getWidth());
        robot.drag(tagsDivider).moveBy(-90, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents(3);
        double after = onFx(() -> ((Region) w.lookup("#annotation-table").getParent()).getWidth());
        assertTrue(after > before + 60, before + " → " + after);
        double remembered = w.viewModel().layout().tagsWidthProperty().get();
        assertEquals(after, remembered, 2);
        assertEquals(remembered, Settings.load().number("workbench.tagsWidth").orElseThrow(), 0.01, "in the settings file");

        RunningApp.close(app);
        launch();
        resize(1280);
        double again = onFx(() -> ((Region) w.lookup("#annotation-table").getParent()).getWidth());
        assertEquals(remembered, again, 3, "the next start has the width the divider was left at");
    }

    // --- 13.12 -------------------------------------------------------------------------

    private static void assertShownInFull(Labeled label, Node within, String what) {
        Node text = label.lookup(".text");
        assertNotNull(text, what);
        String shown = ((javafx.scene.text.Text) text).getText();
        assertEquals(label.getText(), shown, what + " is cut");
        Bounds b = label.localToScene(label.getLayoutBounds());
        Bounds outer = within.localToScene(within.getLayoutBounds());
        assertTrue(b.getMinX() >= outer.getMinX() - 0.5 && b.getMaxX() <= outer.getMaxX() + 0.5,
                what + " at " + b + " is outside " + outer);
    }

    @Test
    void aLongStatusMessageNeverHidesTheCountsOrTheSaveState() throws Exception {
        for (double width : new double[] {1280, 900, 640}) {
            resize(width);
            robot.interact(() -> w.viewModel().say("Imported 14 articles from a folder whose name is long, ".repeat(12)));
            WaitForAsyncUtils.waitForFxEvents(3);
            Node bar = w.lookup(".status-bar");
            robot.interact(() -> {
                assertShownInFull((Label) w.lookup("#status-counts"), bar, "the counts at " + width);
                assertShownInFull((Label) w.lookup("#status-saved"), bar, "the save state at " + width);
                Label message = (Label) w.lookup("#status-message");
                String shown = ((javafx.scene.text.Text) message.lookup(".text")).getText();
                assertTrue(shown.isEmpty() || shown.endsWith("…") || shown.endsWith("..."), "the message is cut with an ellipsis: " + shown);
                assertNotNull(message.getTooltip(), "the whole message as a tooltip");
            });
        }
    }

    /** The columns' least widths grow with the text: the others narrow, so no column is pushed out of the table. */
    @Test
    void aLargerTextKeepsEveryTagColumnInTheTable() throws Exception {
        TableView<?> table = robot.lookup("#annotation-table").queryTableView();
        for (int n = 0; n < 3; n++) {
            key(KeyCode.CONTROL, KeyCode.EQUALS);
            WaitForAsyncUtils.waitForFxEvents(3);
            robot.interact(() -> {
                double columns = table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum();
                double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset();
                assertTrue(columns <= room + 1, "the columns take " + columns + " px of the table's " + room);
            });
        }
        key(KeyCode.CONTROL, KeyCode.DIGIT0);
    }

    @Test
    void theTextSizeScalesTheWholeWindowAndItsDialogs() throws Exception {
        Label counts = (Label) w.lookup("#status-counts");
        double base = onFx(() -> counts.getFont().getSize());
        assertEquals(PreferencesViewModel.DEFAULT_UI_FONT_SIZE, base, 0.01);
        for (int i = 0; i < 5; i++) {
            key(KeyCode.CONTROL, KeyCode.EQUALS);
        }
        double larger = onFx(() -> counts.getFont().getSize());
        assertEquals(PreferencesViewModel.uiFontSizeFor(22), larger, 0.01, "Ctrl+Plus five times: the status bar too");
        assertTrue(onFx(() -> ((Labeled) w.lookup(".menu-bar .label")).getFont().getSize()) > base + 3, "and the menus");
        key(KeyCode.CONTROL, KeyCode.COMMA);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#preferences").tryQuery().isPresent());
        Node hint = robot.lookup("#preferences .hint").query();
        assertEquals(PreferencesViewModel.uiFontSizeFor(22) * 0.92, onFx(() -> ((Labeled) hint).getFont().getSize()), 0.2,
                "the Preferences dialog follows");
        robot.type(KeyCode.ESCAPE);
        key(KeyCode.CONTROL, KeyCode.DIGIT0);
        assertEquals(base, onFx(() -> counts.getFont().getSize()), 0.01);
    }

    @Test
    void thePreferencesHintsAndTheAnalystColumnAreNotCut() throws Exception {
        TableView<?> table = robot.lookup("#annotation-table").queryTableView();
        robot.interact(() -> {
            var header = table.lookupAll(".column-header").stream()
                    .filter(n -> n instanceof Region && ((Region) n).lookup(".label") instanceof Labeled l
                            && "Analyst".equals(l.getText()))
                    .findFirst().orElseThrow();
            assertShownInFull((Labeled) header.lookup(".label"), table, "the Analyst column's header");
            var cells = table.lookupAll(".table-cell").stream()
                    .filter(n -> n instanceof Labeled l && "Ina".equals(l.getText())).toList();
            assertFalse(cells.isEmpty());
            cells.forEach(c -> assertShownInFull((Labeled) c, table, "the analyst's name"));
        });

        key(KeyCode.CONTROL, KeyCode.COMMA);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#preferences").tryQuery().isPresent());
        Node pane = robot.lookup("#preferences").query();
        robot.interact(() -> {
            var hints = pane.lookupAll(".hint");
            assertEquals(2, hints.size());
            for (Node h : hints) {
                Labeled l = (Labeled) h;
                String shown = l.lookupAll(".text").stream().map(t -> ((javafx.scene.text.Text) t).getText())
                        .reduce("", (a, b) -> a + b);
                assertFalse(shown.contains("…"), "the hint is cut: " + shown);
                assertTrue(l.getHeight() >= l.prefHeight(l.getWidth()) - 0.5, "the hint has the height its lines need");
                Bounds b = l.localToScene(l.getLayoutBounds());
                Bounds outer = pane.localToScene(pane.getLayoutBounds());
                // 0.1 set the first hint against the dialog's right edge (4 px): a hint keeps the dialog's margin
                assertTrue(b.getMaxX() <= outer.getMaxX() - 12 && b.getMaxY() <= outer.getMaxY(), b + " in " + outer);
            }
        });
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void everyFocusedControlShowsARing() throws Exception {
        TableView<?> list = robot.lookup("#document-list").queryTableView();
        robot.interact(list::requestFocus);
        WaitForAsyncUtils.waitForFxEvents(2);
        assertRing(list, "the article list");
        robot.interact(() -> w.editor().area().requestFocus());
        WaitForAsyncUtils.waitForFxEvents(2);
        assertRing(w.editor(), "the article");
        assertNoRing(list, "the article list, unfocused");
        TableView<?> table = robot.lookup("#annotation-table").queryTableView();
        robot.interact(table::requestFocus);
        WaitForAsyncUtils.waitForFxEvents(2);
        assertRing(table, "the tags table");
    }

    private void assertRing(Region r, String what) {
        robot.interact(() -> {
            r.applyCss();
            assertNotNull(r.getBorder(), what + " has no focus ring");
            assertTrue(r.getBorder().getStrokes().stream().anyMatch(s -> s.getTopStroke() instanceof Color c
                    && c.getOpacity() > 0.5 && s.getWidths().getTop() >= 2), what + ": " + r.getBorder().getStrokes());
        });
    }

    private void assertNoRing(Region r, String what) {
        robot.interact(() -> {
            r.applyCss();
            assertTrue(r.getBorder() == null || r.getBorder().getStrokes().stream()
                    .allMatch(s -> !(s.getTopStroke() instanceof Color c) || c.getOpacity() < 0.1), what);
        });
    }
}
