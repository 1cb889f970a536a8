package org.newsmark.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.common.ImmediateTasks;
import org.newsmark.ui.common.ScriptedDialogs;

/**
 * Issue 13.10 and 13.11 without a screen: the article list counts the layer shown; renaming and
 * deleting articles ask through the dialog service, and a delete can be taken back.
 */
class ArticlesViewModelTest {

    static final String TEXT = "The mayor said 40% of roads are broken. Critics called the figure made up.";
    static final String OTHER = "A second article, tagged by Bo only.";

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

    @BeforeEach
    void setUp() throws Exception {
        file = dir.resolve("study.newsmark");
        session = TestProjects.create(file);
        doc = session.documents().add("Roads", "roads.txt", TEXT).document();
        other = session.documents().add("Second", "second.txt", OTHER).document();
        ana = session.analyst("Ana");
        bo = session.analyst("Bo");
        var claim = session.labels().get(0);
        session.annotations().tag(doc, ana, claim, new Span(0, 38));
        session.annotations().tag(doc, bo, claim, new Span(0, 38));
        session.annotations().tag(doc, bo, session.labels().get(1), new Span(15, 18));
        session.annotations().tag(other, bo, claim, new Span(0, 8));
        dialogs = new ScriptedDialogs();
        vm = new WorkbenchViewModel(session, ana, new ImmediateTasks(), dialogs);
        vm.openDocument(doc.id());
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private List<Integer> listedCounts() {
        return vm.documents().stream().map(DocumentSummary::annotationCount).toList();
    }

    private List<String> titles() {
        return vm.documents().stream().map(DocumentSummary::title).toList();
    }

    // --- 13.10: the counts describe the layer shown --------------------------------

    @Test
    void theArticleListCountsTheLayerShown() {
        assertEquals(List.of(1, 0), listedCounts(), "Ana's own");
        vm.showLayerOf(bo);
        assertEquals(List.of(2, 1), listedCounts(), "Bo's layer shown: Bo's counts");
        assertEquals(2, vm.annotations().size());
        vm.switchAnalyst("Ana");
        assertEquals(List.of(1, 0), listedCounts());

        vm.showLayerOf(bo);
        // an edit of the shown layer made elsewhere (adjudication, another window) moves the shown count
        session.annotations().tag(other, bo, session.labels().get(2), new Span(2, 8));
        assertEquals(List.of(2, 2), listedCounts());
        session.annotations().tag(other, ana, session.labels().get(2), new Span(2, 8));
        assertEquals(List.of(2, 2), listedCounts(), "Ana's tag is not in the layer shown");
        vm.showMyLayer();
        assertEquals(List.of(1, 1), listedCounts());
    }

    @Test
    void theFirstRunShowsTheLayerWithTheMostTagsWhenMineIsEmpty() {
        vm.switchAnalyst("Cy");
        assertEquals(bo, vm.showALayerWithTags().orElseThrow());
        assertEquals(bo, vm.shownAnalystProperty().get());
        assertTrue(vm.layerBanner().get().startsWith("Showing Bo's tags, read-only."), vm.layerBanner().get());
        assertEquals(List.of(2, 1), listedCounts());

        vm.switchAnalyst("Ana");
        assertTrue(vm.showALayerWithTags().isEmpty(), "Ana has tags of her own: her layer stays");
        assertEquals(ana, vm.shownAnalystProperty().get());
        assertEquals("", vm.layerBanner().get());
    }

    // --- 13.11: rename --------------------------------------------------------------

    @Test
    void renameAsksWithTheOldTitleAndWritesTheNewOneNormalised() throws Exception {
        dialogs.answer("  Roads\u00A0 in   the city ");
        vm.articles().renameCurrent();
        assertEquals(List.of("Rename \u201cRoads\u201d"), dialogs.questions);
        assertEquals(List.of("Roads in the city", "Second"), titles());
        assertEquals("Renamed \u201cRoads\u201d to \u201cRoads in the city\u201d.", vm.messageProperty().get());
        try (ProjectSession reader = TestProjects.openReadOnly(file)) {
            assertEquals("Roads in the city", reader.documents().find(doc.id()).orElseThrow().title());
        }

        dialogs.answer(null);
        vm.articles().rename(other.id());
        assertEquals(List.of("Roads in the city", "Second"), titles(), "cancelled");
        assertEquals(List.of(1, 0), listedCounts(), "counts kept");
    }

    // --- 13.11: delete and undo -------------------------------------------------------

    @Test
    void deleteAsksNamingTheTagsThenTakesTheArticleAndEveryTagAndUndoBringsThemBack() throws Exception {
        List<Annotation> before = session.annotations().annotations(doc.id(), bo.id());
        dialogs.answer(false);
        vm.articles().deleteCurrent();
        assertEquals(1, dialogs.questions.size());
        assertTrue(dialogs.questions.get(0).contains("Delete \u201cRoads\u201d?"), dialogs.questions.get(0));
        assertTrue(dialogs.questions.get(0).contains("3 tags of 2 analysts"), dialogs.questions.get(0));
        assertEquals(List.of("Roads", "Second"), titles(), "kept when the answer is no");
        assertFalse(vm.articles().canRestoreProperty().get());

        dialogs.answer(true);
        vm.articles().deleteCurrent();
        assertEquals(List.of("Second"), titles());
        assertEquals(other.id(), vm.documentProperty().get().id(), "the next article is opened");
        assertTrue(vm.messageProperty().get().startsWith("Deleted \u201cRoads\u201d and its 3 tags of 2 analysts."),
                vm.messageProperty().get());
        try (ProjectSession reader = TestProjects.openReadOnly(file)) {
            assertTrue(reader.documents().find(doc.id()).isEmpty());
            assertEquals(0, reader.annotations().annotations(doc.id(), bo.id()).size());
            assertEquals(List.of(1), reader.documents().summaries(null).stream().map(DocumentSummary::annotationCount).toList());
        }
        if (TestProjects.onServer()) {
            // a team project: other analysts' layers cannot be written back, so the delete is said to be final
            assertTrue(dialogs.questions.get(1).contains("cannot be undone"), dialogs.questions.get(1));
            assertFalse(vm.messageProperty().get().contains("Undo"), vm.messageProperty().get());
            assertFalse(vm.articles().canRestoreProperty().get());
            return;
        }
        assertTrue(dialogs.questions.get(1).contains("Undo Delete Article brings it back"), dialogs.questions.get(1));
        assertTrue(vm.articles().canRestoreProperty().get());

        // a new article never takes the deleted one's id (its undo history and the restore need it)
        Document third = session.documents().add("Third", "t.txt", "Third text.").document();
        assertTrue(third.id() > doc.id(), third.id() + " after " + doc.id());
        vm.refreshDocuments();

        vm.articles().restoreDeleted();
        assertEquals(List.of("Roads", "Second", "Third"), titles());
        assertEquals(doc.id(), vm.documentProperty().get().id(), "restored and opened");
        assertEquals(List.copyOf(vm.annotations()), session.annotations().annotations(doc.id(), ana.id()));
        assertEquals(before, session.annotations().annotations(doc.id(), bo.id()), "Bo's tags, ids and all");
        assertEquals("Restored \u201cRoads\u201d with its 3 tags of 2 analysts.", vm.messageProperty().get());
        assertFalse(vm.articles().canRestoreProperty().get());
    }

    @Test
    void deletingTheOnlyArticleLeavesNoneOpenAndARestoreOfTextImportedAgainIsRefused() {
        dialogs.answer(true).answer(true);
        vm.articles().delete(other.id());
        assertEquals(doc.id(), vm.documentProperty().get().id(), "another article's delete leaves the open one");
        vm.articles().deleteCurrent();
        assertTrue(vm.documents().isEmpty());
        assertEquals(null, vm.documentProperty().get());
        assertTrue(vm.annotations().isEmpty());

        TestProjects.assumeFile("a deleted article cannot be restored in a team project (TeamArticleDeleteTest)");
        session.documents().add("Roads again", "r.txt", TEXT);
        vm.articles().restoreDeleted();
        assertTrue(vm.messageProperty().get().contains("was imported again"), vm.messageProperty().get());
        assertTrue(vm.articles().canRestoreProperty().get(), "still there to try again");
    }

    @Test
    void aReadOnlyProjectRefusesRenameAndDelete() throws Exception {
        try (ProjectSession ro = TestProjects.openReadOnly(file)) {
            ScriptedDialogs d = new ScriptedDialogs().answer("New").answer(true);
            WorkbenchViewModel readOnly = new WorkbenchViewModel(ro, ro.analyst("Ana"), new ImmediateTasks(), d);
            readOnly.openDocument(doc.id());
            readOnly.articles().renameCurrent();
            assertTrue(readOnly.messageProperty().get().contains("read-only"), readOnly.messageProperty().get());
            readOnly.articles().deleteCurrent();
            assertTrue(readOnly.messageProperty().get().contains("read-only"), readOnly.messageProperty().get());
            assertEquals(List.of("Roads", "Second"), readOnly.documents().stream().map(DocumentSummary::title).toList());
        }
    }

    @Test
    void aLongTitleIsShortenedInTheQuestionsHeaderOnly() {
        assertEquals("Roads", ArticlesViewModel.shortened("Roads"));
        String longTitle = "Netanyahu-style long headline ".repeat(5);
        assertEquals(60, ArticlesViewModel.shortened(longTitle).length());
        assertTrue(ArticlesViewModel.shortened(longTitle).endsWith("\u2026"));
        dialogs.answer(longTitle);
        vm.articles().renameCurrent();
        dialogs.answer(false);
        vm.articles().deleteCurrent();
        assertTrue(dialogs.questions.get(1).startsWith("Delete \u201c" + ArticlesViewModel.shortened(longTitle.strip()) + "\u201d?"),
                dialogs.questions.get(1));
        assertEquals(longTitle.strip(), vm.documents().get(0).title(), "the title itself is whole");
    }
}
