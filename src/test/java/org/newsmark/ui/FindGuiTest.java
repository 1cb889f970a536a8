package org.newsmark.ui;

import static org.newsmark.ui.RunningApp.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.NewsmarkApp;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.workbench.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Find on the real window, keys only: Ctrl+F opens the bar with the keys in it, typing finds and
 * counts, every hit gets a box over the text, F3 goes to the next, Esc gives the keys back with
 * the hit selected so a label key tags it; then Tag All… (Alt+T) asks the label and a value of its
 * attribute, previews new and already tagged, tags the rest in one step with the value, and one
 * Ctrl+Z takes them back.
 */
class FindGuiTest {

    //                   0         1         2         3         4         5         6         7
    //                   0123456789012345678901234567890123456789012345678901234567890123456789012345678
    static final String TEXT = "The mayor said roads are broken.\n\nHer office said roads are fine; roads, she said.";

    @TempDir
    Path dir;
    NewsmarkApp app;
    MainWindow w;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        Path file = dir.resolve("find.newsmark");
        try (ProjectSession s = TestProjects.create(file)) {
            s.documents().add("Roads", "r.txt", TEXT);
            s.analyst("Ina");
        }
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

    private String count() {
        return onFx(() -> ((Label) robot.lookup("#find-count").query()).getText());
    }

    private Span articleSelection() {
        return onFx(() -> {
            var sel = w.editor().area().getSelection();
            return sel.getLength() == 0 ? null : new Span(sel.getStart(), sel.getEnd());
        });
    }

    private List<Span> tagSpans() {
        return onFx(() -> w.viewModel().annotations().stream().map(Annotation::span).toList());
    }

    private DialogPane waitForDialog() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    private static Button button(DialogPane pane, String text) {
        return pane.getButtonTypes().stream().map(pane::lookupButton).map(Button.class::cast)
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void findStepEscAndALabelKeyTagsTheHitThenTagAllTagsTheRestInOneStep() throws Exception {
        assertTrue(robot.lookup("#find-bar").tryQuery().isEmpty(), "the bar joins the window when first opened (issue 18)");
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Node bar = robot.lookup("#find-bar").query();
        assertTrue(onFx(bar::isVisible), "Ctrl+F opens the bar");
        assertEquals("find-field", onFx(() -> w.getScene().getFocusOwner().getId()), "with the keys in its field");

        robot.write("roads");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 of 3", count());
        assertEquals(new Span(15, 20), articleSelection(), "the hit is selected in the article as it is found");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> w.editor().findHitCount()) == 3);

        robot.type(KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2 of 3", count());
        assertEquals(new Span(50, 55), articleSelection());

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(onFx(bar::isVisible), "Esc closes the bar");
        assertEquals("article", onFx(() -> w.getScene().getFocusOwner().getId()), "and gives the keys back to the article");
        assertEquals(new Span(50, 55), articleSelection(), "with the hit selected");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> w.editor().findHitCount()) == 0);
        robot.type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new Span(50, 55)), tagSpans(), "a label key tags the hit");
        robot.interact(() -> w.editor().area().moveTo(0));
        robot.type(KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(bar::isVisible), "F3 shows the hits again");
        assertEquals(new Span(15, 20), articleSelection(), "the first one from the caret");
        assertEquals("article", onFx(() -> w.getScene().getFocusOwner().getId()), "and the keys stay in the article");
        robot.interact(() -> w.editor().area().selectRange(50, 55));

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("roads", onFx(() -> w.viewModel().find().queryProperty().get()));
        robot.press(KeyCode.ALT).type(KeyCode.T).release(KeyCode.ALT);
        DialogPane choice = waitForDialog();
        robot.interact(((Button) choice.lookupButton(ButtonType.OK))::fire);
        WaitForAsyncUtils.waitForFxEvents();
        // the label's attributes: claim has check-worthy (yes / no); Y in its box sets yes
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#tag-values").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> {
            Node focused = robot.lookup("#tag-values").query().getScene().getFocusOwner();
            return focused != null && focused.getId() != null && focused.getId().startsWith("attribute-");
        }));
        robot.type(KeyCode.Y);
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL); // Continue
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#confirm").tryQuery().isPresent());
        DialogPane confirm = robot.lookup("#confirm").queryAs(DialogPane.class);
        String label = onFx(() -> w.viewModel().toolbarLabels().get(0).name());
        assertTrue(confirm.getContentText().startsWith("2 new " + label + " tags with check-worthy = yes; 1 match is tagged " + label
                + " already, whatever its values, and stays as it is."), confirm.getContentText());
        robot.interact(button(confirm, "Tag 2")::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new Span(15, 20), new Span(50, 55), new Span(66, 71)), tagSpans());
        assertEquals(List.of("[yes]", "[]", "[yes]"), onFx(() -> w.viewModel().annotations().stream()
                .map(a -> a.attributes().asMap().values().stream().flatMap(List::stream).toList().toString()).toList()),
                "the new tags carry the value; the one tagged by hand has none, and keeps none");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new Span(50, 55)), tagSpans(), "one Ctrl+Z takes back every tag Tag All made");
    }
}
