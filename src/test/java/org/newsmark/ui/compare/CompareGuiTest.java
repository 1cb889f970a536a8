package org.newsmark.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.text.Text;
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

/**
 * Opens View › Compare Analysts with Ctrl+K on a two-analyst project, walks with F8, accepts A's span;
 * decides with the keys shown on the buttons; copies the agreement table with Ctrl+C and checks it
 * reads in full at the window's default size.
 */
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

    CompareWindow openCompare() {
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        CompareWindow view = robot.lookup("#compare-window").queryAs(CompareWindow.class);
        assertNotNull(view, "Ctrl+K opened the compare window");
        Window compare = view.getScene().getWindow();
        robot.targetWindow(compare);
        robot.interact(() -> ((Stage) compare).toFront());
        return view;
    }

    @Test
    void theKeysOnTheButtonsDecideAndMoveOn() {
        CompareWindow view = openCompare();
        ComparisonViewModel vm = view.viewModel();
        assertTrue(robot.lookup("#accept-a").queryButton().getText().contains("(A)"), "the key is on the button");
        assertTrue(robot.lookup("#accept-b").queryButton().getText().contains("(B)"));
        assertTrue(robot.lookup("#accept-both").queryButton().getText().contains("(Shift+B)"));
        assertTrue(robot.lookup("#reject").queryButton().getText().contains("(R)"));
        robot.clickOn("#disagreement-list");
        robot.type(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        var doc = vm.shownDocumentProperty().get();
        var boundary = vm.selectedProperty().get();
        assertEquals(OutcomeKind.BOUNDARY, boundary.pair().kind());

        robot.type(KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("[7,13)"), spans(vm, doc), "B accepted Ben's Merkel");
        assertTrue(vm.isDecided(boundary));
        assertEquals(OutcomeKind.LABEL_CONFLICT, vm.selectedProperty().get().pair().kind(), "and moved on");

        robot.press(KeyCode.SHIFT).type(KeyCode.B).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("[7,13)", "[28,33)", "[28,33)"), spans(vm, doc), "Shift+B accepted both labels of Paris");
        assertEquals(OutcomeKind.ONLY_B, vm.selectedProperty().get().pair().kind());

        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, spans(vm, doc).size(), "R rejected: nothing written");
        assertEquals(3, vm.decidedCountProperty().get());
        assertTrue(robot.lookup("#compare-progress").queryLabeled().getText().contains("3 of 3 decided"),
                robot.lookup("#compare-progress").queryLabeled().getText());

        assertEquals(boundary, vm.selectedProperty().get(), "all decided: on to the next, round to the first");
        robot.press(KeyCode.SHIFT).type(KeyCode.F8).release(KeyCode.SHIFT);
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, spans(vm, doc).size(), "A on a span only B marked is refused");
        assertTrue(robot.lookup("#compare-message").queryLabeled().getText().contains("nothing"),
                robot.lookup("#compare-message").queryLabeled().getText());
    }

    private static List<String> spans(ComparisonViewModel vm, org.newsmark.domain.Document doc) {
        return vm.consensusTags(doc).stream().map(a -> a.span().toString()).toList();
    }

    @Test
    void ctrlCCopiesTheAgreementTableAsTabSeparatedText() {
        openCompare();
        robot.clickOn("Agreement");
        TableView<?> table = robot.lookup("#agreement-table").queryTableView();
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.clickOn(table);
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String[] holder = new String[1];
        robot.interact(() -> holder[0] = Clipboard.getSystemClipboard().getString());
        String copied = holder[0];
        assertNotNull(copied, "Ctrl+C put the table on the clipboard");
        List<String> lines = copied.lines().toList();
        assertEquals(table.getColumns().size(), lines.get(0).split("\t").length, "a header cell per column: " + lines.get(0));
        assertEquals(table.getItems().size() + 1, lines.size(), "the header and every row");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("all docs\tall labels\t0.286\t0.571\t")), copied);
    }

    @Test
    void ctrlCCopiesTheAttributesTableOnItsOwn() {
        openCompare();
        robot.clickOn("Agreement");
        TableView<?> table = robot.lookup("#attribute-agreement-table").queryTableView();
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.interact(() -> table.scrollTo(0));
        robot.clickOn(table);
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String[] holder = new String[1];
        robot.interact(() -> holder[0] = Clipboard.getSystemClipboard().getString());
        assertNotNull(holder[0], "Ctrl+C put the attributes table on the clipboard");
        List<String> lines = holder[0].lines().toList();
        assertEquals("Scope\tKind\tName\tUnits\tAgree\tα", lines.get(0), "this table, not the first one");
        assertEquals(table.getItems().size() + 1, lines.size(), "the header and every row");
        assertTrue(lines.contains("all docs\tarticle code\ttone\t0\tn/a\tn/a"), holder[0]);
    }

    @Test
    void theAgreementTableReadsInFullAtTheDefaultSize() {
        openCompare();
        robot.clickOn("Agreement");
        TableView<?> table = robot.lookup("#agreement-table").queryTableView();
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = new ArrayList<>();
        for (Node n : table.lookupAll(".column-header .label")) {
            Labeled l = (Labeled) n;
            Text shown = (Text) l.lookup(".text");
            if (l.getText() != null && !l.getText().isEmpty() && shown != null && !shown.getText().equals(l.getText())) cut.add("header " + l.getText() + " → " + shown.getText());
        }
        for (Node n : table.lookupAll(".table-cell")) {
            Labeled cell = (Labeled) n;
            Text shown = (Text) cell.lookup(".text");
            if (cell.getText() != null && shown != null && !shown.getText().equals(cell.getText())) {
                cut.add("cell " + cell.getText() + " → " + shown.getText());
            }
        }
        assertTrue(cut.isEmpty(), "nothing is cut short: " + cut + "; widths " + table.getColumns().stream()
                .map(c -> c.getWidth()).toList() + " in " + table.getWidth());
        double columns = table.getColumns().stream().mapToDouble(c -> c.getWidth()).sum();
        assertTrue(columns <= table.getWidth(), "the columns fit the table's width (" + columns + " > " + table.getWidth() + ")");
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
