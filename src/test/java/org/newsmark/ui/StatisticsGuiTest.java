package org.newsmark.ui;

import static org.newsmark.ui.RunningApp.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.NewsmarkApp;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.StatisticsServiceTest;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.common.ImmediateTasks;
import org.newsmark.ui.common.ScriptedDialogs;
import org.newsmark.ui.statistics.StatisticsViewModel;
import org.newsmark.ui.statistics.StatisticsWindow;
import org.newsmark.ui.workbench.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 16.7 on the real window: Ctrl+Shift+G opens Statistics with bars in the labels' colours and the table; Export CSV writes the table, Export PNG the chart. */
class StatisticsGuiTest {

    @TempDir
    Path dir;
    Path file;
    NewsmarkApp app;
    MainWindow w;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        file = dir.resolve("stats.newsmark");
        try (ProjectSession s = TestProjects.create(file)) {
            StatisticsServiceTest.fill(s);
        }
        app = RunningApp.launch(dir.resolve("home"), file.toString(), "--analyst", "Ana");
        w = app.window();
        robot.interact(() -> w.viewModel().openDocument(w.viewModel().documents().get(0).id()));
        robot.interact(() -> w.editor().area().requestFocus());
    }

    @AfterEach
    void stop() throws Exception {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(x -> x.getScene() != null
                && x.getScene().getRoot().lookup("#statistics-table") != null).forEach(Window::hide));
        RunningApp.close(app);
    }

    /** The first fill of a region's background, as CSS made it. */
    private static Paint fill(Node node) {
        Background b = ((Region) node).getBackground();
        return b == null || b.getFills().isEmpty() ? null : b.getFills().get(0).getFill();
    }

    @Test
    void ctrlShiftGShowsBarsAndTheTableAndExportCsvWritesIt() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.G).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#statistics-table").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#statistics-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        BarChart<?, ?> bars = robot.lookup("#statistics-bars").queryAs(BarChart.class);
        assertEquals(2, bars.getData().size(), "a series per label");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(bars.lookupAll(".chart-bar").stream().anyMatch(Node::isVisible), "bars on screen");
        assertEquals(List.of(Color.web("#56B4E9"), Color.web("#E69F00")),
                onFx(() -> bars.getData().stream().map(series -> fill(series.getData().get(0).getNode())).toList()),
                "each label's bars in its codebook colour (statistic, then claim)");
        assertEquals(List.of("statistic " + Color.web("#56B4E9"), "claim " + Color.web("#E69F00")),
                onFx(() -> bars.lookupAll(".chart-legend-item").stream().map(javafx.scene.control.Label.class::cast)
                        .map(l -> l.getText() + " " + fill(l.getGraphic())).toList()), "and so in the legend");
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(x -> x.getScene() != null
                && x.getScene().getRoot().lookup("#statistics-table") != null).forEach(Window::hide));

        // the same window with scripted file choice (a native save dialog cannot be driven headless)
        Path out = dir.resolve("table.csv");
        Path png = dir.resolve("bars.png");
        ScriptedDialogs dialogs = new ScriptedDialogs().answer(out).answer(png);
        try (ProjectSession reader = TestProjects.openReadOnly(file)) {
            StatisticsViewModel vm = new StatisticsViewModel(reader.statistics(), List.of("Ana", "Ben"), new ImmediateTasks(), dialogs, dir);
            robot.interact(() -> StatisticsWindow.open(null, vm, "stats.newsmark", scene -> { }));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.rows().size() == 3);
            robot.clickOn((Button) robot.lookup("#statistics-export-csv").query());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(out));
            assertEquals(List.of("outlet,label,tags", "(no outlet),statistic,2", "Gazette,claim,4", "Gazette,statistic,1"),
                    Files.readAllLines(out));
            robot.clickOn((Button) robot.lookup("#statistics-export-png").query());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(png));
            byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(png), 8);
            assertEquals("\u0089PNG\r\n\u001a\n", new String(head, java.nio.charset.StandardCharsets.ISO_8859_1), "a PNG file");
            assertEquals(List.of(), dialogs.errors);
        }
    }
}
