package org.newsmark.ui;

import static org.newsmark.ui.RunningApp.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.NewsmarkApp;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.editor.SpanLook;
import org.newsmark.ui.workbench.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13, points 6–8 on the real window: the note dialog takes the keys (F2 from the article
 * and from the table), double-click inside a tag takes the word under the pointer, keys select
 * the tag at the caret and step through tags, and three labels over a word all show.
 */
class EditingKeysGuiTest {

    /** claim [0,57) holds the statistic "4.2 percent" [36,47); the second paragraph is untagged. */
    static final String TEXT = "Officials said unemployment fell to 4.2 percent in March.\n\nCritics called the figure a mirage.";
    static final String CLAIM = "#E69F00";
    static final String STATISTIC = "#56B4E9";
    static final String OPINION = "#009E73";
    static final String FRAMING = "#CC79A7";

    @TempDir
    Path dir;
    NewsmarkApp app;
    MainWindow w;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        Path file = dir.resolve("keys.newsmark");
        try (ProjectSession s = TestProjects.create(file)) {
            Document d = s.documents().add("Officials said", "o.txt", TEXT).document();
            s.annotations().tag(d, s.analyst("Ina"), s.labels().get(0), new Span(0, 57));
            s.annotations().tag(d, s.analyst("Ina"), s.labels().get(1), new Span(36, 47));
        }
        app = RunningApp.launch(dir.resolve("home"), file.toString(), "--analyst", "Ina");
        WaitForAsyncUtils.waitForFxEvents();
        w = app.window();
        robot.interact(() -> w.viewModel().openDocument(w.viewModel().documents().get(0).id()));
        robot.interact(() -> w.editor().area().requestFocus());
    }

    @AfterEach
    void stop() throws Exception {
        RunningApp.close(app);
    }

    // --- 6: the note dialog --------------------------------------------------

    @Test
    void f2OpensTheNoteWithTheCaretInItItGrowsAndCtrlEnterSaves() {
        var vm = w.viewModel();
        Annotation claim = vm.annotations().get(0);
        robot.interact(() -> vm.selectedProperty().set(claim));
        robot.type(KeyCode.F2);
        TextArea note = noteArea().orElseThrow(() -> new AssertionError("F2 opened no note dialog"));
        assertSame(note, note.getScene().getFocusOwner(), "the caret is in the note, not on a button");

        robot.type(KeyCode.N, KeyCode.O, KeyCode.SPACE, KeyCode.T, KeyCode.E);
        assertTrue(noteArea().isPresent(), "Space typed a space; it pressed no button");
        assertEquals("no te", note.getText());

        double height = note.getHeight();
        for (int i = 0; i < 8; i++) {
            robot.type(KeyCode.ENTER, KeyCode.X);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(noteArea().isPresent(), "Enter is a new line in the note, not OK");
        assertTrue(note.getHeight() > height + 40, "the box grows with the note: " + height + " -> " + note.getHeight());

        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(noteArea().isEmpty(), "Ctrl+Enter closed the dialog");
        assertEquals("no te" + "\nx".repeat(8), tagWithId(claim.id()).note(), "and saved the note");
    }

    @Test
    void escCancelsTheNote() {
        var vm = w.viewModel();
        Annotation claim = vm.annotations().get(0);
        robot.interact(() -> vm.setNote(claim, "keep me"));
        robot.interact(() -> vm.selectedProperty().set(tagWithId(claim.id())));
        robot.type(KeyCode.F2);
        TextArea note = noteArea().orElseThrow(() -> new AssertionError("F2 opened no note dialog"));
        assertEquals("keep me", note.getText());
        robot.type(KeyCode.SPACE, KeyCode.X, KeyCode.Y);
        assertEquals("keep me xy", note.getText(), "the keys went into the box, after the note");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(noteArea().isEmpty(), "Esc closed the dialog");
        assertEquals("keep me", tagWithId(claim.id()).note(), "and kept the note as it was");
    }

    @Test
    void f2InTheTagTableEditsTheSelectedTagsNote() {
        TableView<?> table = robot.lookup("#annotation-table").queryTableView();
        Node secondRow = robot.from(table).lookup(".table-row-cell")
                .match(n -> n.isVisible() && ((TableRow<?>) n).getIndex() == 1).query();
        robot.clickOn(secondRow, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Annotation selected = w.viewModel().selectedProperty().get();
        assertNotNull(selected, "the click selected a row");
        assertTrue(table.isFocused(), "the table has the keyboard");

        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(table.getEditingCell(), "F2 did not start editing a cell of the table");
        TextArea note = noteArea().orElseThrow(() -> new AssertionError("F2 in the table opened no note dialog"));
        assertSame(note, note.getScene().getFocusOwner());
        robot.type(KeyCode.O, KeyCode.K);
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("ok", tagWithId(selected.id()).note());
    }

    // --- 7: double-click and the tag keys ------------------------------------

    @Test
    void doubleClickInsideATagSelectsTheWordUnderThePointer() {
        var area = w.editor().area();
        doubleClick(20); // inside "unemployment", under the claim
        assertEquals("unemployment", area.getSelectedText());

        doubleClick(43); // inside "percent", under the claim and the statistic
        assertEquals("percent", area.getSelectedText(), "the word, though two tags cover it");
        assertFalse(onFx(() -> javafx.stage.Window.getWindows().stream()
                .anyMatch(x -> x instanceof javafx.scene.control.ContextMenu && x.isShowing())),
                "the menu the first click opened (two tags there) closed on the second");
        robot.type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(w.viewModel().annotations().stream().anyMatch(a -> a.span().equals(new Span(40, 47))
                && w.viewModel().labelOf(a).name().equals("attributed opinion")), "a third, nested tag, no dragging");
    }

    @Test
    void enterSelectsTheTagAtTheCaretInnermostFirstThenTheOnesAroundIt() {
        var vm = w.viewModel();
        var area = w.editor().area();
        robot.interact(() -> area.moveTo(38)); // in "4.2": the statistic inside the claim
        robot.type(KeyCode.ENTER);
        assertEquals(new Span(36, 47), selectedSpan(), "the innermost tag first");
        robot.type(KeyCode.ENTER);
        assertEquals(new Span(0, 57), selectedSpan(), "Enter again: the tag around it");
        robot.type(KeyCode.ENTER);
        assertEquals(new Span(36, 47), selectedSpan(), "and round again");
        assertEquals(38, area.getCaretPosition(), "the caret stays where it was");

        robot.type(KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("framing", vm.labelOf(vm.selectedProperty().get()).name(), "a label key relabels the tag Enter selected");

        robot.interact(() -> area.moveTo(70)); // untagged
        robot.type(KeyCode.ENTER);
        assertNull(vm.selectedProperty().get(), "no tag there: nothing selected");
    }

    @Test
    void altDownAndAltUpStepThroughTheTagsAndMoveTheCaret() {
        var area = w.editor().area();
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        assertEquals(new Span(0, 57), selectedSpan(), "from the start: the first tag");
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        assertEquals(new Span(36, 47), selectedSpan(), "then the one inside it");
        assertEquals(36, area.getCaretPosition(), "the caret moves to the tag");
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        assertEquals(new Span(0, 57), selectedSpan(), "past the last: round to the first");
        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        assertEquals(new Span(36, 47), selectedSpan(), "Alt+Up: back, round to the last");
        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        assertEquals(new Span(0, 57), selectedSpan());
        assertEquals(0, area.getCaretPosition());
    }

    @Test
    void theEditMenuShowsTheTagKeys() {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        List<MenuItem> edit = bar.getMenus().stream().filter(m -> m.getText().equals("_Edit")).findFirst().orElseThrow().getItems();
        assertEquals("Enter", accelerator(edit, "Select Tag at Caret"));
        assertEquals("Alt+Down", accelerator(edit, "Next Tag"));
        assertEquals("Alt+Up", accelerator(edit, "Previous Tag"));
        assertEquals("F2", accelerator(edit, "Edit Note…"));
    }

    // --- 8: three labels over a word ------------------------------------------

    @Test
    void whereThreeLabelsOverlapEachColourIsDrawnAndTheTooltipListsThem() {
        var vm = w.viewModel();
        robot.interact(() -> vm.tag(vm.labelForKey("3").orElseThrow(), 40, 47)); // "percent": opinion
        robot.interact(() -> vm.setNote(vm.annotations().stream().filter(a -> a.begin() == 36).findFirst().orElseThrow(),
                "check the ministry figure"));
        SpanLook look = onFx(() -> w.editor().area().getStyleOfChar(43));
        String css = look.css().toUpperCase();
        for (String colour : List.of(CLAIM, STATISTIC, OPINION)) {
            assertTrue(css.contains(colour), colour + " is drawn over \"percent\": " + look.css());
        }

        var area = w.editor().area();
        Bounds b = onFx(() -> area.getCharacterBoundsOnScreen(43, 44).orElseThrow());
        robot.moveTo(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tagTooltip().isPresent());
        } catch (Exception e) {
            throw new AssertionError("no tooltip over tagged text", e);
        }
        String tip = tagTooltip().orElseThrow().getText();
        assertTrue(tip.contains("claim") && tip.contains("statistic") && tip.contains("attributed opinion"), tip);
        assertTrue(tip.contains("check the ministry figure"), "the note is in the tooltip: " + tip);

        Bounds plain = onFx(() -> area.getCharacterBoundsOnScreen(70, 71).orElseThrow());
        robot.moveTo(plain.getMinX() + 2, plain.getMinY() + plain.getHeight() / 2);
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tagTooltip().isEmpty());
        } catch (Exception e) {
            throw new AssertionError("the tooltip stays over untagged text", e);
        }
    }

    @Test
    void theKeysStillWorkWhileTheTooltipShows() throws Exception {
        var vm = w.viewModel();
        var area = w.editor().area();
        Bounds b = onFx(() -> area.getCharacterBoundsOnScreen(20, 21).orElseThrow());
        robot.moveTo(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tagTooltip().isPresent());
        robot.interact(() -> area.moveTo(38));
        robot.type(KeyCode.ENTER);
        assertEquals(new Span(36, 47), selectedSpan(), "Enter reached the article");
        robot.type(KeyCode.F2);
        assertTrue(noteArea().isPresent(), "F2 opened the note");
        robot.type(KeyCode.ESCAPE);
        assertTrue(noteArea().isEmpty());
        assertNotNull(vm.selectedProperty().get());
    }

    @Test
    void fourLabelsOverAWordAllShow() {
        var vm = w.viewModel();
        robot.interact(() -> vm.tag(vm.labelForKey("3").orElseThrow(), 40, 47));
        robot.interact(() -> vm.tag(vm.labelForKey("4").orElseThrow(), 36, 39)); // "4.2": framing
        robot.interact(() -> vm.tag(vm.labelForKey("4").orElseThrow(), 40, 44)); // "perc": framing
        StringBuilder seen = new StringBuilder();
        for (int i = 40; i < 47; i++) {
            int at = i;
            seen.append(onFx(() -> w.editor().area().getStyleOfChar(at)).css().toUpperCase());
        }
        for (String colour : List.of(CLAIM, STATISTIC, OPINION, FRAMING)) {
            assertTrue(seen.toString().contains(colour), colour + " is drawn over \"percent\": " + seen);
        }
    }

    // --- helpers ---------------------------------------------------------------

    private Optional<TextArea> noteArea() {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".text-area").tryQueryAs(TextArea.class).filter(a -> a.getScene() != null
                && a.getScene().getWindow() != null && a.getScene().getWindow().isShowing());
    }

    private static Optional<Tooltip> tagTooltip() {
        return onFx(() -> javafx.stage.Window.getWindows().stream()
                .filter(x -> x instanceof Tooltip && x.isShowing() && "tag-tooltip".equals(((Tooltip) x).getId()))
                .map(x -> (Tooltip) x).findFirst());
    }

    private Annotation tagWithId(long id) {
        return w.viewModel().annotations().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    private Span selectedSpan() {
        WaitForAsyncUtils.waitForFxEvents();
        Annotation a = w.viewModel().selectedProperty().get();
        return a == null ? null : a.span();
    }

    private void doubleClick(int offset) {
        var area = w.editor().area();
        Bounds b = onFx(() -> area.getCharacterBoundsOnScreen(offset, offset + 1).orElseThrow());
        robot.moveTo(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2).doubleClickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String accelerator(List<MenuItem> items, String text) {
        MenuItem item = items.stream().filter(i -> text.equals(i.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no Edit › " + text));
        assertFalse(item.getAccelerator() == null, text + " has no accelerator");
        return item.getAccelerator().getName();
    }
}
