package org.newsmark.ui;

import static org.newsmark.ui.RunningApp.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.NewsmarkApp;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Document;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.workbench.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14.2 on the real window, from the keyboard only: a tag selected in the article,
 * Ctrl+Shift+A into its attributes, a value typed and Enter, Tab to the next field, Esc back to
 * the article, Ctrl+Z there takes the values back; a bad number is refused; a required attribute
 * missing is flagged in the table and the status bar.
 */
class AttributesGuiTest {

    static final String TEXT = "Unemployment fell to 4.2 percent in March, the ministry said.";

    @TempDir
    Path dir;
    NewsmarkApp app;
    MainWindow w;
    Codebook book;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        Path file = dir.resolve("attrs.newsmark");
        try (ProjectSession s = TestProjects.create(file)) {
            Document d = s.documents().add("Unemployment", "u.txt", TEXT).document();
            s.annotations().tag(d, s.analyst("Ina"), s.labels().get(1), new Span(21, 32));
            s.codebook().declare(new Attribute(0, s.labels().get(1).id(), "verified", AttributeType.YES_NO, List.of(), true, ""));
            book = s.codebook().codebook();
        }
        app = RunningApp.launch(dir.resolve("home"), file.toString(), "--analyst", "Ina");
        w = app.window();
        robot.interact(() -> w.viewModel().openDocument(w.viewModel().documents().get(0).id()));
        robot.interact(() -> w.focusArticle());
    }

    @AfterEach
    void stop() throws Exception {
        RunningApp.close(app);
    }

    private long id(String name) {
        return book.attributes().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow().id();
    }

    private Node focusOwner() {
        return w.getScene().getFocusOwner();
    }

    private TextField field(String name) {
        return (TextField) w.lookup("#attribute-" + id(name));
    }

    private Annotation selected() {
        return w.viewModel().selectedProperty().get();
    }

    private void ctrl(KeyCode... keys) {
        robot.press(KeyCode.CONTROL).press(keys).release(keys).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void selectTheTagAndEnterThePanel() {
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("statistic", w.viewModel().labelOf(selected()).name());
        ctrl(KeyCode.SHIFT, KeyCode.A);
        assertSame(field("value"), focusOwner(), "Ctrl+Shift+A puts the keys in the first field");
    }

    @Test
    void typeEnterTabEscAndUndoInTheArticle() {
        selectTheTagAndEnterThePanel();
        robot.write("4.2");
        assertTrue(selected().attributes().isEmpty(), "nothing is committed while typing");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("4.2"), selected().attributes().get(id("value")), "Enter commits");
        assertEquals(List.of("4.2"), w.viewModel().annotations().get(0).attributes().get(id("value")), "the shown tag is the stored one");

        robot.type(KeyCode.TAB);
        assertSame(field("unit"), focusOwner(), "Tab goes to the next field");
        robot.write("percent");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("percent"), selected().attributes().get(id("unit")), "leaving the field commits");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(w.editor().area(), focusOwner(), "Esc gives the keys back to the article");

        ctrl(KeyCode.Z);
        assertEquals(List.of(), selected().attributes().get(id("unit")), "Ctrl+Z in the article undoes the last commit");
        assertEquals("", field("unit").getText(), "and the field shows it");
        assertEquals("4.2", field("value").getText());
        ctrl(KeyCode.Z);
        assertEquals("", field("value").getText());
        assertTrue(selected().attributes().isEmpty());
    }

    @Test
    void aBadNumberIsRefusedAndEscDropsIt() {
        selectTheTagAndEnterThePanel();
        robot.write("lots");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        String refused = "\"value\": value \"lots\" is not a number.";
        assertEquals(refused, ((Label) w.lookup("#status-message")).getText());
        assertEquals("lots", field("value").getText(), "kept to be put right");
        assertTrue(selected().attributes().isEmpty());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", field("value").getText());
        assertSame(w.editor().area(), focusOwner());
        assertTrue(selected().attributes().isEmpty());
    }

    /** ADR 0047: selecting, changing and clearing the selection does not make the tag table grow and shrink. */
    @Test
    void theTagTableKeepsItsHeightAsTheSelectionChanges() {
        TableView<?> table = robot.lookup("#annotation-table").queryTableView();
        double none = onFx(table::getHeight);
        robot.interact(() -> w.viewModel().selectedProperty().set(w.viewModel().annotations().get(0)));
        double statistic = onFx(table::getHeight);
        assertTrue(statistic < none, "the statistic's four fields and the links make room under the table");

        org.newsmark.domain.Label claim = w.viewModel().labels().stream().filter(l -> l.name().equals("claim")).findFirst().orElseThrow();
        robot.interact(() -> w.viewModel().tag(claim, 43, 60));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("claim", w.viewModel().labelOf(selected()).name(), "the new tag is selected");
        assertEquals(statistic, onFx(table::getHeight), 0.0, "the claim's one field keeps the room of the statistic's four");

        robot.interact(() -> w.viewModel().selectedProperty().set(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(statistic, onFx(table::getHeight), 0.0, "no tag selected: the room stays");
        assertTrue(w.lookup("#links-panel").isVisible(), "the links keep their place");
        Label placeholder = (Label) robot.lookup("#links-list").queryListView().getPlaceholder();
        assertEquals("Select a tag to see its links.", placeholder.getText());
        assertEquals("No tag selected.", ((Label) w.lookup("#attributes-panel .panel-title")).getText());
    }

    @Test
    void aMissingRequiredAttributeIsFlaggedUntilSet() {
        Label missing = (Label) w.lookup("#status-missing");
        assertEquals("1 tag misses a required attribute", missing.getText());
        assertTrue(missing.isVisible());
        TableView<?> table = robot.lookup("#annotation-table").queryTableView();
        assertTrue(robot.from(table).lookup(".missing-required").tryQuery().isPresent(), "the row is marked");
        selectTheTagAndEnterThePanel();
        robot.type(KeyCode.TAB, 3);
        assertSame(w.lookup("#attribute-" + id("verified")), focusOwner());
        robot.write("y");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("yes"), selected().attributes().get(id("verified")));
        assertTrue(!missing.isVisible(), "no tag misses one now");
        assertTrue(robot.from(table).lookup(".missing-required").tryQuery().isEmpty(), "the mark is gone");
    }
}
