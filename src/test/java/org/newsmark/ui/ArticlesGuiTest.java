package org.newsmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.NewsmarkApp;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.workbench.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 13.11 on screen: F2 and Delete in the article list, the question before a delete, File › Undo Delete Article. */
class ArticlesGuiTest {

    @TempDir
    Path dir;
    NewsmarkApp app;
    MainWindow w;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        Path file = dir.resolve("a.newsmark");
        try (ProjectSession s = TestProjects.create(file)) {
            Document d = s.documents().add("First", "f.txt", "The first article, tagged twice.").document();
            s.annotations().tag(d, s.analyst("Ina"), s.labels().get(0), new Span(0, 9));
            s.annotations().tag(d, s.analyst("Ole"), s.labels().get(0), new Span(4, 9));
            s.documents().add("Second", "s.txt", "Another text entirely.");
        }
        app = RunningApp.launch(dir.resolve("home"), file.toString(), "--analyst", "Ina");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.window() != null);
        w = app.window();
        robot.interact(() -> ((javafx.stage.Stage) w.getScene().getWindow()).setWidth(1280));
        robot.interact(() -> w.viewModel().openDocument(w.viewModel().documents().get(0).id()));
    }

    @AfterEach
    void stop() throws Exception {
        RunningApp.close(app);
    }

    private List<String> titles() {
        return w.viewModel().documents().stream().map(DocumentSummary::title).toList();
    }

    private DialogPane waitForDialog() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    /** Types {@code title} into the rename dialog and presses its OK. */
    private void answerRename(String title) throws Exception {
        DialogPane pane = waitForDialog();
        TextField field = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        robot.interact(() -> field.setText(title));
        robot.interact(((Button) pane.lookupButton(ButtonType.OK))::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Button button(DialogPane pane, String text) {
        return pane.getButtonTypes().stream().map(pane::lookupButton).map(Button.class::cast)
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void f2RenamesDeleteAsksAndTheFileMenuUndoesTheDelete() throws Exception {
        TableView<?> list = robot.lookup("#document-list").queryTableView();
        robot.interact(list::requestFocus);
        robot.type(KeyCode.F2);
        answerRename("Renamed first");
        assertEquals(List.of("Renamed first", "Second"), titles());
        assertTrue(w.viewModel().selectedProperty().get() == null, "F2 in the list is no note dialog");

        robot.interact(list::requestFocus);
        robot.type(KeyCode.DELETE);
        DialogPane confirm = waitForDialog();
        assertEquals("confirm", confirm.getId());
        assertTrue(confirm.getContentText().contains("2 tags of 2 analysts"), confirm.getContentText());
        assertTrue(button(confirm, "Cancel").isDefaultButton(), "Enter does not delete");
        robot.interact(button(confirm, "Cancel")::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Renamed first", "Second"), titles(), "Enter does not delete");

        robot.interact(list::requestFocus);
        robot.type(KeyCode.DELETE);
        DialogPane again = waitForDialog();
        robot.interact(button(again, "Delete")::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Second"), titles());
        assertTrue(w.viewModel().messageProperty().get().startsWith("Deleted \u201cRenamed first\u201d"));

        robot.clickOn("File").clickOn("Undo Delete Article");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Renamed first", "Second"), titles());
        assertEquals(1, w.viewModel().annotations().size(), "Ina's tag is back");
    }

    @Test
    void theListsContextMenuRenamesTheArticleClicked() throws Exception {
        robot.clickOn("Second");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> list = robot.lookup("#document-list").queryTableView();
        // headless glass sends no context-menu request for a right click: the menu's item is fired as the click would
        var rename = list.getContextMenu().getItems().stream().filter(i -> "article-rename".equals(i.getId())).findFirst().orElseThrow();
        assertEquals("Rename Article…", rename.getText());
        javafx.application.Platform.runLater(rename::fire); // not interact: the dialog it opens waits for an answer
        answerRename("Second, renamed");
        assertEquals(List.of("First", "Second, renamed"), titles());
    }
}
