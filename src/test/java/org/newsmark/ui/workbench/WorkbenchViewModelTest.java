package org.newsmark.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.common.ImmediateTasks;
import org.newsmark.ui.common.SaveStatusViewModel;
import org.newsmark.ui.common.ScriptedDialogs;

/**
 * The main window's state and actions without a screen. Every edit is checked four ways: the
 * shown list, the label counts in the status bar, the article list's tag count, and the project
 * file read again from disk by a second (read-only) session.
 */
class WorkbenchViewModelTest {

    static final String TEXT = "The mayor said 40% of roads are broken. Critics called the figure made up.";
    static final String OTHER = "A second article, tagged by nobody yet.";

    @TempDir
    Path dir;
    Path file;
    ProjectSession session;
    ScriptedDialogs dialogs;
    WorkbenchViewModel vm;
    Document doc;
    Document other;
    Analyst ana;
    Analyst bo;
    Label claim;
    Label statistic;

    @BeforeEach
    void setUp() throws Exception {
        file = dir.resolve("study.newsmark");
        session = TestProjects.create(file);
        doc = session.documents().add("Roads", "roads.txt", TEXT).document();
        other = session.documents().add("Second", "second.txt", OTHER).document();
        ana = session.analyst("Ana");
        bo = session.analyst("Bo");
        claim = session.labels().get(0);
        statistic = session.labels().get(1);
        dialogs = new ScriptedDialogs();
        vm = new WorkbenchViewModel(session, ana, new ImmediateTasks(), dialogs);
        vm.openDocument(doc.id());
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    // --- helpers --------------------------------------------------------------

    private Span spanOf(String phrase) {
        int at = TEXT.indexOf(phrase);
        assertTrue(at >= 0, phrase);
        return new Span(at, at + phrase.length());
    }

    private Optional<Annotation> tag(Label label, String phrase) {
        Span s = spanOf(phrase);
        return vm.tag(label, s.begin(), s.end());
    }

    /** The tags of {@code who} in {@code d} as a fresh session reads them from the file. */
    private List<Annotation> onDisk(Document d, Analyst who) throws Exception {
        try (ProjectSession reader = TestProjects.openReadOnly(file)) {
            return reader.annotations().annotations(d.id(), who.id());
        }
    }

    private int listedCount(Document d) {
        return vm.documents().stream().filter(s -> s.id() == d.id()).mapToInt(DocumentSummary::annotationCount)
                .findFirst().orElseThrow();
    }

    private String counts(int claims, int statistics) {
        return "claim " + claims + "  ·  statistic " + statistics + "  ·  attributed opinion 0  ·  framing 0";
    }

    /** What the window shows agrees with the file, tag for tag. */
    private void assertShownIsOnDisk() throws Exception {
        assertEquals(onDisk(doc, vm.shownAnalystProperty().get()), List.copyOf(vm.annotations()));
    }

    // --- editing --------------------------------------------------------------

    @Test
    void opensTheDocumentWithItsTagsCountsAndNothingToUndo() {
        assertEquals(doc, vm.documentProperty().get());
        assertEquals(List.of(), vm.annotations());
        assertEquals(counts(0, 0), vm.labelCountsProperty().get());
        assertEquals(List.of("Roads", "Second"), vm.documents().stream().map(DocumentSummary::title).toList());
        assertFalse(vm.canUndoProperty().get());
        assertFalse(vm.canRedoProperty().get());
        assertFalse(vm.readOnlyBinding().get());
        assertEquals(SaveStatusViewModel.SAVED, vm.saveStateProperty().get());
    }

    @Test
    void tagRelabelNoteDeleteUndoRedoReachTheListTheCountsTheArticleListAndTheFile() throws Exception {
        Annotation mayor = tag(claim, "mayor").orElseThrow();
        assertEquals(spanOf("mayor"), mayor.span());
        assertEquals(List.of(mayor), vm.annotations());
        assertSame(mayor, vm.selectedProperty().get(), "the new tag is selected");
        assertEquals("Tagged as claim: mayor", vm.messageProperty().get());
        assertEquals(counts(1, 0), vm.labelCountsProperty().get());
        assertEquals(1, listedCount(doc));
        assertEquals(0, listedCount(other));
        assertTrue(vm.canUndoProperty().get());
        assertFalse(vm.canRedoProperty().get());
        assertEquals(List.of(mayor), onDisk(doc, ana));

        Annotation roads = tag(claim, "40% of roads are broken").orElseThrow();
        assertEquals(List.of(mayor, roads), vm.annotations(), "text order");
        assertEquals(counts(2, 0), vm.labelCountsProperty().get());
        assertEquals(2, listedCount(doc));

        vm.relabelSelected(statistic);
        Annotation relabelled = vm.selectedProperty().get();
        assertEquals(roads.id(), relabelled.id());
        assertEquals(statistic.id(), relabelled.labelId());
        assertEquals("Changed to statistic", vm.messageProperty().get());
        assertEquals(List.of(mayor, relabelled), vm.annotations());
        assertEquals(counts(1, 1), vm.labelCountsProperty().get());
        assertEquals(2, listedCount(doc), "a relabel does not change how many tags the article has");
        assertShownIsOnDisk();

        dialogs.answer("figure from the 2025 survey");
        vm.editSelectedNote();
        assertEquals(List.of("statistic: 40% of roads are broken"), dialogs.questions, "the note dialog names the tag");
        Annotation noted = vm.selectedProperty().get();
        assertEquals("figure from the 2025 survey", noted.note());
        assertEquals(List.of(mayor, noted), vm.annotations());
        assertEquals("figure from the 2025 survey", onDisk(doc, ana).get(1).note());

        vm.editSelectedNote(); // cancelled: nothing changes
        assertEquals(noted, vm.selectedProperty().get());
        assertEquals("figure from the 2025 survey", onDisk(doc, ana).get(1).note());

        vm.deleteSelected();
        assertNull(vm.selectedProperty().get());
        assertEquals("Deleted the statistic tag (Ctrl+Z brings it back)", vm.messageProperty().get());
        assertEquals(List.of(mayor), vm.annotations());
        assertEquals(counts(1, 0), vm.labelCountsProperty().get());
        assertEquals(1, listedCount(doc));
        assertEquals(List.of(mayor), onDisk(doc, ana));

        vm.undo();
        assertEquals("Undone", vm.messageProperty().get());
        assertEquals(List.of(mayor, noted), vm.annotations(), "the deleted tag is back, note and label included");
        assertEquals(noted, vm.selectedProperty().get());
        assertEquals(counts(1, 1), vm.labelCountsProperty().get());
        assertEquals(2, listedCount(doc));
        assertTrue(vm.canRedoProperty().get());
        assertShownIsOnDisk();

        vm.undo(); // the note
        assertEquals("", vm.annotations().get(1).note());
        assertEquals("", onDisk(doc, ana).get(1).note());

        vm.redo(); // the note again
        vm.redo(); // the delete again
        assertEquals("Redone", vm.messageProperty().get());
        assertEquals(List.of(mayor), vm.annotations());
        assertEquals(counts(1, 0), vm.labelCountsProperty().get());
        assertEquals(1, listedCount(doc));
        assertFalse(vm.canRedoProperty().get());
        assertTrue(vm.canUndoProperty().get());
        assertEquals(List.of(mayor), onDisk(doc, ana));

        session.close();
        try (ProjectSession again = TestProjects.open(file)) {
            assertEquals(List.of(mayor), again.annotations().annotations(doc.id(), ana.id()), "as shown, after reopening");
        }
        session = TestProjects.open(file); // for tearDown
    }

    @Test
    void aTwinIsRefusedWithAMessageAndNothingIsWritten() throws Exception {
        Annotation mayor = tag(claim, "mayor").orElseThrow();
        assertEquals(Optional.empty(), tag(claim, "mayor"));
        assertEquals("That text is already tagged as claim.", vm.messageProperty().get());
        assertEquals(List.of(mayor), vm.annotations());
        assertEquals(List.of(mayor), onDisk(doc, ana));
        assertEquals(SaveStatusViewModel.SAVED, vm.saveStateProperty().get());
        assertEquals(List.of(), dialogs.errors, "a refusal is a message, not a dialog");
    }

    @Test
    void snapToWordsWidensTheSelectionToWholeWordsAndBlankSelectionsAreRefused() throws Exception {
        Span inside = spanOf("ayo"); // inside "mayor"
        Annotation raw = vm.tag(claim, inside.begin(), inside.end()).orElseThrow();
        assertEquals(inside, raw.span(), "without snapping the selection is kept");

        vm.snapToWordsProperty().set(true);
        Span partial = spanOf("oads are bro"); // "roads are broken" cut at both ends
        Annotation snapped = vm.tag(statistic, partial.begin(), partial.end()).orElseThrow();
        assertEquals(spanOf("roads are broken"), snapped.span());
        Span spaced = spanOf(" Critics ");
        assertEquals(spanOf("Critics"), vm.tag(claim, spaced.begin(), spaced.end()).orElseThrow().span(), "spaces trimmed");

        int gap = TEXT.indexOf(' ');
        assertEquals(Optional.empty(), vm.tag(claim, gap, gap + 1));
        assertEquals("Select some text first, then press a label key.", vm.messageProperty().get());
        assertEquals(3, vm.annotations().size());
        assertEquals(3, onDisk(doc, ana).size());
    }

    // --- layers and analysts ---------------------------------------------------

    @Test
    void anotherAnalystsLayerIsReadOnly() throws Exception {
        Annotation bos = session.annotations().tag(doc, bo, claim, spanOf("Critics"));
        Annotation mine = tag(statistic, "40%").orElseThrow();

        vm.showLayerOf(bo);
        assertTrue(vm.readOnlyBinding().get());
        assertEquals(List.of(bos), vm.annotations(), "Bo's tags are shown");
        assertEquals(counts(1, 0), vm.labelCountsProperty().get());
        assertFalse(vm.canRedoProperty().get());

        assertEquals(Optional.empty(), tag(claim, "mayor"));
        assertTrue(vm.messageProperty().get().contains("Bo") && vm.messageProperty().get().contains("read-only"),
                "the label key says why nothing happened: " + vm.messageProperty().get());
        vm.selectedProperty().set(bos);
        vm.relabelSelected(statistic);
        vm.deleteSelected();
        dialogs.answer("not mine to change");
        vm.editSelectedNote();
        vm.undo();
        assertEquals(List.of(), dialogs.questions, "no note dialog on another analyst's tag");
        assertEquals(List.of(bos), vm.annotations());
        assertEquals(List.of(bos), onDisk(doc, bo), "Bo's layer is untouched");
        assertEquals(List.of(mine), onDisk(doc, ana), "and so is Ana's: undo did nothing");

        vm.showMyLayer();
        assertFalse(vm.readOnlyBinding().get());
        assertEquals(List.of(mine), vm.annotations());
        assertEquals(counts(0, 1), vm.labelCountsProperty().get());
        assertTrue(vm.canUndoProperty().get());
    }

    @Test
    void aProjectOpenElsewhereIsReadOnlyAndTheLabelKeysSaySo() throws Exception {
        org.newsmark.service.TestProjects.assumeFile("a second session of a file is read-only");
        Annotation mine = tag(claim, "mayor").orElseThrow();
        try (ProjectSession second = TestProjects.open(file)) {
            assertTrue(second.isReadOnly(), "the first session still writes the file");
            ScriptedDialogs secondDialogs = new ScriptedDialogs();
            WorkbenchViewModel readOnly = new WorkbenchViewModel(second, second.analyst("Ana"), new ImmediateTasks(), secondDialogs);
            readOnly.openDocument(doc.id());
            assertTrue(readOnly.readOnlyBinding().get());
            assertTrue(readOnly.saveStateProperty().get().startsWith("Read-only: "), readOnly.saveStateProperty().get());
            assertEquals(List.of(mine), readOnly.annotations());
            Span s = spanOf("Critics");
            assertEquals(Optional.empty(), readOnly.tag(claim, s.begin(), s.end()));
            assertTrue(readOnly.messageProperty().get().startsWith("This project is open read-only: "),
                    readOnly.messageProperty().get());
            assertEquals(List.of(), secondDialogs.errors);
        }
        assertEquals(List.of(mine), onDisk(doc, ana));
    }

    @Test
    void switchingAnalystShowsAndEditsTheirLayerWithTheirCounts() throws Exception {
        tag(claim, "mayor").orElseThrow();
        tag(claim, "Critics").orElseThrow();
        Annotation bos = session.annotations().tag(doc, bo, statistic, spanOf("40%"));

        vm.switchAnalyst("  Bo ");
        assertEquals(bo, vm.analystProperty().get());
        assertEquals(bo, vm.shownAnalystProperty().get());
        assertFalse(vm.readOnlyBinding().get());
        assertEquals(List.of(bos), vm.annotations());
        assertEquals(counts(0, 1), vm.labelCountsProperty().get());
        assertEquals(1, listedCount(doc), "the article list counts Bo's tags now");

        Annotation more = tag(claim, "figure").orElseThrow();
        assertEquals(bo.id(), more.analystId());
        assertEquals(2, listedCount(doc));
        assertEquals(List.of(bos, more), onDisk(doc, bo));
        assertEquals(2, onDisk(doc, ana).size());

        vm.undo();
        vm.undo();
        assertEquals(List.of(), onDisk(doc, bo), "undo takes back Bo's steps");
        assertEquals(2, onDisk(doc, ana).size(), "never Ana's");
        assertFalse(vm.canUndoProperty().get());
        assertEquals(0, listedCount(doc));

        vm.switchAnalyst("Cy");
        assertEquals("Cy", vm.analystProperty().get().name());
        assertEquals(List.of(), vm.annotations());
        assertEquals(0, listedCount(doc));
        assertEquals(List.of("Ana", "Bo", "Cy"), vm.analysts().stream().map(Analyst::name).toList());
        try (ProjectSession reader = TestProjects.openReadOnly(file)) {
            assertTrue(reader.findAnalyst("Cy").isPresent(), "the new analyst is in the file");
        }
    }

    @Test
    void theSelectedTagStaysSelectedWhenAnotherTagChanges() {
        Annotation mayor = tag(claim, "mayor").orElseThrow();
        Annotation critics = tag(claim, "Critics").orElseThrow();
        vm.selectedProperty().set(mayor);
        // as the tag table does: while rows change, its selection model moves to whatever row is now at the index
        vm.annotations().addListener((javafx.collections.ListChangeListener<Annotation>) c -> {
            int at = c.getList().indexOf(vm.selectedProperty().get());
            vm.selectedProperty().set(at < 0 || at + 1 >= c.getList().size() ? null : c.getList().get(at + 1));
        });

        // edits committed elsewhere (the compare window, another action) reach the list through the service
        Annotation relabelled = session.annotations().relabel(critics, statistic);
        assertSame(mayor, vm.selectedProperty().get(), "an unrelated relabel");
        assertEquals(List.of(mayor, relabelled), vm.annotations());
        session.annotations().resize(relabelled, spanOf("The"), TEXT);
        assertSame(mayor, vm.selectedProperty().get(), "an unrelated tag moving before it");
        assertEquals(mayor, vm.annotations().get(1));
        session.annotations().tag(doc, ana, statistic, spanOf("made up"));
        assertSame(mayor, vm.selectedProperty().get(), "an unrelated tag added");
        session.annotations().delete(vm.annotations().get(2));
        assertSame(mayor, vm.selectedProperty().get(), "an unrelated tag deleted");
        assertEquals(counts(1, 1), vm.labelCountsProperty().get());

        Annotation noted = session.annotations().setNote(mayor, "the selected one itself");
        assertEquals(noted, vm.selectedProperty().get(), "the selected tag changed: the selection follows it");
        session.annotations().delete(noted);
        assertNull(vm.selectedProperty().get(), "the selected tag is gone");
    }

    @Test
    void anotherDocumentsEditsLeaveTheShownListAloneButCountInTheArticleList() {
        tag(claim, "mayor").orElseThrow();
        session.annotations().tag(other, ana, claim, new Span(0, 8));
        assertEquals(1, vm.annotations().size());
        assertEquals(counts(1, 0), vm.labelCountsProperty().get());
        assertEquals(1, listedCount(other));
        vm.openDocument(other.id());
        assertEquals(1, vm.annotations().size());
        assertEquals("A second", vm.excerpt(vm.annotations().get(0), 60));
    }

    // --- a project that can no longer be written ------------------------------

    @Test
    void aFailedWriteTurnsTheSaveStateNotSavedAndShowsOneErrorDialog() throws Exception {
        org.newsmark.service.TestProjects.assumeFile("the fault is a file deleted while open");
        Annotation kept = tag(claim, "mayor").orElseThrow();
        Files.delete(file);

        assertEquals(Optional.empty(), tag(statistic, "40%"));
        assertTrue(vm.saveStateProperty().get().startsWith("NOT SAVED: "), vm.saveStateProperty().get());
        assertTrue(vm.saveStateProperty().get().contains("study.newsmark was deleted or moved"), vm.saveStateProperty().get());
        assertEquals(1, dialogs.errors.size(), "one dialog: " + dialogs.errors);
        assertTrue(dialogs.errors.get(0).startsWith("The change was not saved: study.newsmark was deleted or moved"),
                dialogs.errors.get(0));
        assertEquals(List.of(kept), vm.annotations(), "the failed tag is not shown");
        assertEquals(counts(1, 0), vm.labelCountsProperty().get());
        assertEquals(1, listedCount(doc));
        assertEquals(kept, vm.selectedProperty().get(), "the selection is still the last saved tag");

        session.close();
        try (ProjectSession rescued = TestProjects.open(file)) {
            assertEquals(List.of(kept), rescued.annotations().annotations(doc.id(), ana.id()),
                    "what was saved before the deletion is in the file, the failed tag is not");
        }
        session = TestProjects.open(file);
    }
}
