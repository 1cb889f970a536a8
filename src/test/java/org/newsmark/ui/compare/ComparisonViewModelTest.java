package org.newsmark.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.newsmark.service.AdjudicationService.Decision;
import org.newsmark.service.TwoAnalystFixture;

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
        assertEquals("Rejected — written to consensus (nothing new to write)", vm.messageProperty().get());
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
