package org.newsmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.NewsmarkApp;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.ui.workbench.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Importing articles from the menu changed the article list from the background thread (a
 * service listener refreshed it there), so new rows showed blank or vanished. Every change of
 * what the window shows now happens on the JavaFX thread.
 */
class ImportOnTheUiThreadGuiTest {

    @TempDir
    Path dir;
    NewsmarkApp app;
    final FxRobot robot = new FxRobot();

    @AfterEach
    void stop() throws Exception {
        RunningApp.close(app);
    }

    @Test
    void importedArticlesReachTheArticleListOnTheJavaFxThreadOnly() throws Exception {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.writeString(a, "First headline\n\nSome words about a council.");
        Files.writeString(b, "Second headline\n\nOther words about a bridge.");
        app = RunningApp.launch(dir.resolve("home"), dir.resolve("p.newsmark").toString(), "--analyst", "Tess");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.window() != null);
        MainWindow w = app.window();
        List<String> offThread = new CopyOnWriteArrayList<>();
        List<Boolean> changes = new CopyOnWriteArrayList<>();
        robot.interact(() -> w.viewModel().documents().addListener((ListChangeListener<DocumentSummary>) c -> {
            changes.add(true);
            if (!Platform.isFxApplicationThread()) {
                offThread.add(Thread.currentThread().getName());
            }
        }));
        robot.interact(() -> w.viewModel().articleImport().importFiles(List.of(a, b)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> w.viewModel().documents().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(changes.isEmpty());
        assertEquals(List.of(), offThread, "the article list was changed from another thread");
        assertEquals(List.of("First headline", "Second headline"),
                w.viewModel().documents().stream().map(DocumentSummary::title).toList());
        var list = robot.lookup("#document-list").queryTableView();
        assertEquals(2, list.getItems().size(), "both rows are in the list the window shows");
        assertTrue(w.viewModel().documentProperty().get().title().equals("Second headline"), "the last one is open");
    }
}
