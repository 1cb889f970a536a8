package org.newsmark.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.newsmark.ui.common.ImmediateTasks;
import org.newsmark.ui.common.SaveStatusViewModel;
import org.newsmark.ui.common.ScriptedDialogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.agreement.OutcomeKind;
import org.newsmark.domain.Span;
import org.newsmark.domain.Decision;
import org.newsmark.service.TwoAnalystFixture;

/** The compare view's state and actions, without a screen. */
class ComparisonViewModelTest {

    @TempDir
    Path dir;
    TwoAnalystFixture f;
    ComparisonViewModel vm;
    ScriptedDialogs dialogs;

    @BeforeEach
    void setUp() throws Exception {
        f = new TwoAnalystFixture(dir.resolve("vm.newsmark"));
        dialogs = new ScriptedDialogs();
        vm = new ComparisonViewModel(f.session, new ImmediateTasks(), dialogs, new SaveStatusViewModel(dialogs, null));
    }

    @AfterEach
    void tearDown() {
        f.session.close();
    }

    @Test
    void listsNonMatchesInTextOrderAndFilters() {
        assertEquals(ComparisonViewModel.ALL, vm.scopeProperty().get());
        assertEquals(1, vm.comparisonProperty().get().documents().size());
        assertEquals(3, vm.disagreements().size());
        vm.kindFilterProperty().set(OutcomeKind.ONLY_B);
        assertEquals(1, vm.disagreements().size());
        vm.kindFilterProperty().set(null);
        vm.labelFilterProperty().set("ORG");
        assertEquals(2, vm.disagreements().size(), "the label conflict (LOC/ORG) and Monday");
        vm.labelFilterProperty().set(null);
        vm.previous();
        assertEquals(OutcomeKind.ONLY_B, vm.selectedProperty().get().pair().kind(), "previous from nothing wraps to the end");
        vm.next();
        assertEquals(OutcomeKind.BOUNDARY, vm.selectedProperty().get().pair().kind());
    }

    @Test
    void decisionsMarkPairsAndUndoTakesThemBack() {
        vm.next();
        var boundary = vm.selectedProperty().get();
        vm.decide(Decision.ACCEPT_BOTH);
        assertTrue(vm.isDecided(boundary));
        assertEquals(OutcomeKind.LABEL_CONFLICT, vm.selectedProperty().get().pair().kind(), "moves on to the next");
        vm.decide(Decision.REJECT);
        assertEquals(2, vm.decidedCountProperty().get());
        assertEquals(2, vm.consensusTags(f.doc).size(), "reject wrote nothing");
        vm.acceptAllMatches();
        assertEquals(3, vm.consensusTags(f.doc).size());
        vm.undo();
        assertEquals(2, vm.consensusTags(f.doc).size(), "undo: accept all matches");
        vm.undo();
        assertEquals(2, vm.consensusTags(f.doc).size(), "undo: the rejection wrote nothing");
        assertEquals(1, vm.decidedCountProperty().get());
        vm.undo();
        assertEquals(0, vm.consensusTags(f.doc).size(), "undo: accept both, one step");
        assertFalse(vm.isDecided(boundary));
    }

    /** Ben tags Ann's "Only" too: a second article both tagged, with one match. */
    void secondArticleBothTagged() {
        f.session.annotations().tag(f.annOnly, f.ben, f.per, new Span(0, 4));
        vm.refresh();
        assertEquals(2, vm.documentCount());
    }

    @Test
    void acceptAllMatchesActsOnTheChosenScopeAndSaysHowMany() {
        secondArticleBothTagged();
        assertEquals(f.doc.id(), vm.shownDocumentProperty().get().id(), "the first article is shown");
        vm.acceptAllMatches();
        assertEquals(1, vm.consensusTags(f.doc).size(), "Macron");
        assertEquals(1, vm.consensusTags(f.annOnly).size(), "Only: an article that is not shown, in the chosen scope");
        assertEquals("2 matching tags accepted in 2 articles.", vm.messageProperty().get());
        vm.acceptAllMatches();
        assertEquals("No new matching tags: all 2 are in consensus already.", vm.messageProperty().get());
        vm.undo();
        assertEquals(0, vm.consensusTags(f.doc).size(), "Ctrl+Z in the compare window takes back the whole action");
        assertEquals(0, vm.consensusTags(f.annOnly).size());

        vm.scopeProperty().set(vm.documentChoices().get(2));
        vm.acceptAllMatches();
        assertEquals(1, vm.consensusTags(f.annOnly).size());
        assertEquals(0, vm.consensusTags(f.doc).size(), "one article chosen: only that one");
        assertEquals("1 matching tag accepted in 1 article.", vm.messageProperty().get());
    }

    @Test
    void oneDocumentScopeAndPairwise() {
        vm.scopeProperty().set(vm.documentChoices().get(2));
        assertEquals(f.annOnly.id(), vm.shownDocumentProperty().get().id());
        assertEquals(0, vm.comparisonProperty().get().report().overall().bSpans());
        assertEquals(1, vm.disagreements().size(), "Ann's only-A tag");
        assertEquals(2.0 / 7, vm.pairwise(true).exactF1("Ann", "Ben"), 1e-9);
    }
}
