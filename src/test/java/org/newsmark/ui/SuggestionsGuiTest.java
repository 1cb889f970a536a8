package org.newsmark.ui;

import static org.newsmark.ui.RunningApp.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.NewsmarkApp;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Span;
import org.newsmark.domain.suggest.Suggestion;
import org.newsmark.domain.suggest.SuggestionKind;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.workbench.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 20.2 on the real window, keys only: Ctrl+G shows the suggestions (dotted outlines, the
 * bar, the first one selected), Enter accepts it as a tag of its kind's label, F8 steps on, X
 * rejects and Ctrl+Z brings it back, a label key accepts with that label; the rejection is still
 * there when the project is opened again, and the suggestion does not come back.
 */
class SuggestionsGuiTest {

    //                   0         1         2         3         4         5
    //                   012345678901234567890123456789012345678901234567890123456
    static final String TEXT = "Prices rose 4.2% in May, 3% in June and 6% in July.\n\nThe end.";

    @TempDir
    Path dir;
    Path file;
    NewsmarkApp app;
    MainWindow w;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        file = dir.resolve("suggest.newsmark");
        try (ProjectSession s = TestProjects.create(file)) {
            s.documents().add("Prices", "p.txt", TEXT);
            s.analyst("Ina");
        }
        launch();
    }

    private void launch() throws Exception {
        app = RunningApp.launch(dir.resolve("home"), file.toString(), "--analyst", "Ina");
        WaitForAsyncUtils.waitForFxEvents();
        w = app.window();
        robot.interact(() -> w.viewModel().openDocument(w.viewModel().documents().get(0).id()));
        robot.interact(() -> {
            w.editor().area().requestFocus();
            w.editor().area().moveTo(0);
        });
    }

    @AfterEach
    void stop() throws Exception {
        RunningApp.close(app);
    }

    private Span articleSelection() {
        return onFx(() -> {
            var sel = w.editor().area().getSelection();
            return sel.getLength() == 0 ? null : new Span(sel.getStart(), sel.getEnd());
        });
    }

    private List<String> tags() {
        return onFx(() -> w.viewModel().annotations().stream().map(a -> a.span().textOf(TEXT) + "/"
                + w.viewModel().labelOf(a).name()).toList());
    }

    private List<String> statistics() {
        return onFx(() -> w.viewModel().suggestions().suggestions().stream().filter(s -> s.kind() == SuggestionKind.STATISTIC)
                .map(s -> s.span().textOf(TEXT)).toList());
    }

    private String current() {
        return onFx(() -> {
            Suggestion s = w.viewModel().suggestions().currentProperty().get();
            return s == null ? null : s.span().textOf(TEXT);
        });
    }

    private void ctrl(KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(condition));
    }

    @Test
    void showAcceptStepRejectUndoAndTheRejectionOutlivesTheSession() throws Exception {
        Node bar = robot.lookup("#suggestion-bar").query();
        assertFalse(onFx(bar::isVisible), "hidden until asked for");
        assertEquals(0, (int) onFx(() -> w.editor().suggestionCount()));

        ctrl(KeyCode.G);
        waitUntil(() -> "4.2%".equals(current()));
        assertTrue(onFx(bar::isVisible));
        assertEquals(new Span(12, 16), articleSelection(), "the first suggestion is selected in the article");
        waitUntil(() -> w.editor().suggestionCount() >= 3);
        String said = onFx(() -> ((Label) bar).getText());
        assertTrue(said.startsWith("Suggestion 1 of "), said);
        assertEquals(List.of(), tags(), "suggestions are no tags");

        robot.type(KeyCode.ENTER);
        waitUntil(() -> "3%".equals(current()));
        assertEquals(List.of("4.2%/statistic"), tags(), "Enter accepts it with its kind's label");
        assertEquals(new Span(25, 27), articleSelection(), "the next one is selected");

        robot.type(KeyCode.X);
        waitUntil(() -> "6%".equals(current()));
        assertEquals(List.of("6%"), statistics(), "rejected: gone");
        ctrl(KeyCode.Z);
        waitUntil(() -> "3%".equals(current()));
        assertEquals(List.of("3%", "6%"), statistics(), "Ctrl+Z brings the rejection back first");
        assertEquals(List.of("4.2%/statistic"), tags(), "and leaves the tag");

        robot.type(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("6%", current(), "F8 steps on");
        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> tags().size() == 2);
        assertTrue(tags().contains("6%/claim"), "a label key accepts with that label: " + tags());

        robot.press(KeyCode.SHIFT).type(KeyCode.F8).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("3%", current(), "Shift+F8 steps back");
        robot.type(KeyCode.X);
        waitUntil(() -> statistics().isEmpty());

        RunningApp.close(app);
        launch();
        ctrl(KeyCode.G);
        waitUntil(() -> !onFx(() -> w.viewModel().suggestions().findingProperty().get()));
        assertEquals(List.of(), statistics(), "the rejection and the tags are remembered when the project is opened again");
        assertEquals(List.of("4.2%/statistic", "6%/claim"), tags());
        ctrl(KeyCode.G);
        assertEquals(0, (int) onFx(() -> w.editor().suggestionCount()), "Ctrl+G hides them");
    }
}
