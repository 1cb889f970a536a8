package org.newsmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.newsmark.ui.RunningApp.onFx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.NewsmarkApp;
import org.newsmark.domain.Document;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first frame of a project's window (issue 18, ADR 0049): the article column is where it
 * stays (not at the split's default dividers for a frame), and the side tables join a frame later.
 */
class FirstFrameGuiTest {

    @TempDir
    Path dir;
    NewsmarkApp app;

    @AfterEach
    void stop() throws Exception {
        RunningApp.close(app);
    }

    @Test
    void theFirstFrameShowsTheArticleWhereItStaysAndTheTablesComeNext() throws Exception {
        Path file = dir.resolve("f.newsmark");
        try (ProjectSession s = TestProjects.create(file)) {
            Document d = s.documents().add("An article", "a.txt", "Officials said unemployment fell to 4.2 percent in March.").document();
            s.annotations().tag(d, s.analyst("Ina"), s.labels().get(0), new Span(0, 57));
        }
        System.setProperty("newsmark.home", dir.resolve("home").toString());
        Stage stage = FxToolkit.registerPrimaryStage();
        List<String> first = new ArrayList<>(); // the article column's bounds, and whether the tag table is in
        WaitForAsyncUtils.asyncFx(() -> stage.sceneProperty().addListener((o, was, scene) -> watchFirstFrame(scene, first)))
                .get(10, TimeUnit.SECONDS);
        app = (NewsmarkApp) FxToolkit.setupApplication(NewsmarkApp.class, file.toString(), "--analyst", "Ina");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.window() != null
                && onFx(() -> app.window().lookup("#annotation-table") != null));
        WaitForAsyncUtils.waitForFxEvents();
        String settled = onFx(() -> column(app.window().getScene()));
        assertEquals(2, first.size(), "the first frame was seen: " + first);
        assertEquals(settled, first.get(0), "the article column does not move after the first frame");
        assertEquals("no tag table", first.get(1), "the tag table joins a frame later");
        assertNotNull(onFx(() -> app.window().lookup("#document-list")), "the article table too");
    }

    /**
     * A tags panel hidden since the last session: its table still joins the window in the frame
     * after the first (the panel is in the split until the first layout plans it away), so shown
     * by its key it is there at once and takes the keys.
     */
    @Test
    void aTablePanelShownForTheFirstTimeTakesTheKeysWhenItsTableJoins() throws Exception {
        Path file = dir.resolve("g.newsmark");
        try (ProjectSession s = TestProjects.create(file)) {
            s.documents().add("An article", "a.txt", "Officials said unemployment fell.");
        }
        System.setProperty("newsmark.home", dir.resolve("home").toString());
        org.newsmark.ui.preferences.Settings.load().setFlag("workbench.tagsPanel", false);
        app = RunningApp.launch(dir.resolve("home"), file.toString(), "--analyst", "Ina");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.window() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, onFx(() -> app.window().lookup("#annotation-table")), "the tags panel starts hidden");
        org.testfx.api.FxRobot robot = new org.testfx.api.FxRobot();
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.T)
                .release(javafx.scene.input.KeyCode.T, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> app.window().lookup("#annotation-table") != null));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(true, onFx(() -> app.window().lookup("#annotation-table").isFocused()), "the keys went to the table");
    }

    private static void watchFirstFrame(Scene scene, List<String> first) {
        if (scene == null) {
            return;
        }
        scene.addPostLayoutPulseListener(() -> {
            if (first.isEmpty() && scene.lookup("#article-column") != null) {
                first.add(column(scene));
                first.add(scene.lookup("#annotation-table") == null ? "no tag table" : "tag table");
            }
        });
    }

    private static String column(Scene scene) {
        Node c = scene.lookup("#article-column");
        Bounds b = c.localToScene(c.getLayoutBounds());
        return Math.round(b.getMinX()) + "+" + Math.round(b.getWidth());
    }
}
