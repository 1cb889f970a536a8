package org.newsmark.ui;

import static org.newsmark.ui.RunningApp.onFx;
import org.newsmark.app.NewsmarkApp;
import org.newsmark.service.TestProjects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.ui.workbench.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Clicking tags, the table, the toolbar, the note, paste as new article, the document list. */
class WorkingWithTagsGuiTest {

    static final String TEXT = "Officials said unemployment fell to 4.2 percent in March.\n\nCritics called the figure a mirage.";

    @TempDir
    Path dir;
    NewsmarkApp app;
    MainWindow w;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        Path file = dir.resolve("w.newsmark");
        try (ProjectSession s = TestProjects.create(file)) {
            Document d = s.documents().add("Officials said", "o.txt", TEXT).document();
            s.annotations().tag(d, s.analyst("Ina"), s.labels().get(0), new Span(0, 57));
            s.annotations().tag(d, s.analyst("Ina"), s.labels().get(1), new Span(36, 47));
            s.documents().add("Second article", "s.txt", "Another text entirely.");
        }
        app = RunningApp.launch(dir.resolve("home"), file.toString(), "--analyst", "Ina");
        WaitForAsyncUtils.waitForFxEvents();
        w = app.window();
        robot.interact(() -> w.viewModel().openDocument(w.viewModel().documents().get(0).id()));
    }

    @AfterEach
    void stop() throws Exception {
        RunningApp.close(app);
    }

    private void clickCharacter(int offset) {
        var area = w.editor().area();
        Bounds b = onFx(() -> area.getCharacterBoundsOnScreen(offset, offset + 1).orElseThrow());
        robot.moveTo(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void clickingATagSelectsItAndOverlapsOfferAChoice() {
        var vm = w.viewModel();
        clickCharacter(5); // only the claim covers "Officials"
        assertNotNull(vm.selectedProperty().get());
        assertEquals("claim", vm.labelOf(vm.selectedProperty().get()).name());
        TableView<?> table = robot.lookup("#annotation-table").queryTableView();
        assertEquals(vm.selectedProperty().get(), table.getSelectionModel().getSelectedItem(), "the table follows");

        clickCharacter(38); // "4.2 percent": claim and statistic
        assertTrue(robot.lookup("#choose-tag").tryQuery().isPresent() || robot.lookup(".context-menu").tryQuery().isPresent(),
                "a menu offers both tags");
        robot.type(KeyCode.ESCAPE);
        clickCharacter(70); // untagged text clears the selection
        assertNull(vm.selectedProperty().get());
    }

    @Test
    void aTagSelectedInTheTextIsTheRowSelectedWhateverTheTablesSortAndFilter() {
        var vm = w.viewModel();
        robot.interact(() -> w.editor().area().selectRange(59, 66)); // "Critics"
        robot.clickOn("#label-button-framing");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<Annotation> table = (TableView<Annotation>) (TableView<?>) robot.lookup("#annotation-table").queryTableView();
        robot.interact(() -> { // the "At" column from last to first: the rows in the opposite order to the list
            var at = table.getColumns().get(0);
            at.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(java.util.List.of(at));
        });
        for (Annotation a : vm.annotations()) {
            robot.interact(() -> vm.selectedProperty().set(null));
            robot.interact(() -> vm.selectedProperty().set(a));
            assertEquals(a.id(), table.getSelectionModel().getSelectedItem().id(), "row of " + a.span());
        }
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<org.newsmark.domain.Label> filter =
                    (javafx.scene.control.ComboBox<org.newsmark.domain.Label>) robot.lookup("#label-filter").query();
            filter.getSelectionModel().select(4); // framing: the other two rows are filtered out
        });
        Annotation framing = vm.annotations().stream().filter(a -> vm.labelOf(a).name().equals("framing")).findFirst().orElseThrow();
        Annotation claim = vm.annotations().stream().filter(a -> vm.labelOf(a).name().equals("claim")).findFirst().orElseThrow();
        robot.interact(() -> vm.selectedProperty().set(framing));
        assertEquals(framing.id(), table.getSelectionModel().getSelectedItem().id());
        robot.interact(() -> vm.selectedProperty().set(claim));
        assertEquals(claim, vm.selectedProperty().get(), "a tag the filter hides can still be selected in the text");
        assertNull(table.getSelectionModel().getSelectedItem(), "and no other row looks selected");
    }

    @Test
    void tableSelectionSelectsTheSpanAndNotesAreSaved() throws Exception {
        var vm = w.viewModel();
        TableView<?> table = robot.lookup("#annotation-table").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(1));
        Annotation selected = vm.selectedProperty().get();
        assertEquals(table.getSelectionModel().getSelectedItem(), selected);
        assertEquals(selected.begin(), w.editor().area().getCaretPosition(), "the caret moves to the span");

        robot.interact(() -> vm.setNote(selected, "source: ministry press release"));
        robot.interact(() -> vm.labelForKey("3").ifPresent(vm::relabelSelected));
        Annotation changed = vm.annotations().stream().filter(a -> a.id() == selected.id()).findFirst().orElseThrow();
        assertEquals("attributed opinion", vm.labelOf(changed).name());
        assertEquals("source: ministry press release", changed.note());
    }

    @Test
    void toolbarButtonTagsTheSelectionAndLabelFilterNarrowsTheTable() {
        var vm = w.viewModel();
        robot.interact(() -> w.editor().area().selectRange(59, 66)); // "Critics"
        robot.clickOn("#label-button-framing");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, vm.annotations().size());
        assertTrue(vm.annotations().stream().anyMatch(a -> a.span().equals(new Span(59, 66)) && vm.labelOf(a).name().equals("framing")));
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<org.newsmark.domain.Label> filter =
                    (javafx.scene.control.ComboBox<org.newsmark.domain.Label>) robot.lookup("#label-filter").query();
            filter.getSelectionModel().select(4); // framing
        });
        assertEquals(1, robot.lookup("#annotation-table").queryTableView().getItems().size());
        assertTrue(w.viewModel().labelCountsProperty().get().contains("framing 1"), w.viewModel().labelCountsProperty().get());
    }

    @Test
    void theLabelFilterBuildsItsListWhenFirstOpenedAndThenFiltersByClick() {
        javafx.scene.control.Control filter = robot.lookup("#label-filter").queryAs(javafx.scene.control.Control.class);
        assertTrue(onFx(() -> filter.lookupAll(".list-view").isEmpty()), "no list in the window until the box opens (issue 18)");
        double width = onFx(filter::getWidth);
        robot.clickOn(filter);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".list-cell").match(n -> "framing".equals(((javafx.scene.control.ListCell<?>) n).getText())).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, robot.lookup("#annotation-table").queryTableView().getItems().size(), "no framing tag here");
        assertEquals(width, onFx(filter::getWidth), 0.5, "the box keeps its width once its list is built");
    }

    @Test
    void doubleClickSelectsAWordAndWhitespaceIsTrimmed() {
        var area = w.editor().area();
        Bounds b = onFx(() -> area.getCharacterBoundsOnScreen(61, 62).orElseThrow()); // inside "Critics"
        robot.moveTo(b.getMinX() + 1, b.getMinY() + b.getHeight() / 2).doubleClickOn(MouseButton.PRIMARY);
        assertEquals("Critics", area.getSelectedText());
        robot.interact(() -> area.selectRange(58, 67)); // "\nCritics "
        robot.type(KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(w.viewModel().annotations().stream().anyMatch(a -> a.span().equals(new Span(59, 66))), "trimmed to the word");
    }

    @Test
    void pasteAsNewArticleAndSwitchingDocuments() {
        robot.interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString("Pasted headline\r\n\r\nBody of the pasted story.");
            Clipboard.getSystemClipboard().setContent(c);
        });
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.V).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        var vm = w.viewModel();
        assertEquals(3, vm.documents().size());
        assertEquals("Pasted headline\n\nBody of the pasted story.", vm.documentProperty().get().text());
        assertEquals("Pasted headline", vm.documentProperty().get().title());
        robot.interact(() -> vm.openDocument(vm.documents().get(0).id()));
        assertEquals(2, vm.annotations().size());
        assertEquals(TEXT, w.editor().area().getText());
        java.util.Set<String> counts = new java.util.TreeSet<>();
        robot.lookup("#document-tag-count").queryAllAs(javafx.scene.control.Labeled.class).forEach(l -> counts.add(l.getText()));
        assertTrue(counts.contains("2") && counts.contains("0"), "each article shows its tag count: " + counts);
    }
}
