package org.newsmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.NewsmarkApp;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Document;
import org.newsmark.domain.Source;
import org.newsmark.domain.SourceKind;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.workbench.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 15.3 on the real window: Ctrl+Shift+S opens the Sources view; Enter on a quote opens its article with the tag selected. */
class SourcesGuiTest {

    @TempDir
    Path dir;
    NewsmarkApp app;
    MainWindow w;
    long quoted;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        Path file = dir.resolve("sources.newsmark");
        try (ProjectSession s = TestProjects.create(file)) {
            s.documents().add("First", "a.txt", "Nothing is quoted in this one.");
            Document d = s.documents().add("Second", "b.txt", "Prices rose. \"We will act,\" said Ilse Marten.").document();
            Source marten = s.sources().create("Ilse Marten", SourceKind.NAMED_PERSON, "mayor", "");
            var label = s.codebook().codebook().label("attributed opinion").orElseThrow();
            long speaker = s.codebook().codebook().attributes().stream().filter(a -> a.name().equals("speaker")).findFirst().orElseThrow().id();
            var tag = s.annotations().tag(d, s.analyst("Ina"), label, new Span(14, 26));
            quoted = s.annotations().setAttributes(tag, AttributeValues.EMPTY.with(speaker, List.of(marten.valueId()))).id();
        }
        app = RunningApp.launch(dir.resolve("home"), file.toString(), "--analyst", "Ina");
        w = app.window();
        robot.interact(() -> w.viewModel().openDocument(w.viewModel().documents().get(0).id()));
        robot.interact(() -> w.editor().area().requestFocus());
    }

    @AfterEach
    void stop() throws Exception {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(x -> x.getScene() != null
                && x.getScene().getRoot().lookup("#sources-table") != null).forEach(Window::hide));
        RunningApp.close(app);
    }

    @Test
    void ctrlShiftSOpensTheSourcesAndEnterOnAQuoteOpensItsArticleWithTheTagSelected() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.S).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#sources-table").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#sources-table").queryAs(TableView.class);
        assertEquals(1, table.getItems().size());
        robot.interact(() -> table.getSelectionModel().select(0));
        ListView<?> quotes = robot.lookup("#sources-quotes").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> quotes.getItems().size() == 1);
        robot.interact(() -> {
            quotes.requestFocus();
            quotes.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Second", w.viewModel().documentProperty().get().title(), "the quote's article is open");
        assertEquals(quoted, w.viewModel().selectedProperty().get().id(), "with the quoted tag selected");
    }
}
