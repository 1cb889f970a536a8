package org.newsmark.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.NewsmarkApp;
import org.newsmark.service.LinkCompareFixture;
import org.newsmark.ui.RunningApp;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The compare window on two analysts' links: the links table in the Agreement tab; on the Link
 * disagreements tab F8 selects a link and both its end tags in the panes, A accepts it into
 * consensus, Ctrl+Z takes it back.
 */
class LinkDisagreementsGuiTest {

    @TempDir
    Path dir;
    NewsmarkApp app;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        Path file = dir.resolve("links.newsmark");
        new LinkCompareFixture(file).session.close();
        app = RunningApp.launch(dir.resolve("home"), file.toString(), "--analyst", "Ann");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        RunningApp.close(app);
    }

    @Test
    void f8SelectsALinkWithBothEndsAAcceptsItCtrlZTakesItBack() {
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        CompareWindow view = robot.lookup("#compare-window").queryAs(CompareWindow.class);
        assertNotNull(view, "Ctrl+K opened the compare window");
        Window compare = view.getScene().getWindow();
        robot.targetWindow(compare);
        robot.interact(() -> ((Stage) compare).toFront());
        LinkDisagreementsViewModel links = view.viewModel().links();

        robot.clickOn("Agreement");
        TableView<?> table = robot.lookup("#link-agreement-table").queryTableView();
        assertEquals(3, table.getItems().size(), "all link types, responds to, supports");
        assertTrue(robot.lookup(".table-cell").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.Labeled l && "0.333".equals(l.getText())), "overall F1 shown");

        robot.clickOn("Link disagreements");
        ListView<?> list = robot.lookup("#link-disagreement-list").queryListView();
        assertEquals(4, list.getItems().size());
        robot.type(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, list.getSelectionModel().getSelectedIndex(), "F8 on this tab walks the links");
        assertEquals(view.paneA().area().getSelection(), view.paneB().area().getSelection(), "both panes show the same stretch");
        assertEquals(new javafx.scene.control.IndexRange(5, 19), view.paneA().area().getSelection(),
                "from the claim (5..9) to the statistic (15..19): both end tags");
        assertEquals(null, view.viewModel().selectedProperty().get(), "the span disagreements were not walked");

        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LinkDisagreementsViewModel.Status.IN_CONSENSUS, links.rows().get(0).status());
        assertEquals("1 of 4 settled", robot.lookup("#link-progress").queryLabeled().getText());
        assertTrue(robot.lookup(".list-cell").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.Labeled l && l.getGraphic() instanceof javafx.scene.control.Labeled g
                        && g.getText().equals("✓ in consensus")), "the row is marked");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LinkDisagreementsViewModel.Status.OPEN, links.rows().get(0).status(), "Ctrl+Z took it back");
    }
}
