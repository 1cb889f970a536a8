package org.newsmark.ui;

import org.newsmark.app.NewsmarkApp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.service.port.ProjectStore;
import org.newsmark.storage.SqliteProjectStores;
import org.newsmark.ui.workbench.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window headless (Monocle): import, keyboard selection, keys 1–4, undo, reopen. */
class TaggingGuiTest {

    private static final String ARTICLE = "Council doubles bridge budget\n\nThe council said repairs will cost 48 million euros.\n";

    @TempDir
    Path dir;
    Path projectFile;
    NewsmarkApp app;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        projectFile = dir.resolve("gui.newsmark");
        Path article = dir.resolve("bridge.txt");
        Files.writeString(article, ARTICLE.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        app = RunningApp.launch(dir.resolve("home"), projectFile.toString(), "--import", article.toString(), "--analyst", "Tess");
        // the import runs in the background; the article opens when it is done
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> app.window() != null && !app.window().editor().area().getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        RunningApp.close(app);
    }

    @Test
    void keyboardSelectionAndKeyOneMakeAClaimThatSurvivesReopening() throws Exception {
        MainWindow w = app.window();
        var area = w.editor().area();
        assertSame(area, area.getScene().getFocusOwner(), "the article has the keyboard focus");
        assertEquals(0, area.getCaretPosition(), "the caret starts at the beginning");
        assertEquals(ARTICLE, area.getText(), "CRLF became LF on import");

        robot.press(KeyCode.SHIFT).press(KeyCode.END).release(KeyCode.END).release(KeyCode.SHIFT);
        robot.type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, w.viewModel().annotations().size());
        assertTrue(robot.lookup("#annotation-table").queryTableView().getItems().size() == 1, "the table shows the tag");

        FxToolkit.cleanupApplication(app);
        app = null;
        try (ProjectStore p = new SqliteProjectStores().open(projectFile)) {
            Document d = p.documents().summaries(null).stream().findFirst()
                    .flatMap(s -> p.documents().find(s.id())).orElseThrow();
            List<Annotation> tags = p.annotations().forDocument(d.id(), null);
            assertEquals(1, tags.size());
            Annotation a = tags.get(0);
            assertEquals("claim", p.labels().all().stream().filter(l -> l.id() == a.labelId()).findFirst().orElseThrow().name());
            assertEquals(0, a.begin());
            assertEquals("Council doubles bridge budget".length(), a.end());
            assertEquals("Council doubles bridge budget", a.span().textOf(d.text()));
            assertEquals("Tess", p.analysts().all().get(0).name());
        }
    }

    @Test
    void eachEditRestylesTheTextOnceAndSelectingNeverRestyles() {
        MainWindow w = app.window();
        var vm = w.viewModel();
        var editor = w.editor();
        robot.press(KeyCode.SHIFT).press(KeyCode.END).release(KeyCode.END).release(KeyCode.SHIFT);
        long before = editor.restyleCount();
        robot.type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, vm.annotations().size());
        assertEquals(before + 1, editor.restyleCount(), "tagging a span restyles once");

        var tag = vm.annotations().get(0);
        long selected = editor.restyleCount();
        robot.interact(() -> vm.selectedProperty().set(null));
        robot.interact(() -> vm.selectedProperty().set(tag));
        assertEquals(selected, editor.restyleCount(), "selecting and deselecting draw an outline over the text, no restyle");

        robot.type(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("statistic", vm.labelOf(vm.annotations().get(0)).name());
        assertEquals(selected + 1, editor.restyleCount(), "a relabel restyles once");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("claim", vm.labelOf(vm.annotations().get(0)).name());
        assertEquals(selected + 2, editor.restyleCount(), "an undo restyles once");
        assertEquals(vm.annotations(), robot.lookup("#annotation-table").queryTableView().getItems().stream().toList(),
                "the table shows the same list the editor draws");
    }

    @Test
    void undoRedoAndOverlappingTagsOfTwoLabels() {
        MainWindow w = app.window();
        var vm = w.viewModel();
        // select "The council said repairs will cost 48 million euros." (third line) with the keyboard
        robot.type(KeyCode.DOWN, 2);
        robot.press(KeyCode.SHIFT).press(KeyCode.END).release(KeyCode.END).release(KeyCode.SHIFT);
        robot.type(KeyCode.DIGIT1);
        // now "48 million euros" inside it, as a statistic: Ctrl+Shift+Left word by word from the end
        robot.type(KeyCode.END);
        robot.type(KeyCode.LEFT);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.LEFT, 3).release(KeyCode.SHIFT, KeyCode.CONTROL);
        robot.type(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, vm.annotations().size());
        String text = vm.documentProperty().get().text();
        List<String> spans = vm.annotations().stream().map(a -> a.span().textOf(text)).toList();
        assertTrue(spans.contains("The council said repairs will cost 48 million euros."), spans.toString());
        assertTrue(spans.contains("48 million euros"), spans.toString());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, vm.annotations().size(), "undo removed the statistic");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, vm.annotations().size(), "Ctrl+Shift+Z redid it");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, vm.annotations().size(), "Ctrl+Y redid it");

        // the statistic is selected after redo: key 4 changes its label, Delete removes it
        robot.type(KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.annotations().stream().anyMatch(a -> vm.labelOf(a).name().equals("framing")));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, vm.annotations().size());
        assertEquals("claim", vm.labelOf(vm.annotations().get(0)).name());
    }
}
