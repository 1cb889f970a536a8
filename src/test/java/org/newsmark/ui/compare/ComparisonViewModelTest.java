package org.newsmark.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.TaskControl;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.common.TaskRunner;
import org.newsmark.ui.workbench.WorkbenchViewModel;
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
import org.newsmark.ui.compare.ComparisonViewModel.Disagreement;

/** The compare view's state and actions, without a screen. */
class ComparisonViewModelTest {

    @TempDir
    Path dir;
    TwoAnalystFixture f;
    ComparisonViewModel vm;
    ScriptedDialogs dialogs;
    ImmediateTasks tasks;
    SaveStatusViewModel status;

    @BeforeEach
    void setUp() throws Exception {
        f = new TwoAnalystFixture(dir.resolve("vm.newsmark"));
        dialogs = new ScriptedDialogs();
        tasks = new ImmediateTasks();
        status = new SaveStatusViewModel(dialogs, null);
        vm = new ComparisonViewModel(f.session, tasks, dialogs, status);
    }

    @AfterEach
    void tearDown() {
        vm.close();
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

    ComparisonViewModel reopen() {
        vm.close();
        return new ComparisonViewModel(f.session, new ImmediateTasks(), dialogs, new SaveStatusViewModel(dialogs, null));
    }

    Disagreement row(ComparisonViewModel in, OutcomeKind kind) {
        return in.disagreements().stream().filter(d -> d.pair().kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void decisionsProgressAndTheSelectionComeBackWhenTheWindowOpensAgain() throws Exception {
        assertEquals("0 of 3 decided", vm.progressProperty().get());
        vm.next();
        vm.decide(Decision.ACCEPT_A);
        vm.decide(Decision.REJECT);
        assertEquals("2 of 3 decided", vm.progressProperty().get());
        assertEquals(OutcomeKind.ONLY_B, vm.selectedProperty().get().pair().kind(), "moved on to the last one");

        vm = reopen();
        assertEquals("2 of 3 decided", vm.progressProperty().get(), "progress is back");
        assertEquals(Optional.of(Decision.ACCEPT_A), vm.decisionOf(row(vm, OutcomeKind.BOUNDARY)));
        assertEquals(Optional.of(Decision.REJECT), vm.decisionOf(row(vm, OutcomeKind.LABEL_CONFLICT)), "a rejection is remembered");
        assertFalse(vm.isDecided(row(vm, OutcomeKind.ONLY_B)));
        assertEquals(OutcomeKind.ONLY_B, vm.selectedProperty().get().pair().kind(), "the disagreement selected at closing");

        vm.close();
        f.session.close();
        f = TwoAnalystFixture.reopen(dir.resolve("vm.newsmark"));
        vm = new ComparisonViewModel(f.session, new ImmediateTasks(), dialogs, new SaveStatusViewModel(dialogs, null));
        assertEquals("2 of 3 decided", vm.progressProperty().get(), "kept in the project file");
        assertEquals(Optional.of(Decision.REJECT), vm.decisionOf(row(vm, OutcomeKind.LABEL_CONFLICT)));
        assertEquals(OutcomeKind.ONLY_B, vm.selectedProperty().get().pair().kind());
    }

    @Test
    void theAnalystPairAndScopeComeBackAndSwappingKeepsTheDecisions() {
        vm.next();
        vm.decide(Decision.ACCEPT_A); // Ann's "Angela Merkel"
        vm.analystAProperty().set(f.ben);
        vm.analystBProperty().set(f.ann);
        vm.scopeProperty().set(vm.documentChoices().get(1));
        assertEquals(Optional.of(Decision.ACCEPT_B), vm.decisionOf(row(vm, OutcomeKind.BOUNDARY)), "with Ben as A, Ann's span is B's");
        assertEquals("1 of 3 decided", vm.progressProperty().get());
        vm = reopen();
        assertEquals("Ben", vm.analystAProperty().get().name());
        assertEquals("Ann", vm.analystBProperty().get().name());
        assertEquals(f.doc.id(), vm.scopeProperty().get().id());
        assertEquals("1 of 3 decided", vm.progressProperty().get());
    }

    @Test
    void undoRemovesTheDecisionAndTheWorkbenchUndoUnmarksIt() {
        vm.next();
        var boundary = vm.selectedProperty().get();
        vm.decide(Decision.REJECT);
        assertTrue(vm.isDecided(boundary));
        vm.undo();
        assertFalse(vm.isDecided(boundary));
        assertEquals("0 of 3 decided", vm.progressProperty().get());
        assertEquals(boundary, vm.selectedProperty().get(), "back on the pair undone");
        vm = reopen();
        assertFalse(vm.isDecided(row(vm, OutcomeKind.BOUNDARY)), "the record is gone from the project");

        vm.selectedProperty().set(row(vm, OutcomeKind.BOUNDARY));
        vm.decide(Decision.ACCEPT_BOTH);
        assertEquals("1 of 3 decided", vm.progressProperty().get());
        long consensus = f.session.findAnalyst("consensus").orElseThrow().id();
        f.session.annotations().undo(f.doc.id(), consensus); // Ctrl+Z in the workbench, on the consensus layer
        assertEquals("0 of 3 decided", vm.progressProperty().get(), "the compare window hears of an undo made elsewhere");
        assertEquals(0, vm.consensusTags(f.doc).size());
    }

    @Test
    void aReadOnlyProjectShowsItsDecisionsAndRefusesNewOnes() throws Exception {
        vm.next();
        vm.decide(Decision.REJECT);
        vm.close();
        f.session.close();
        try (var readOnly = org.newsmark.service.TestProjects.openReadOnly(dir.resolve("vm.newsmark"))) {
            ScriptedDialogs d = new ScriptedDialogs();
            ComparisonViewModel ro = new ComparisonViewModel(readOnly, new ImmediateTasks(), d, new SaveStatusViewModel(d, "read-only"));
            assertEquals("1 of 3 decided", ro.progressProperty().get());
            ro.selectedProperty().set(row(ro, OutcomeKind.ONLY_B));
            ro.decide(Decision.REJECT);
            assertTrue(ro.messageProperty().get().contains("read-only"), ro.messageProperty().get());
            assertEquals("1 of 3 decided", ro.progressProperty().get());
            ro.close();
        }
        f = TwoAnalystFixture.reopen(dir.resolve("vm.newsmark"));
        vm = new ComparisonViewModel(f.session, new ImmediateTasks(), dialogs, new SaveStatusViewModel(dialogs, null));
        assertEquals("1 of 3 decided", vm.progressProperty().get(), "nothing was written by the read-only window");
    }

    @Test
    void theAgreementTableCopiesAsTabSeparatedTextAndExportsAsCsv() throws Exception {
        org.newsmark.service.TestProjects.assumeFile("the project file's folder");
        vm.scopeProperty().set(vm.documentChoices().get(1));
        List<String> lines = vm.agreementTsv().lines().toList();
        assertEquals("Scope\tLabel\tF1 exact\tF1 overlap\tκ char\tα-U\tMatch\tA\tB", lines.get(0));
        assertEquals("this doc\tall labels\t0.286\t0.571\t0.385\t0.318\t1\t3\t4", lines.get(1));
        assertEquals("this doc\tLOC\t0.000\t0.000\t0.000\t-0.222\t0\t1\t0", lines.get(2));
        assertEquals("all docs\tall labels\t0.286\t0.571\t0.385\t0.318\t1\t3\t4", lines.get(5), "then every document both tagged");
        assertEquals(9, lines.size());
        vm.scopeProperty().set(ComparisonViewModel.ALL);
        assertEquals(5, vm.agreementTsv().lines().count(), "all documents chosen: their rows once");

        Path out = dir.resolve("agreement.csv");
        dialogs.answer(out);
        vm.exportAgreement();
        assertTrue(dialogs.questions.get(0).endsWith("vm-agreement-Ann-Ben.csv]"), dialogs.questions.toString());
        List<String> csv = java.nio.file.Files.readAllLines(out);
        assertEquals("analyst_a,analyst_b,scope,document_id,label,exact_f1,overlap_f1,char_kappa,alpha_u,matches,a_spans,b_spans",
                csv.get(0));
        assertEquals("Ann,Ben,all docs,,all labels,0.2857,0.5714,0.3851,0.3181,1,3,4", csv.get(1));
        assertEquals(5, csv.size());
        vm.scopeProperty().set(vm.documentChoices().get(1));
        dialogs.answer(out);
        vm.exportAgreement();
        csv = java.nio.file.Files.readAllLines(out);
        assertEquals("Ann,Ben,this doc," + f.doc.id() + ",all labels,0.2857,0.5714,0.3851,0.3181,1,3,4", csv.get(1), "replaced whole");
        assertEquals(9, csv.size());
        assertTrue(vm.messageProperty().get().contains("exported to"), vm.messageProperty().get());

        dialogs.answer(dir.resolve("vm.newsmark"));
        vm.exportAgreement();
        assertEquals(1, dialogs.errors.size(), "the project file itself is refused");
        assertTrue(dialogs.errors.get(0).contains("Nothing was written"), dialogs.errors.get(0));
    }

    @Test
    void oneDocumentScopeAndPairwise() {
        vm.scopeProperty().set(vm.documentChoices().get(2));
        assertEquals(f.annOnly.id(), vm.shownDocumentProperty().get().id());
        assertEquals(0, vm.comparisonProperty().get().report().overall().bSpans());
        assertEquals(1, vm.disagreements().size(), "Ann's only-A tag");
        assertEquals(2.0 / 7, vm.pairwise(true).exactF1("Ann", "Ben"), 1e-9);
    }

    // --- adjudication written to the consensus layer ---------------------------

    /** The consensus layer of the fixture's article as a fresh session reads it: "LABEL begin-end". */
    private Set<String> consensusOnDisk() throws Exception {
        try (ProjectSession reader = TestProjects.openReadOnly(dir.resolve("vm.newsmark"))) {
            Set<String> out = new TreeSet<>();
            Analyst consensus = reader.findAnalyst(vm.consensusName()).orElse(null);
            if (consensus != null) {
                for (Annotation a : reader.annotations().annotations(f.doc.id(), consensus.id())) {
                    String label = reader.labels().stream().filter(l -> l.id() == a.labelId()).findFirst().orElseThrow().name();
                    out.add(label + " " + a.begin() + "-" + a.end());
                }
            }
            return out;
        }
    }

    private void select(OutcomeKind kind) {
        vm.selectedProperty().set(vm.disagreements().stream().filter(d -> d.pair().kind() == kind).findFirst().orElseThrow());
    }

    @Test
    void eachDecisionWritesWhatItSaysToTheConsensusLayer() throws Exception {
        select(OutcomeKind.BOUNDARY); // Ann PER "Angela Merkel", Ben PER "Merkel"
        vm.acceptA();
        assertEquals(Set.of("PER 0-13"), consensusOnDisk());
        assertEquals("Accepted A — written to consensus", vm.messageProperty().get());
        assertEquals(OutcomeKind.LABEL_CONFLICT, vm.selectedProperty().get().pair().kind(), "on to the next");

        vm.acceptB(); // Ann LOC "Paris", Ben ORG "Paris"
        assertEquals(Set.of("PER 0-13", "ORG 28-33"), consensusOnDisk());
        assertEquals(OutcomeKind.ONLY_B, vm.selectedProperty().get().pair().kind());

        vm.reject(); // only Ben's ORG "Monday"
        assertEquals(Set.of("PER 0-13", "ORG 28-33"), consensusOnDisk(), "a rejection writes nothing");
        assertEquals("Rejected — nothing written to consensus", vm.messageProperty().get());
        assertEquals(3, vm.decidedCountProperty().get());

        select(OutcomeKind.LABEL_CONFLICT);
        vm.acceptBoth();
        assertEquals(Set.of("PER 0-13", "LOC 28-33", "ORG 28-33"), consensusOnDisk(), "both labels on Paris");
        select(OutcomeKind.ONLY_B);
        vm.acceptA();
        assertEquals("Analyst A marked nothing here: nothing to accept.", vm.messageProperty().get());
        assertEquals(3, consensusOnDisk().size(), "A has nothing there: nothing is written");
        assertEquals(3, vm.decidedCountProperty().get(), "a pair decided twice counts once");
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void undoInTheCompareViewTakesBackTheLastDecisionOnTheOneHistory() throws Exception {
        Analyst consensus = f.session.analyst(vm.consensusName());
        WorkbenchViewModel workbench = new WorkbenchViewModel(f.session, consensus, tasks, dialogs);
        workbench.openDocument(f.doc.id());
        ComparisonViewModel compare = workbench.newComparison();

        compare.selectedProperty().set(compare.disagreements().get(0));
        ComparisonViewModel.Disagreement first = compare.selectedProperty().get();
        compare.acceptA();
        ComparisonViewModel.Disagreement second = compare.selectedProperty().get();
        compare.acceptBoth();
        assertEquals(Set.of("PER 0-13", "LOC 28-33", "ORG 28-33"), consensusOnDisk());
        assertEquals(3, workbench.annotations().size(), "the consensus layer on the workbench follows each decision");
        assertTrue(workbench.canUndoProperty().get());

        compare.undo();
        assertEquals(Set.of("PER 0-13"), consensusOnDisk(), "the last decision (both labels on Paris) is taken back, whole");
        assertEquals(1, workbench.annotations().size());
        assertFalse(compare.isDecided(second));
        assertTrue(compare.isDecided(first));
        assertEquals(second, compare.selectedProperty().get(), "the undone pair is selected again");
        assertEquals("Undone.", compare.messageProperty().get());

        compare.undo();
        assertEquals(Set.of(), consensusOnDisk());
        assertEquals(List.of(), workbench.annotations());
        assertFalse(workbench.canUndoProperty().get(), "nothing left on the consensus history");
        compare.undo();
        assertEquals("Nothing to undo.", compare.messageProperty().get());
        assertEquals(0, compare.decidedCountProperty().get());
    }

    @Test
    void aFailedWriteIsNotSavedInTheSharedStatusWithOneDialog() throws Exception {
        org.newsmark.service.TestProjects.assumeFile("the fault is a file deleted while open");
        vm.next();
        Files.delete(dir.resolve("vm.newsmark"));
        vm.acceptA();
        assertTrue(status.saveState().get().startsWith("NOT SAVED: "), status.saveState().get());
        assertEquals(1, dialogs.errors.size(), dialogs.errors.toString());
        assertEquals(0, vm.decidedCountProperty().get(), "the pair is not marked decided");
        assertEquals(OutcomeKind.BOUNDARY, vm.selectedProperty().get().pair().kind(), "and stays selected");
    }

    // --- the filter and the background refresh -------------------------------

    @Test
    void aRenamedLabelReachesAnOpenCompareWindow() {
        f.session.codebook().update(f.per.withName("person"));
        assertTrue(vm.labelChoices().contains("person"), vm.labelChoices().toString());
        assertTrue(vm.disagreements().stream().anyMatch(d -> d.label().equals("person")), "the pairs carry the new name");
        vm.close();
        f.session.codebook().update(f.per.withName("PER"));
        assertTrue(vm.labelChoices().contains("person"), "a closed window no longer listens");
        vm = new ComparisonViewModel(f.session, tasks, dialogs, status);
    }

    @Test
    void opensOnTwoAnalystsWhoTaggedAnArticleInCommonNotOnANewcomer() {
        f.session.analyst("Abby"); // joined, tagged nothing; first in the list by name
        // no window was closed yet, so no saved position chooses for it
        ComparisonViewModel fresh = new ComparisonViewModel(f.session, tasks, dialogs, status);
        assertEquals("Ann", fresh.analystAProperty().get().name());
        assertEquals("Ben", fresh.analystBProperty().get().name());
        assertEquals(3, fresh.disagreements().size(), "something to compare at once");
        fresh.close();
    }

    @Test
    void changingAnalystBKeepsTheLabelFilterAsSet() throws Exception {
        Analyst cat = f.session.analyst("Cat");
        f.session.annotations().tag(f.doc, cat, f.per, new Span(0, 13));
        f.session.annotations().tag(f.doc, cat, f.loc, new Span(28, 33));
        vm = new ComparisonViewModel(f.session, tasks, dialogs, status);
        vm.labelFilterProperty().set("ORG");
        assertEquals(2, vm.disagreements().size());

        vm.analystBProperty().set(cat);
        assertEquals("ORG", vm.labelFilterProperty().get(), "the filter stays as the user set it");
        assertTrue(vm.labelChoices().contains("ORG"), "and stays a choice, though Ann and Cat used no ORG");
        assertNull(vm.labelChoices().get(0), "all labels first");
        assertEquals(0, vm.disagreements().size(), "no ORG disagreement between Ann and Cat");
        vm.labelFilterProperty().set(null);
        assertEquals(1, vm.disagreements().size(), "Ann's PER Macron only");
        assertEquals(OutcomeKind.ONLY_A, vm.disagreements().get(0).pair().kind());

        vm.labelFilterProperty().set("PER");
        vm.analystBProperty().set(f.ben);
        assertEquals("PER", vm.labelFilterProperty().get());
        assertEquals(1, vm.disagreements().size(), "Ann and Ben again: the PER boundary");
    }

    @Test
    void refreshRunsThroughTheTaskRunner() {
        assertEquals(List.of("Comparing Ann and Ben"), tasks.titles());
        vm.analystBProperty().set(f.ann);
        vm.scopeProperty().set(vm.documentChoices().get(1));
        assertEquals(List.of("Comparing Ann and Ben", "Comparing Ann and Ann", "Comparing Ann and Ann"), tasks.titles());

        // with a runner that holds the work back, nothing is shown until it is done, and a stale result is dropped
        HeldTasks held = new HeldTasks();
        ComparisonViewModel later = new ComparisonViewModel(f.session, held, dialogs, new SaveStatusViewModel(dialogs, null));
        assertNull(later.comparisonProperty().get());
        assertEquals(0, later.disagreements().size());
        assertEquals("Comparing Ann and Ben…", later.messageProperty().get());
        Analyst cat = f.session.analyst("Cat");
        f.session.annotations().tag(f.doc, cat, f.per, new Span(0, 13));
        later.analystBProperty().set(cat);
        assertEquals(2, held.jobs.size());
        held.runNext(); // Ann and Ben: no longer asked for
        assertNull(later.comparisonProperty().get(), "the result for Ben is dropped: B is Cat now");
        held.runNext();
        assertTrue(later.comparisonProperty().get() != null, "shown once its own job is done");
        assertEquals("2 disagreements in 1 document(s).", later.messageProperty().get());
        assertTrue(later.disagreements().stream().allMatch(d -> d.pair().kind() == OutcomeKind.ONLY_A),
                "Cat agrees on Angela Merkel only");
    }

    /** A task runner that keeps each job until the test runs it (work and result both on the test's thread). */
    private static final class HeldTasks implements TaskRunner {
        final List<Runnable> jobs = new ArrayList<>();

        @Override
        public <T> void run(String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
            jobs.add(() -> {
                T result;
                try {
                    result = work.run(TaskControl.NONE);
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onDone.accept(result);
            });
        }

        void runNext() {
            jobs.remove(0).run();
        }

        @Override
        public void onUiThread(Runnable action) {
            action.run();
        }
    }
}
