package org.newsmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.NewsmarkApp;
import org.newsmark.domain.Document;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.workbench.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 14.2 on the real window: the codebook opens by its key, a label is renamed by keyboard only, the toolbar follows. */
class CodebookGuiTest {

    @TempDir
    Path dir;
    NewsmarkApp app;
    MainWindow w;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        Path file = dir.resolve("codebook.newsmark");
        try (ProjectSession s = TestProjects.create(file)) {
            Document d = s.documents().add("Officials said", "o.txt", "Officials said unemployment fell to 4.2 percent.").document();
            s.annotations().tag(d, s.analyst("Ina"), s.labels().get(0), new Span(0, 14));
        }
        app = RunningApp.launch(dir.resolve("home"), file.toString(), "--analyst", "Ina");
        w = app.window();
        robot.interact(() -> w.viewModel().openDocument(w.viewModel().documents().get(0).id()));
        robot.interact(() -> w.editor().area().requestFocus());
    }

    @AfterEach
    void stop() throws Exception {
        RunningApp.close(app);
    }

    @Test
    void ctrlShiftKOpensTheCodebookAndARenameByKeyboardReachesTheToolbar() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.K).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#codebook").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#codebook-labels").queryAs(ListView.class);
        assertSame(list, list.getScene().getFocusOwner(), "the list has the keys");
        robot.type(KeyCode.DOWN); // statistic
        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        TextField name = robot.lookup("#codebook-name").queryAs(TextField.class);
        assertSame(name, name.getScene().getFocusOwner(), "Alt+N reaches the name");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.F, KeyCode.I, KeyCode.G, KeyCode.U, KeyCode.R, KeyCode.E, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("2  figure", text("#label-button-figure"), "the toolbar shows the new name at once, with its key");
        assertEquals("figure", w.viewModel().labelForKey("2").orElseThrow().name());
        assertTrue(robot.lookup("#codebook-message").queryLabeled().getText().startsWith("Renamed to figure"));

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#codebook").tryQuery().isEmpty());
        assertEquals("2  figure", text("#label-button-figure"));
        assertEquals("claim", w.viewModel().labelOf(w.viewModel().annotations().get(0)).name(), "the tag of another label is untouched");
    }

    @Test
    void escapeInTheLabelListClosesTheCodebook() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.K).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#codebook").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#codebook-labels").queryAs(ListView.class);
        assertSame(list, list.getScene().getFocusOwner(), "the list has the keys");
        robot.type(KeyCode.ESCAPE); // a ListView keeps Esc for itself unless the dialog takes it first
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#codebook").tryQuery().isEmpty());
    }

    @Test
    void theLinksSectionOpensOnAClickAndListsTheLinkTypesWithTheirEnds() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.K).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#codebook").tryQuery().isPresent());
        javafx.scene.control.TitledPane links = robot.lookup("#codebook-links").queryAs(javafx.scene.control.TitledPane.class);
        robot.clickOn(links.lookup(".title"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, links::isExpanded);
        javafx.scene.control.TableView<?> table = robot.lookup("#codebook-link-table").queryAs(javafx.scene.control.TableView.class);
        assertEquals(2, table.getItems().size(), "supports and responds to");
        assertTrue(table.isVisible());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#codebook").tryQuery().isEmpty());
    }

    private String text(String query) {
        Node n = robot.lookup(query).query();
        return ((Button) n).getText();
    }
}
