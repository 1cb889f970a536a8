package org.newsmark.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.NewsmarkApp;
import org.newsmark.service.AttributeFixture;
import org.newsmark.ui.RunningApp;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The compare window's "Attribute values" tab on a project with values: select a difference, take B's value, undo. */
class AttributeValuesGuiTest {

    @TempDir
    Path dir;
    NewsmarkApp app;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        Path file = dir.resolve("values.newsmark");
        new AttributeFixture(file).session.close();
        app = RunningApp.launch(dir.resolve("home"), file.toString(), "--analyst", "Ann");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        RunningApp.close(app);
    }

    @Test
    void takeBsValueThenUndo() {
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        CompareWindow view = robot.lookup("#compare-window").queryAs(CompareWindow.class);
        assertNotNull(view, "Ctrl+K opened the compare window");
        Window compare = view.getScene().getWindow();
        robot.targetWindow(compare);
        robot.interact(() -> ((Stage) compare).toFront());
        ComparisonViewModel vm = view.viewModel();

        robot.clickOn("Attribute values");
        ListView<?> list = robot.lookup("#value-conflict-list").queryListView();
        assertEquals(3, list.getItems().size());
        assertTrue(robot.lookup("#take-value-b").queryButton().isDisabled(), "nothing selected yet");
        robot.interact(() -> list.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(vm.valueConflicts().get(0), vm.selectedConflictProperty().get(), "the list's selection is the view-model's");
        robot.clickOn("#take-value-b");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.List.of("Morality"), vm.valueConflicts().get(0).consensus());
        assertEquals(0, list.getSelectionModel().getSelectedIndex(), "the row stays selected");
        assertTrue(robot.lookup(".list-cell").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                        && l.getText().contains("A: Economic · B: Morality · consensus: Morality")), "the row shows it");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.valueConflicts().get(0).consensus().isEmpty(), "Ctrl+Z took it back");
    }
}
