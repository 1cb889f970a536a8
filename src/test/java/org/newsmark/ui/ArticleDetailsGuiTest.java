package org.newsmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.NewsmarkApp;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.workbench.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 16.2 on the real window: Ctrl+Shift+D opens the open article's details; a typed author is saved, a bad date refused. */
class ArticleDetailsGuiTest {

    @TempDir
    Path dir;
    NewsmarkApp app;
    MainWindow w;
    Path file;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        file = dir.resolve("details.newsmark");
        try (ProjectSession s = TestProjects.create(file)) {
            var d = s.documents().add("Bridge", "a.txt", "The mayor said the bridge will close.").document();
            s.metadata().set(d.id(), org.newsmark.domain.ArticleMetadata.EMPTY.with("outlet", "Harbour Gazette"));
        }
        app = RunningApp.launch(dir.resolve("home"), file.toString(), "--analyst", "Ina");
        w = app.window();
        robot.interact(() -> w.viewModel().openDocument(w.viewModel().documents().get(0).id()));
        robot.interact(() -> w.editor().area().requestFocus());
    }

    @AfterEach
    void stop() throws Exception {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(x -> x.getScene() != null
                && x.getScene().getRoot().lookup("#details-outlet") != null).forEach(Window::hide));
        RunningApp.close(app);
    }

    @Test
    void ctrlShiftDShowsTheDetailsAndSavesATypedAuthor() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.D).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#details-outlet").tryQuery().isPresent());
        assertEquals("Harbour Gazette", robot.lookup("#details-outlet").queryAs(TextField.class).getText());
        Button save = robot.lookup("#details-save").queryAs(Button.class);
        assertTrue(save.isDisabled(), "nothing changed yet");
        robot.clickOn("#details-published").write("8 Feb 2024");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#details-problem").queryAs(Label.class).getText().contains("is not an ISO 8601 date"));
        assertTrue(save.isDisabled(), "a bad date cannot be saved");
        robot.interact(() -> robot.lookup("#details-published").queryAs(TextField.class).setText("2024-02-08"));
        robot.clickOn("#details-author").write("Ilse Marten");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#details-message").queryAs(Label.class).getText().startsWith("Saved"));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#details-outlet").tryQuery().isEmpty(), "Esc closes the details");
        RunningApp.close(app);
        app = null;
        try (ProjectSession s = TestProjects.openReadOnly(file)) {
            var m = s.metadata().of(s.documents().summaries(null).get(0).id());
            assertEquals("Ilse Marten", m.author());
            assertEquals("2024-02-08", m.published());
            assertEquals("Harbour Gazette", m.outlet());
        }
    }
}
