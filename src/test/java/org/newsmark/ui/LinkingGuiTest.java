package org.newsmark.ui;

import static org.newsmark.ui.RunningApp.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.NewsmarkApp;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.workbench.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15.2 on the real window, keys only: Enter selects the statistic at the caret, L starts a
 * link (the banner says how), Tab moves to the next claim, Enter links; the Links list shows it,
 * the article draws its arc; J jumps to the claim; Ctrl+Z takes the link back; a link is
 * saved at once (the file has it before the window closes).
 */
class LinkingGuiTest {

    static final String TEXT = "Officials said unemployment fell to 4.2 percent in March.\n\nCritics called the figure a mirage, "
            + "and the mayor said the jobs are real.";

    @TempDir
    Path dir;
    Path file;
    NewsmarkApp app;
    MainWindow w;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        file = dir.resolve("links.newsmark");
        try (ProjectSession s = TestProjects.create(file)) {
            Document d = s.documents().add("Officials said", "o.txt", TEXT).document();
            s.annotations().tag(d, s.analyst("Ina"), s.labels().get(0), new Span(0, 57));
            s.annotations().tag(d, s.analyst("Ina"), s.labels().get(1), new Span(36, 47));
            s.annotations().tag(d, s.analyst("Ina"), s.labels().get(0), new Span(95, 132));
        }
        app = RunningApp.launch(dir.resolve("home"), file.toString(), "--analyst", "Ina");
        WaitForAsyncUtils.waitForFxEvents();
        w = app.window();
        robot.interact(() -> w.viewModel().openDocument(w.viewModel().documents().get(0).id()));
        robot.interact(() -> {
            w.editor().area().requestFocus();
            w.editor().area().moveTo(40); // inside "4.2 percent"
        });
    }

    @AfterEach
    void stop() throws Exception {
        RunningApp.close(app);
    }

    private Annotation selected() {
        return onFx(() -> w.viewModel().selectedProperty().get());
    }

    private long storedLinks() throws Exception {
        try (ProjectSession s = TestProjects.openReadOnly(file)) {
            return TestProjects.store(s).links().count(null, null);
        }
    }

    @Test
    void lTabEnterLinksTheStatisticToTheSecondClaimAndJFollowsIt() throws Exception {
        robot.type(KeyCode.ENTER);
        assertEquals(new Span(36, 47), selected().span(), "Enter: the innermost tag at the caret");
        robot.type(KeyCode.L);
        Node banner = robot.lookup("#link-banner").query();
        assertTrue(onFx(banner::isVisible), "the banner shows while linking");
        assertTrue(onFx(() -> ((Label) banner).getText()).startsWith("Linking: Tab / Shift+Tab choose the target (1 of 2)"));
        robot.type(KeyCode.TAB);
        assertEquals(new Span(95, 132), onFx(() -> w.viewModel().linking().mode().targetProperty().get().span()),
                "Tab: the farther claim");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(onFx(banner::isVisible));
        assertEquals(new Span(36, 47), selected().span(), "the statistic stays selected; Enter linked rather than selected");
        assertEquals(1, storedLinks(), "saved at once");
        ListView<?> list = robot.lookup("#links-list").query();
        assertEquals(1, onFx(() -> list.getItems().size()));
        assertTrue(onFx(() -> list.getItems().get(0).toString()).startsWith("supports \u2192 claim \u201cand the mayor"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> w.editor().arcCount()) == 1);

        robot.type(KeyCode.J);
        assertEquals(new Span(95, 132), selected().span(), "J: along the link to the claim");
        assertEquals(new Span(95, 132).begin(), (int) onFx(() -> w.editor().area().getCaretPosition()));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, storedLinks(), "Ctrl+Z takes the link back");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> w.editor().arcCount()) == 0);
    }

    @Test
    void escStopsLinkingAndKeepsTheTagSelected() throws Exception {
        robot.type(KeyCode.ENTER, KeyCode.L, KeyCode.ESCAPE);
        assertFalse(onFx(() -> w.viewModel().linking().mode().activeProperty().get()));
        assertEquals(new Span(36, 47), selected().span(), "Esc ends the link, not the selection");
        robot.type(KeyCode.ESCAPE);
        assertEquals(null, selected(), "a second Esc clears the selection as before");
        assertEquals(0, storedLinks());
    }
}
