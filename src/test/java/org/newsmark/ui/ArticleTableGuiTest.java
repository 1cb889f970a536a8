package org.newsmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.NewsmarkApp;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.ArticleStatus;
import org.newsmark.domain.Document;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.workbench.ArticleRow;
import org.newsmark.ui.workbench.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 16.3 and 16.4 on screen: typing in the filter, a status set by key, sorting by the date header. */
class ArticleTableGuiTest {

    @TempDir
    Path dir;
    Path file;
    NewsmarkApp app;
    MainWindow w;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        file = dir.resolve("t.newsmark");
        try (ProjectSession s = TestProjects.create(file)) {
            Document a = s.documents().add("Roads", "a.txt", "The mayor said 40% of roads are broken.").document();
            Document b = s.documents().add("Bridges", "b.txt", "A second article.").document();
            Document c = s.documents().add("Parks", "c.txt", "A third article.").document();
            s.metadata().set(a.id(), new ArticleMetadata("Le Monde", null, "2024-03-01", null, null, Map.of()));
            s.metadata().set(b.id(), new ArticleMetadata("Harbour Gazette", null, "2023-11-20", null, null, Map.of()));
            s.metadata().set(c.id(), new ArticleMetadata("Le Monde", null, "2024-01-15", null, null, Map.of()));
            s.analyst("Ina");
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

    private List<String> rows() {
        TableView<?> table = robot.lookup("#document-list").queryTableView();
        return table.getItems().stream().map(r -> ((ArticleRow) r).title()).toList();
    }

    @Test
    void typingFiltersAKeySetsTheStatusAndTheDateHeaderSorts() throws Exception {
        assertEquals(List.of("Roads", "Bridges", "Parks"), rows());
        robot.clickOn("#article-filter").write("monde");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Roads", "Parks"), rows(), "the outlet matched as typed");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, rows().size(), "Esc clears the filter");

        robot.clickOn("Bridges");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Bridges", w.viewModel().documentProperty().get().title(), "the row clicked is opened");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Ina: 1 of 3 done", robot.lookup("#article-progress").queryLabeled().getText());
        assertEquals(List.of("Done"), robot.lookup(".status-done").queryAllAs(javafx.scene.control.Labeled.class).stream()
                .map(javafx.scene.control.Labeled::getText).toList(), "the Status column says it");

        TableView<?> table = robot.lookup("#document-list").queryTableView();
        assertEquals(List.of("Title", "Status", "Tags"), table.getVisibleLeafColumns().stream().map(c -> c.getText()).toList(),
                "a narrow panel: title, status and tags only");
        robot.interact(() -> w.viewModel().layout().dragged(420.0, null));
        robot.interact(() -> ((javafx.stage.Stage) w.getScene().getWindow()).setWidth(1300));
        WaitForAsyncUtils.waitForFxEvents(3);
        assertEquals(List.of("Title", "Outlet", "Date", "Status", "Tags"),
                table.getVisibleLeafColumns().stream().map(c -> c.getText()).toList(), "a wide panel: every column");
        robot.clickOn("#column-date");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Bridges", "Parks", "Roads"), rows(), "oldest first");
        robot.clickOn("#column-date");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Roads", "Parks", "Bridges"), rows(), "newest first");
        assertEquals("Bridges", w.viewModel().documentProperty().get().title(), "sorting opens nothing else");

        RunningApp.close(app);
        app = null;
        try (ProjectSession reader = TestProjects.openReadOnly(file)) {
            long ina = reader.analysts().stream().filter(a -> a.name().equals("Ina")).findFirst().orElseThrow().id();
            long bridges = reader.documents().summaries(null).get(1).id();
            assertEquals(ArticleStatus.DONE, reader.statuses().of(bridges, ina), "saved");
        }
    }
}
