package org.newsmark.ui;

import org.newsmark.app.NewsmarkApp;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Binary and empty articles, and files that are not projects: a dialog names the problem, nothing changes. */
class BadInputGuiTest {

    @TempDir
    Path dir;
    NewsmarkApp app;
    final FxRobot robot = new FxRobot();

    @AfterEach
    void stop() throws Exception {
        RunningApp.close(app);
    }

    private void launch(String... args) throws Exception {
        app = RunningApp.launch(dir.resolve("home"), args);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String dialogText() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        return pane.getHeaderText() + "\n" + pane.getContentText();
    }

    @Test
    void binaryAndEmptyArticlesAreRefusedByName() throws Exception {
        Path png = dir.resolve("photo.txt");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "  \n\n ");
        launch(dir.resolve("p.newsmark").toString(), "--analyst", "Tess", "--import", png.toString(), "--import", empty.toString());
        String text = dialogText();
        assertTrue(text.contains("photo.txt") && text.contains("binary"), text);
        assertTrue(text.contains("empty.txt"), text);
        robot.interact(() -> assertEquals(0, app.window().viewModel().documents().size()));
    }

    @Test
    void aFileThatIsNotAProjectIsRefusedAndLeftAlone() throws Exception {
        Path fake = dir.resolve("notes.newsmark");
        byte[] content = "just some notes, not a project".getBytes();
        Files.write(fake, content);
        launch(fake.toString(), "--analyst", "Tess");
        String text = dialogText();
        assertTrue(text.contains("notes.newsmark") && text.contains("not a Newsmark project"), text);
        robot.interact(() -> robot.lookup(".dialog-pane .button").queryButton().fire());
        assertArrayEquals(content, Files.readAllBytes(fake));
        assertEquals(List.of("notes.newsmark"), Files.list(dir).map(p -> p.getFileName().toString())
                .filter(n -> n.startsWith("notes")).toList(), "no side files");
    }

    @Test
    void aFileThatIsNotUtf8AsksForItsEncodingInsteadOfGuessing() throws Exception {
        Path cp1252 = dir.resolve("legacy.txt");
        Files.write(cp1252, "Café prices rise – “quoted”\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
        launch(dir.resolve("enc.newsmark").toString(), "--analyst", "Tess", "--import", cp1252.toString());
        String text = dialogText();
        assertTrue(text.contains("legacy.txt is not valid UTF-8"), text);
        robot.interact(() -> assertEquals(0, app.window().viewModel().documents().size(), "nothing imported before the answer"));
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup(".dialog-pane").queryAs(DialogPane.class)
                .lookupButton(javafx.scene.control.ButtonType.OK)).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.window().viewModel().documentProperty().get() != null);
        robot.interact(() -> assertEquals("Café prices rise – “quoted”\n", app.window().viewModel().documentProperty().get().text()));
    }
}
