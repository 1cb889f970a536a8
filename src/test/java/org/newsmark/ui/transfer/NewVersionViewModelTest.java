package org.newsmark.ui.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.common.ImmediateTasks;
import org.newsmark.ui.common.ScriptedDialogs;
import org.newsmark.ui.workbench.WorkbenchViewModel;

/** A new version through the workbench, without a screen: the plan asked first, Undo right after, the review list. */
class NewVersionViewModelTest {

    static final String OLD = "The mayor said the bridge will close in May.\nTraffic will move to the ferry.\n";
    static final String NEW = "Update: the mayor said the bridge will close in June.\nTraffic will move to the ferry.\n";

    @TempDir
    Path dir;
    ProjectSession session;
    ScriptedDialogs dialogs;
    WorkbenchViewModel vm;
    Document old;

    @BeforeEach
    void setUp() throws Exception {
        session = TestProjects.create(dir.resolve("v.newsmark"));
        old = session.documents().add("Bridge", "a.txt", OLD).document();
        session.metadata().set(old.id(), ArticleMetadata.EMPTY.with("url", "https://news.example/bridge"));
        var ana = session.analyst("Ana");
        var claim = session.codebook().codebook().label("claim").orElseThrow();
        session.annotations().tag(old, ana, claim, span(OLD, "close in May"));
        session.annotations().tag(old, ana, claim, span(OLD, "Traffic will move to the ferry"));
        dialogs = new ScriptedDialogs();
        vm = new WorkbenchViewModel(session, ana, new ImmediateTasks(), dialogs);
        vm.openDocument(old.id());
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private Path file(String text) throws Exception {
        return Files.writeString(dir.resolve("bridge-v2.txt"), text);
    }

    private List<String> titles() {
        return vm.documents().stream().map(DocumentSummary::title).toList();
    }

    @Test
    void thePlanIsShownFirstAndCancellingItWritesNothing() throws Exception {
        dialogs.answer(false);
        vm.newVersions().importFile(old, file(NEW));
        assertEquals(1, dialogs.questions.size());
        String asked = dialogs.questions.get(0);
        assertTrue(asked.startsWith("New version of \u201cBridge\u201d 2 tags: 1 kept, 0 moved, 1 to review."), asked);
        assertTrue(asked.contains("changed: \u201cclose in May\u201d"), asked);
        assertTrue(asked.endsWith("[" + NewVersionViewModel.APPLY + "]"), asked);
        assertEquals(List.of("Bridge"), titles());
        assertEquals(1, session.documents().summaries(null).size());
    }

    @Test
    void appliedTheNewVersionOpensItsReviewIsWantedAndEditUndoTakesItBack() throws Exception {
        dialogs.answer(true);
        vm.newVersions().importFile(old, file(NEW));
        assertEquals(List.of("Update: the mayor said the bridge will close in June."), titles(), "the old version left the list");
        Document now = vm.documentProperty().get();
        assertEquals(NEW, now.text());
        assertEquals(1, vm.annotations().size(), "the kept tag is shown");
        assertEquals(now, vm.newVersions().reviewWantedProperty().get(), "the window is asked to open the review list");
        assertTrue(vm.canUndoProperty().get(), "Edit › Undo takes the new version back");

        dialogs.answer(true);
        vm.undo();
        assertTrue(dialogs.questions.get(1).startsWith("Undo the new version of \u201cBridge\u201d?"), dialogs.questions.get(1));
        assertEquals(List.of("Bridge"), titles());
        assertEquals(old.id(), vm.documentProperty().get().id(), "the old version is open again");
        assertEquals(2, vm.annotations().size());
        assertFalse(vm.canUndoProperty().get());
        assertNull(vm.newVersions().justImportedProperty().get());
    }

    @Test
    void theEarlierVersionOpensReadOnlyWithItsOwnTagsAndLeadsBackToTheCurrentOne() throws Exception {
        dialogs.answer(true);
        vm.newVersions().importFile(old, file(NEW));
        Document now = vm.documentProperty().get();
        assertNull(vm.currentOfShownProperty().get());
        assertFalse(vm.readOnlyBinding().get());

        vm.showEarlierVersion();
        assertEquals(old.id(), vm.documentProperty().get().id(), "the old version is shown");
        assertEquals(2, vm.annotations().size(), "with every tag it had");
        assertEquals(now, vm.currentOfShownProperty().get());
        assertTrue(vm.readOnlyBinding().get(), "read-only");
        assertTrue(vm.layerBanner().get().startsWith("An earlier version of this article, read-only: “Update: the mayor"),
                vm.layerBanner().get());
        var claim = session.codebook().codebook().label("claim").orElseThrow();
        assertTrue(vm.tag(claim, 0, 3).isEmpty(), "no tag is made in it");
        assertEquals(2, TestProjects.store(session).annotations().forDocument(old.id(), null).size());

        vm.showCurrentVersion();
        assertEquals(now.id(), vm.documentProperty().get().id());
        assertFalse(vm.readOnlyBinding().get());
        assertEquals("", vm.layerBanner().get());
        vm.showEarlierVersion();
        vm.showEarlierVersion();
        assertEquals("The open article replaced no earlier version.", vm.messageProperty().get(), "the first version has none");
    }

    @Test
    void theReviewListPlacesOnASelectionAndDismissesAndIsKeptInTheProject() throws Exception {
        dialogs.answer(true);
        vm.newVersions().importFile(old, file(NEW));
        Document now = vm.documentProperty().get();
        ReviewListViewModel review = vm.newReviewList().orElseThrow();
        assertEquals(1, review.rows().size());
        assertEquals("Ana \u00b7 claim \u00b7 changed:  \u2026he mayor said the bridge will [close in May]. Traffic will move to the"
                + " fer\u2026", review.rows().get(0).text());
        assertEquals(span(NEW, "close in June"), review.suggestion(), "the edited text is offered");
        assertFalse(review.place(3, 3), "an empty selection places nothing");
        assertTrue(review.messageProperty().get().startsWith("Select the text"), review.messageProperty().get());

        assertTrue(review.place(review.suggestion().begin(), review.suggestion().end()));
        assertEquals(List.of(), review.rows());
        assertEquals("Placed: claim on \u201cclose in June\u201d. Nothing left to review.", review.messageProperty().get());
        assertEquals(List.of("Traffic will move to the ferry", "close in June"),
                vm.annotations().stream().map(a -> a.span().textOf(NEW)).sorted().toList(), "the placed tag is shown");

        ReviewListViewModel again = vm.newReviewList(now);
        assertEquals(List.of(), again.rows(), "the list is read from the project");
        assertFalse(again.dismiss());
    }

    @Test
    void anImportedFileWithTheUrlOfAnArticleIsOfferedAsItsNewVersion() throws Exception {
        Path html = Files.writeString(dir.resolve("bridge.html"), "<html><head><title>Bridge (updated)</title>"
                + "<meta property=\"og:url\" content=\"https://news.example/bridge\"></head><body><p>The mayor said the bridge"
                + " will close in June.</p><p>Traffic will move to the ferry.</p></body></html>");
        dialogs.answer(ArticleImportViewModel.AS_NEW_VERSION).answer(true);
        vm.articleImport().importFiles(List.of(html));
        assertTrue(dialogs.questions.get(0).startsWith("\u201cBridge\u201d in this project has the address https://news.example/bridge"),
                dialogs.questions.get(0));
        assertEquals(List.of("Bridge (updated)"), titles());
        List<Annotation> carried = TestProjects.store(session).annotations().forDocument(vm.documentProperty().get().id(), null);
        assertEquals(1, carried.size());

        Path other = Files.writeString(dir.resolve("other.html"), "<html><head><title>Ferry</title>"
                + "<meta property=\"og:url\" content=\"https://news.example/bridge\"></head><body><p>Ferries run.</p></body></html>");
        dialogs.answer(ArticleImportViewModel.AS_SEPARATE);
        vm.articleImport().importFiles(List.of(other));
        assertEquals(List.of("Bridge (updated)", "Ferry"), titles(), "a separate article, as asked");
    }

    private static Span span(String text, String quote) {
        int at = text.indexOf(quote);
        return new Span(at, at + quote.length());
    }
}
