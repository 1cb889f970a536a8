package org.newsmark.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.agreement.OutcomeKind;
import org.newsmark.service.TwoAnalystFixture;
import org.newsmark.app.NewsmarkApp;
import org.newsmark.ui.RunningApp;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opens View › Compare Analysts with Ctrl+K on a two-analyst project, walks with F8, accepts A's span. */
class CompareGuiTest {

    @TempDir
    Path dir;
    NewsmarkApp app;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        Path file = dir.resolve("two.newsmark");
        new TwoAnalystFixture(file).session.close();
        app = RunningApp.launch(dir.resolve("home"), file.toString(), "--analyst", "Ann");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        RunningApp.close(app);
    }

    @Test
    void f8SelectsTheDisagreementInBothPanesAndAcceptAWritesConsensus() {
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        CompareWindow view = robot.lookup("#compare-window").queryAs(CompareWindow.class);
        assertNotNull(view, "Ctrl+K opened the compare window");
        ComparisonViewModel vm = view.viewModel();
        assertEquals("Ann", vm.analystAProperty().get().name());
        assertEquals("Ben", vm.analystBProperty().get().name());
        assertEquals(3, vm.disagreements().size(), "boundary, label conflict, only B");

        Window compare = view.getScene().getWindow();
        robot.targetWindow(compare);
        robot.interact(() -> ((Stage) compare).toFront());
        robot.clickOn("#disagreement-list");
        robot.type(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        var first = vm.selectedProperty().get();
        assertNotNull(first);
        assertEquals(OutcomeKind.BOUNDARY, first.pair().kind());
        assertEquals(first, view.list().getSelectionModel().getSelectedItem());
        assertEquals("Angela Merkel", view.paneA().area().getSelectedText());
        assertEquals("Merkel", view.paneB().area().getSelectedText());

        robot.type(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(OutcomeKind.LABEL_CONFLICT, vm.selectedProperty().get().pair().kind());
        robot.press(KeyCode.SHIFT).type(KeyCode.F8).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first, vm.selectedProperty().get(), "Shift+F8 goes back");

        robot.clickOn("#accept-a");
        WaitForAsyncUtils.waitForFxEvents();
        var doc = vm.shownDocumentProperty().get();
        assertEquals(1, vm.consensusTags(doc).size(), "the consensus layer gained A's span");
        assertEquals(0, vm.consensusTags(doc).get(0).begin());
        assertEquals(13, vm.consensusTags(doc).get(0).end());
        assertTrue(vm.isDecided(first));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, vm.consensusTags(doc).size(), "Ctrl+Z in the compare view undid it");
    }
}
