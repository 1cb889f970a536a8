package org.newsmark.ui.tasks;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.stage.Window;
import org.newsmark.service.TaskControl;

/**
 * Runs imports and exports off the JavaFX thread with a progress dialog and a Cancel button.
 * One job at a time: the dialog is modal, so no edit can interleave with an import.
 */
public final class BackgroundWork {

    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "newsmark-background");
        t.setDaemon(true);
        return t;
    });

    /** The work, given a way to report progress and to see a cancel. */
    @FunctionalInterface
    public interface Work<T> {
        T run(TaskControl control) throws Exception;
    }

    private BackgroundWork() {
    }

    /**
     * @param onDone    runs on the JavaFX thread with the result
     * @param onFailure runs on the JavaFX thread with the failure ({@link TaskControl.CancelledException} when cancelled)
     */
    public static <T> Task<T> run(Window owner, String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.run(new TaskControl() {
                    @Override
                    public void progress(long done, long total) {
                        report(done, total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return isTaskCancelled();
                    }
                });
            }

            private void report(long done, long total) {
                updateProgress(done, Math.max(total, 1));
            }

            private boolean isTaskCancelled() {
                return isCancelled();
            }
        };
        ProgressDialog dialog = new ProgressDialog(owner, title, task);
        task.setOnSucceeded(e -> {
            dialog.close();
            onDone.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            dialog.close();
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> {
            dialog.close();
            onFailure.accept(new TaskControl.CancelledException());
        });
        dialog.showSoon();
        WORKER.submit(task);
        return task;
    }
}
