package org.newsmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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

/**
 * Issue 16.5 on the real window: Ctrl+Shift+F, a query and Enter list the hits by article; Enter on a
 * hit opens it selected, a label key tags it. Tag all… asks a label and its values (a refused one
 * keeps the dialog open) and every new tag carries them.
 */
class CorpusSearchGuiTest {

    @TempDir
    Path dir;
    NewsmarkApp app;
    MainWindow w;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        Path file = dir.resolve("search.newsmark");
        try (ProjectSession s = TestProjects.create(file)) {
            s.documents().add("First", "a.txt", "Nothing about the harbour here.");
            s.documents().add("Second", "b.txt", "😀 The new Bridge opens; the bridge toll rises.");
        }
        app = RunningApp.launch(dir.resolve("home"), file.toString(), "--analyst", "Ina");
        w = app.window();
        robot.interact(() -> w.viewModel().openDocument(w.viewModel().documents().get(0).id()));
        robot.interact(() -> w.editor().area().requestFocus());
    }

    @AfterEach
    void stop() throws Exception {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(x -> x.getScene() != null
                && x.getScene().getRoot().lookup("#corpus-results") != null).forEach(Window::hide));
        RunningApp.close(app);
    }

    @Test
    void ctrlShiftFSearchesAndEnterOpensTheHitSelectedForALabelKey() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.F).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#corpus-query").tryQuery().isPresent());
        robot.clickOn("#corpus-query").write("bridge").type(KeyCode.ENTER);
        ListView<?> results = robot.lookup("#corpus-results").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> results.getItems().size() == 3);
        assertEquals("2 hits in 1 article.", robot.lookup("#corpus-summary").queryAs(Label.class).getText());
        robot.type(KeyCode.DOWN, KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Second", w.viewModel().documentProperty().get().title(), "the hit's article is open");
        assertEquals("bridge", w.editor().area().getSelectedText(), "the second hit, after the emoji, selected as text");
        assertEquals(29, w.editor().area().getSelection().getStart());
        assertEquals("1", w.viewModel().labels().get(0).key());
        robot.type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(29), w.viewModel().annotations().stream().map(a -> a.begin()).toList(), "the label key tagged the hit");
    }

    @Test
    void escapeClosesTheWindowAlsoWhenTheListOfHitsHasTheKeys() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.F).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#corpus-query").tryQuery().isPresent());
        robot.clickOn("#corpus-query").write("bridge").type(KeyCode.ENTER);
        ListView<?> results = robot.lookup("#corpus-results").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> results.getItems().size() == 3);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(results.isFocused(), "the list has the keys");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(results.getScene().getWindow().isShowing(), "Escape closed the corpus search");
    }

    @Test
    void tagAllAsksALabelAndAValueAndEveryNewTagCarriesIt() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.F).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#corpus-query").tryQuery().isPresent());
        robot.clickOn("#corpus-query").write("bridge").type(KeyCode.ENTER);
        ListView<?> results = robot.lookup("#corpus-results").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> results.getItems().size() == 3);
        robot.clickOn("#corpus-tag-all");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".choice-dialog").tryQuery().isPresent());
        DialogPane choice = robot.lookup(".choice-dialog").queryAs(DialogPane.class);
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<String> labels = (ComboBox<String>) choice.lookup(".combo-box");
            labels.setValue("statistic");
        });
        robot.interact(((Button) choice.lookupButton(ButtonType.OK))::fire);
        // statistic's first attribute, value, a number: typed in its field, which has the keys
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#tag-values").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#tag-values").query().getScene().getFocusOwner()
                instanceof TextField);
        TextField value = robot.lookup("#tag-values .text-field").queryAs(TextField.class);
        robot.clickOn(value).write("x");
        robot.clickOn("#tag-values-continue");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#tag-values").tryQuery().isPresent(), "a value that is no number keeps the dialog open");
        assertTrue(robot.lookup("#tag-values .attribute-problem").queryAs(Label.class).getText().contains("is not a number"));
        assertEquals("x", value.getText(), "and stays in its field to be put right");
        // the whole field chosen before typing: where a click puts the caret depends on the window's layout
        robot.clickOn(value);
        robot.interact(value::selectAll);
        robot.write("12");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("12", value.getText());
        robot.clickOn("#tag-values-continue");
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#confirm").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            // say what the window showed instead, so a failure on a busy machine can be told from a fault
            throw new AssertionError("no preview after Continue; the values dialog is "
                    + (robot.lookup("#tag-values").tryQuery().isPresent() ? "still open, saying \""
                    + robot.lookup("#tag-values .attribute-problem").queryAs(Label.class).getText() + "\", the field holding \""
                    + value.getText() + "\"" : "closed") + "; status: " + w.viewModel().messageProperty().get(), e);
        }
        DialogPane confirm = robot.lookup("#confirm").queryAs(DialogPane.class);
        assertEquals("Tag all hits of \u201Cbridge\u201D as statistic with value = 12?", confirm.getHeaderText());
        robot.interact(() -> confirm.getButtonTypes().stream().map(confirm::lookupButton).map(Button.class::cast)
                .filter(b -> b.getText().equals("Tag All")).findFirst().orElseThrow().fire());
        Label summary = robot.lookup("#corpus-summary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> summary.getText().startsWith("Tagged"));
        assertEquals("Tagged 2 hits as statistic with value = 12.", summary.getText());
        robot.interact(() -> w.viewModel().openDocument(w.viewModel().documents().get(1).id()));
        assertEquals(List.of("[12]", "[12]"), w.viewModel().annotations().stream()
                .map(a -> a.attributes().asMap().values().stream().flatMap(List::stream).toList().toString()).toList());
    }
}
