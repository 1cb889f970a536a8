package org.newsmark.ui;

import static org.newsmark.ui.RunningApp.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.NewsmarkApp;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.workbench.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 19.4 on the real window: a new version of the open article, its plan shown first, the
 * review list opening by itself, a tag placed from it on the suggested text, and Ctrl+Z right
 * after taking the whole new version back. The file chooser is the system's: the test hands the
 * file to the view-model, as the menu item does with the chooser's answer.
 */
class NewVersionGuiTest {

    static final String OLD = "The mayor said the bridge will close in May.\nTraffic will move to the ferry.\n";
    static final String NEW = "Update: the mayor said the bridge will close in June.\nTraffic will move to the ferry.\n";

    @TempDir
    Path dir;
    NewsmarkApp app;
    MainWindow w;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        Path file = dir.resolve("versions.newsmark");
        try (ProjectSession s = TestProjects.create(file)) {
            var d = s.documents().add("Bridge", "a.txt", OLD).document();
            var ina = s.analyst("Ina");
            var claim = s.codebook().codebook().label("claim").orElseThrow();
            s.annotations().tag(d, ina, claim, span(OLD, "close in May"));
            s.annotations().tag(d, ina, claim, span(OLD, "Traffic will move to the ferry"));
        }
        app = RunningApp.launch(dir.resolve("home"), file.toString(), "--analyst", "Ina");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.window() != null
                && onFx(() -> app.window().viewModel().documents().size()) == 1);
        w = app.window();
        robot.interact(() -> w.viewModel().openDocument(w.viewModel().documents().get(0).id()));
    }

    @AfterEach
    void stop() throws Exception {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(x -> x.getScene() != null
                && x.getScene().getRoot().lookup("#review-list") != null).forEach(Window::hide));
        RunningApp.close(app);
    }

    private DialogPane confirm() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#confirm").tryQuery().isPresent());
        return robot.lookup("#confirm").queryAs(DialogPane.class);
    }

    private static Button button(DialogPane pane, String text) {
        return pane.getButtonTypes().stream().map(pane::lookupButton).map(Button.class::cast)
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    private List<String> shownTags() {
        return onFx(() -> w.viewModel().annotations().stream().map(Annotation::span)
                .map(s -> w.viewModel().documentProperty().get().text().substring(s.begin(), s.end())).toList());
    }

    @Test
    void aNewVersionIsPlannedReviewedAndTakenBackWithCtrlZ() throws Exception {
        Path v2 = Files.writeString(dir.resolve("bridge-v2.txt"), NEW);
        var old = onFx(() -> w.viewModel().documentProperty().get());
        robot.interact(() -> w.viewModel().newVersions().importFile(old, v2));

        DialogPane plan = confirm();
        assertEquals("New version of \u201cBridge\u201d", onFx(plan::getHeaderText));
        assertTrue(onFx(plan::getContentText).startsWith("2 tags: 1 kept, 0 moved, 1 to review."));
        assertEquals(List.of("Bridge"), onFx(() -> w.viewModel().documents().stream().map(DocumentSummary::title).toList()),
                "nothing is written before the answer");
        robot.interact(button(plan, "Import New Version")::fire);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#review-list").tryQuery().isPresent());
        assertEquals(List.of("Traffic will move to the ferry"), shownTags(), "the new version is open with the kept tag");
        ListView<?> list = robot.lookup("#review-list").queryAs(ListView.class);
        assertEquals(1, onFx(() -> list.getItems().size()));
        assertEquals("close in June", onFx(() -> w.editor().area().getSelectedText()), "the chosen row's edited text is selected");
        robot.clickOn("#review-place");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Placed: claim on \u201cclose in June\u201d. Nothing left to review.", onFx(() -> robot.lookup("#review-message").queryAs(Label.class)
                .getText()));
        assertEquals(0, onFx(() -> list.getItems().size()));
        assertEquals(List.of("Traffic will move to the ferry", "close in June"), shownTags().stream().sorted().toList());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#review-list").tryQuery().isEmpty(), "Esc closes the list");

        robot.interact(() -> w.editor().area().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        DialogPane undo = confirm();
        assertTrue(onFx(undo::getHeaderText).startsWith("Undo the new version of \u201cBridge\u201d?"));
        robot.interact(button(undo, "Undo New Version")::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> w.viewModel().documentProperty().get().id() == old.id()));
        assertEquals(List.of("Bridge"), onFx(() -> w.viewModel().documents().stream().map(DocumentSummary::title).toList()));
        assertEquals(List.of("Traffic will move to the ferry", "close in May"), shownTags().stream().sorted().toList(),
                "the old version is back with its tags");
    }

    private static Span span(String text, String quote) {
        int at = text.indexOf(quote);
        return new Span(at, at + quote.length());
    }
}
