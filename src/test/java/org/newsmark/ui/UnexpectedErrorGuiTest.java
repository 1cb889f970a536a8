package org.newsmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.NewsmarkApp;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A failure nobody foresaw becomes a dialog in plain words and a line in the log file, never a stack trace on the console. */
class UnexpectedErrorGuiTest {

    @TempDir
    Path dir;
    NewsmarkApp app;
    final FxRobot robot = new FxRobot();
    final PrintStream stderr = System.err;

    @AfterEach
    void stop() throws Exception {
        System.setErr(stderr);
        Thread.setDefaultUncaughtExceptionHandler(null);
        RunningApp.close(app);
    }

    @Test
    void anExceptionOnTheJavaFxThreadShowsADialogAndGoesToTheLogNotTheConsole() throws Exception {
        Path home = dir.resolve("home");
        app = RunningApp.launch(home, dir.resolve("p.newsmark").toString(), "--analyst", "Tess");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.window() != null);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        Platform.runLater(() -> {
            throw new IllegalStateException("the tag table lost its place");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> errorDialog() != null);
        DialogPane pane = errorDialog();
        assertEquals("Something went wrong", pane.getHeaderText());
        assertTrue(pane.getContentText().contains("the tag table lost its place"), pane.getContentText());
        assertTrue(pane.getContentText().contains("safe in the project file"), pane.getContentText());
        Path log = home.resolve(".newsmark").resolve("newsmark.log");
        assertTrue(Files.readString(log).contains("java.lang.IllegalStateException: the tag table lost its place"));
        assertFalse(console.toString(StandardCharsets.UTF_8).contains("IllegalStateException"), console.toString());
        robot.interact(() -> ((javafx.stage.Stage) pane.getScene().getWindow()).close());
    }

    private static DialogPane errorDialog() {
        for (Window w : Window.getWindows()) {
            if (w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane
                    && "Something went wrong".equals(pane.getHeaderText())) {
                return pane;
            }
        }
        return null;
    }
}
