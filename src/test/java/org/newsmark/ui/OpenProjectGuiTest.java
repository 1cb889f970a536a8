package org.newsmark.ui;

import org.newsmark.app.NewsmarkApp;
import org.newsmark.service.TestProjects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Document;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.ui.workbench.MainWindow;
import org.testfx.util.WaitForAsyncUtils;

/** A project with tags opens with those tags drawn in the text, and another analyst's layer is read-only. */
class OpenProjectGuiTest {

    @TempDir
    Path dir;
    NewsmarkApp app;

    @AfterEach
    void stop() throws Exception {
        RunningApp.close(app);
    }

    @Test
    void existingTagsAreStyledAndOtherLayersAreReadOnly() throws Exception {
        Path file = dir.resolve("tagged.newsmark");
        String text = "Mayor says 40 percent of roads are broken.\n\nCritics call it a disaster.";
        try (ProjectSession s = TestProjects.create(file)) {
            Document d = s.documents().add("Mayor says", "m.txt", text).document();
            var labels = s.labels();
            s.annotations().tag(d, s.analyst("Uma"), labels.get(1), new Span(11, 21));
            s.annotations().tag(d, s.analyst("Uma"), labels.get(0), new Span(0, 42));
            s.annotations().tag(d, s.analyst("Vic"), labels.get(3), new Span(53, 70));
        }
        app = RunningApp.launch(dir.resolve("home"), file.toString(), "--analyst", "Uma");
        WaitForAsyncUtils.waitForFxEvents();
        MainWindow w = app.window();
        var area = w.editor().area();
        String overlap = area.getStyleAtPosition(15).css();
        assertTrue(overlap.contains("-rtfx-background-color: #56B4E966"), "statistic background: " + overlap);
        assertTrue(overlap.contains("-rtfx-underline-color: #E69F00"), "claim underline over it: " + overlap);
        assertTrue(area.getStyleAtPosition(5).css().contains("#E69F0066"), "claim alone: background");
        assertEquals("", area.getStyleAtPosition(60).css(), "Vic's tag is not in Uma's layer");
        assertEquals(2, w.viewModel().annotations().size());

        var vic = w.viewModel().analysts().stream().filter(a -> a.name().equals("Vic")).findFirst().orElseThrow();
        org.testfx.api.FxRobot robot = new org.testfx.api.FxRobot();
        robot.interact(() -> w.viewModel().showLayerOf(vic));
        assertTrue(area.getStyleAtPosition(60).css().contains("#CC79A766"), "Vic's framing shows in his layer");
        assertTrue(w.viewModel().readOnlyBinding().get());
        robot.interact(() -> area.selectRange(0, 4));
        robot.type(javafx.scene.input.KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, w.viewModel().annotations().size(), "no tagging in another analyst's layer");
    }
}
