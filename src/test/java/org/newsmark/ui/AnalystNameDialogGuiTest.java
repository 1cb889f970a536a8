package org.newsmark.ui;

import org.newsmark.app.NewsmarkApp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The "Who is tagging?" dialog takes only names domain.Names accepts: OK is disabled and the reason shown. */
class AnalystNameDialogGuiTest {

    @TempDir
    Path dir;
    NewsmarkApp app;
    final FxRobot robot = new FxRobot();

    @AfterEach
    void stop() throws Exception {
        RunningApp.close(app);
    }

    @Test
    void okStaysDisabledForARefusedNameAndTheNameIsStripped() throws Exception {
        app = RunningApp.launch(dir.resolve("home"), dir.resolve("p.newsmark").toString());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        TextField field = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        Button ok = (Button) pane.lookupButton(ButtonType.OK);

        robot.interact(() -> field.setText("Ana\u202Exela"));
        assertTrue(ok.isDisabled(), "OK is disabled for a right-to-left override");
        assertTrue(pane.getHeaderText().contains("\"Ana<U+202E>xela\" holds the invisible character U+202E"),
                pane.getHeaderText());
        robot.interact(() -> field.setText("Ana\u0007"));
        assertEquals("Ana", field.getText(), "a TextField drops control characters itself");
        robot.interact(() -> field.setText("x".repeat(201)));
        assertTrue(ok.isDisabled(), "OK is disabled for 201 characters");
        robot.interact(() -> field.setText("   "));
        assertTrue(ok.isDisabled(), "OK is disabled for a blank name");

        robot.interact(() -> field.setText("  Ana\u00A0"));
        assertFalse(ok.isDisabled());
        assertFalse(pane.getHeaderText().contains("holds"), pane.getHeaderText());
        robot.interact(ok::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.window() != null);
        robot.interact(() -> assertEquals("Ana", app.window().viewModel().analystProperty().get().name()));
    }
}
