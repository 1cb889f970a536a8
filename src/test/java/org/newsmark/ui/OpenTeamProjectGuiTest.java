package org.newsmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.ProjectSessions;
import org.newsmark.service.TestProjects;
import org.newsmark.storage.SqliteProjectStores;
import org.newsmark.ui.common.FxDialogService;
import org.newsmark.ui.common.FxTaskRunner;
import org.newsmark.ui.preferences.PreferencesViewModel;
import org.newsmark.ui.preferences.Settings;
import org.newsmark.ui.team.FakeServer;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Open Team Project… on the real window, over a fake server (a project file behind a
 * password): the shell is built as NewsmarkApp builds it, with that server wired in.
 */
class OpenTeamProjectGuiTest {

    @TempDir
    Path dir;
    Shell shell;
    Stage stage;
    final FxRobot robot = new FxRobot();

    @AfterEach
    void stop() throws Exception {
        if (shell != null) {
            robot.interact(shell::close);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void ctrlShiftOAsksTheAddressSaysWhatIsWrongAndOpensTheProjectAfterThePassword() throws Exception {
        Path team = dir.resolve("team.newsmark");
        try (ProjectSession s = TestProjects.create(team)) {
            s.documents().add("Council budget", "c.txt", "Council budget\n\nThe council cut the budget.");
        }
        FakeServer server = new FakeServer(team, "secret");
        launch(new ProjectSessions(new SqliteProjectStores(), server), dir.resolve("own.newsmark").toString(), "--analyst", "Tess");
        robot.interact(() -> shell.window().editor().area().requestFocus());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.O).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#open-team-project").tryQuery().isPresent());
        TextField field = robot.lookup("#team-address").queryAs(TextField.class);
        Label problem = robot.lookup("#team-address-problem").queryAs(Label.class);
        Button open = robot.lookup("#team-open").queryButton();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, field::isFocused);
        assertEquals("postgresql://you@server/study", field.getPromptText());
        assertTrue(open.isDisabled(), "nothing typed yet");
        robot.targetWindow(field.getScene().getWindow()); // write() types into the target window's scene

        robot.write("postgresql://tess:secret@db.example.org/study");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(problem.getText().startsWith("a password does not belong in the address"), "[" + field.getText() + "] " + problem.getText());
        assertTrue(open.isDisabled());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#open-team-project").tryQuery().isPresent(), "Enter does nothing while the address is wrong");

        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("postgresql://tess@db.example.org/study");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", problem.getText());
        assertFalse(open.isDisabled());
        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#password-question").tryQuery().isPresent());
        assertTrue(robot.lookup("#password-question").queryAs(javafx.scene.control.DialogPane.class).getHeaderText()
                .contains("tess's password for study on db.example.org"));
        robot.targetWindow(robot.lookup("#password").query().getScene().getWindow());
        robot.write("secret").type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().equals("Newsmark — study on db.example.org"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Arrays.asList(null, "secret"), server.tries);
        assertEquals("Council budget", shell.window().viewModel().documentProperty().get().title(), "the team project is shown");
        assertEquals(Optional.of("postgresql://tess@db.example.org/study"), Settings.load().lastServerAddress());
    }

    /** As RunningApp.launch, with {@code projects} in place of the app's wiring. */
    private void launch(ProjectSessions projects, String... args) throws Exception {
        System.setProperty("newsmark.home", dir.resolve("home").toString());
        stage = FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            Settings settings = Settings.load();
            shell = new Shell(stage, new ShellViewModel(projects, settings, new PreferencesViewModel(settings),
                    new FxTaskRunner(() -> stage), new FxDialogService(() -> stage)));
            shell.start(List.of(args));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shell.window() != null);
    }
}
