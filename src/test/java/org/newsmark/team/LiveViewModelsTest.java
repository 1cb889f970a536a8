package org.newsmark.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.Span;
import org.newsmark.domain.TaskControl;
import org.newsmark.service.ProjectSession;
import org.newsmark.storage.PostgresTeam;
import org.newsmark.ui.common.SaveStatusViewModel;
import org.newsmark.ui.common.ScriptedDialogs;
import org.newsmark.ui.common.TaskRunner;
import org.newsmark.ui.compare.ComparisonViewModel;
import org.newsmark.ui.workbench.WorkbenchViewModel;

/**
 * Issue 17's live updates as the windows show them: another analyst's new, changed and deleted
 * tags reach Ben's workbench showing that layer, and Cleo's compare view, within a second, without
 * a reload. The view-models get the notices on a UI thread of their own (this test's), as
 * Platform.runLater hands them over in the app.
 */
class LiveViewModelsTest {

    /** Work at once; what the listener's thread hands to the UI thread waits for {@link #until}. */
    static final class UiThread implements TaskRunner {
        private final Thread ui = Thread.currentThread();
        private final BlockingQueue<Runnable> queued = new LinkedBlockingQueue<>();

        @Override
        public <T> void run(String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
            try {
                onDone.accept(work.run(new TaskControl() {
                    @Override
                    public boolean isCancelled() {
                        return false;
                    }
                }));
            } catch (Exception e) {
                onFailure.accept(e);
            }
        }

        @Override
        public void onUiThread(Runnable action) {
            if (Thread.currentThread() == ui) {
                action.run();
            } else {
                queued.add(action);
            }
        }

        /** Runs what arrives until {@code shown} holds; fails after a second. */
        void until(BooleanSupplier shown, String what) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
            while (!shown.getAsBoolean()) {
                Runnable next = queued.poll(Math.max(1, end - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (next == null) {
                    fail(what + " was not shown within a second");
                }
                next.run();
            }
        }
    }

    @Test
    void anotherAnalystsTagsAppearInTheWorkbenchAndTheCompareViewWithinASecond() throws Exception {
        TeamFixture team = new TeamFixture();
        team.add("Ana", PostgresTeam.Kind.ANALYST);
        team.add("Ben", PostgresTeam.Kind.ANALYST);
        team.add("Cleo", PostgresTeam.Kind.ADJUDICATOR);
        long doc = team.article("a", TeamFixture.RATES);
        UiThread ui = new UiThread();
        try (ProjectSession ana = team.open("Ana"); ProjectSession ben = team.open("Ben"); ProjectSession cleo = team.open("Cleo")) {
            Document d = ana.documents().find(doc).orElseThrow();
            var me = ana.analyst("Ana");
            ben.annotations().tag(ben.documents().find(doc).orElseThrow(), ben.analyst("Ben"), ben.labels().get(0), new Span(0, 5));
            ana.annotations().tag(d, me, ana.labels().get(1), new Span(6, 10)); // both tagged it: it is compared

            WorkbenchViewModel bens = new WorkbenchViewModel(ben, ben.analyst("Ben"), ui, new ScriptedDialogs());
            bens.openDocument(doc);
            bens.showLayerOf(ben.findAnalyst("Ana").orElseThrow());
            ScriptedDialogs dialogs = new ScriptedDialogs();
            ComparisonViewModel cleos = new ComparisonViewModel(cleo, ui, dialogs, new SaveStatusViewModel(dialogs, null));
            cleos.analystAProperty().set(cleos.analysts().stream().filter(a -> a.name().equals("Ana")).findFirst().orElseThrow());
            cleos.analystBProperty().set(cleos.analysts().stream().filter(a -> a.name().equals("Ben")).findFirst().orElseThrow());
            assertEquals(2, cleos.disagreements().size(), "each one's tag alone");
            assertEquals(1, bens.annotations().size());

            Annotation made = ana.annotations().tag(d, me, ana.labels().get(0), new Span(0, 5));
            ui.until(() -> bens.annotations().size() == 2, "Ana's new tag in Ben's window");
            assertTrue(bens.messageProperty().get().contains("changed in another session"), bens.messageProperty().get());
            ui.until(() -> cleos.disagreements().size() == 1, "the agreement in Cleo's compare view");

            ana.annotations().relabel(made, ana.labels().get(1));
            ui.until(() -> bens.annotations().stream().anyMatch(a -> a.id() == made.id() && a.labelId() == ana.labels().get(1).id()),
                    "Ana's relabelled tag");
            ui.until(() -> cleos.disagreements().size() == 2, "the label conflict in Cleo's compare view");

            ana.annotations().undo(d.id(), me.id());
            ana.annotations().undo(d.id(), me.id());
            ui.until(() -> bens.annotations().size() == 1, "Ana's tag, undone, gone from Ben's window");
        }
    }
}
