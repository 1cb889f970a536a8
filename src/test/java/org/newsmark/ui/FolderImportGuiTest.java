package org.newsmark.ui;

import static org.newsmark.ui.RunningApp.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.NewsmarkApp;
import org.newsmark.ui.transfer.FolderImportViewModel;
import org.newsmark.ui.workbench.ArticleRow;
import org.newsmark.ui.workbench.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Import Folder… on the real window, from the folder chosen on: the folder read in the
 * background, the preview as a dialog, the choice made there, the articles in the article table.
 * The folder chooser is the operating system's and cannot be driven headless; the test answers it
 * by handing the folder to {@link FolderImportViewModel#importFolder}, which is what the menu
 * item does with the chooser's answer.
 */
class FolderImportGuiTest {

    @TempDir
    Path dir;
    Path corpus;
    NewsmarkApp app;
    MainWindow w;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        corpus = dir.resolve("corpus");
        Files.createDirectories(corpus.resolve("feb"));
        Files.writeString(corpus.resolve("a.txt"), "Bridge closes\n\nThe mayor said the bridge will close.");
        Files.writeString(corpus.resolve("feb/b.txt"), "Council votes\n\nThe council voted on Tuesday.");
        Files.writeString(corpus.resolve("feb/b-copy.txt"), "Council votes\n\nThe council voted on Tuesday.");
        Files.writeString(corpus.resolve("feb/c.html"), "<html><head><title>Park opens</title></head><body><p>A park opens.</p></body></html>");
        app = RunningApp.launch(dir.resolve("home"), dir.resolve("p.newsmark").toString(), "--analyst", "Tess");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.window() != null);
        w = app.window();
    }

    @AfterEach
    void stop() throws Exception {
        RunningApp.close(app);
    }

    private DialogPane preview() throws Exception {
        robot.interact(() -> w.viewModel().folderImport().importFolder(corpus));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    @SuppressWarnings("unchecked")
    private List<String> choices(DialogPane pane) {
        return onFx(() -> List.copyOf(((ComboBox<String>) pane.lookup(".combo-box")).getItems()));
    }

    @SuppressWarnings("unchecked")
    private void choose(DialogPane pane, String choice) {
        robot.interact(() -> ((ComboBox<String>) pane.lookup(".combo-box")).getSelectionModel().select(choice));
        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.OK)).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> tableRows() {
        return onFx(() -> {
            TableView<?> table = robot.lookup("#document-list").queryTableView();
            return table.getItems().stream().map(r -> ((ArticleRow) r).title() + " / " + ((ArticleRow) r).outlet()).toList();
        });
    }

    @Test
    void thePreviewIsShownAndAddThemPutsTheArticlesInTheTable() throws Exception {
        Files.writeString(corpus.resolve("manifest.csv"), "path,outlet\nfeb/b.txt,Riverside Weekly\n");
        DialogPane pane = preview();
        String header = onFx(pane::getHeaderText);
        assertTrue(header.startsWith("3 articles to add; metadata from manifest.csv for 1 of 3 articles; 1 skipped (1 copy)."), header);
        assertTrue(header.contains("feb/b.txt \u2014 a copy of feb/b-copy.txt; its row, manifest.csv line 2, gives that article its"
                + " metadata"), header);
        assertEquals(List.of(FolderImportViewModel.ADD), choices(pane), "every file can be read: one answer");
        assertEquals(List.of(), tableRows(), "nothing added before the answer");
        choose(pane, FolderImportViewModel.ADD);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tableRows().size() == 3);
        assertEquals(List.of("Bridge closes / null", "Council votes / Riverside Weekly", "Park opens / null"), tableRows(),
                "in path order; the copy's row gave the article its outlet");
        assertEquals("Imported 3 article(s) from corpus (metadata from manifest.csv for 1); 1 skipped.",
                onFx(() -> robot.lookup("#status-message").queryLabeled().getText()));
    }

    @Test
    void anUnreadableFileOffersTheTwoChoicesAndAddNothingLeavesTheProjectAsItWas() throws Exception {
        Files.write(corpus.resolve("feb/photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        DialogPane pane = preview();
        String header = onFx(pane::getHeaderText);
        assertTrue(header.contains("1 cannot be read") && header.contains("Cannot be read:\n  feb/photo.txt"), header);
        assertEquals(List.of(FolderImportViewModel.EACH_FILE, FolderImportViewModel.ALL_OR_NOTHING), choices(pane));
        choose(pane, FolderImportViewModel.ALL_OR_NOTHING);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), tableRows());
        assertEquals(0, onFx(() -> w.viewModel().documents().size()));
        assertEquals("Nothing imported from corpus: 1 file cannot be read, and all or nothing was chosen.",
                onFx(() -> robot.lookup("#status-message").queryLabeled().getText()));
    }
}
