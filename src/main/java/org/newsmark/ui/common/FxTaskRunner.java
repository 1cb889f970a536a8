package org.newsmark.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.stage.Window;
import org.newsmark.domain.TaskControl;

/**
 * The application's task runner: one background thread, a modal progress window with Cancel
 * for work that takes more than a moment (so no edit interleaves with an import), results on
 * the JavaFX thread.
 */
public final class FxTaskRunner implements TaskRunner {

    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "newsmark-background");
        t.setDaemon(true);
        return t;
    });

    private static final ExecutorService QUIET = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "newsmark-quiet");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });

    private final Supplier<Window> owner;

    public FxTaskRunner(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public <T> void run(String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.run(new TaskControl() {
                    @Override
                    public void progress(long done, long total) {
                        updateProgress(done, Math.max(total, 1));
                    }

                    @Override
                    public boolean isCancelled() {
                        return isTaskCancelled();
                    }
                });
            }

            private boolean isTaskCancelled() {
                return isCancelled();
            }
        };
        ProgressWindow progress = new ProgressWindow(owner.get(), title, task);
        task.setOnSucceeded(e -> {
            progress.close();
            onDone.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            progress.close();
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> {
            progress.close();
            onFailure.accept(new TaskControl.CancelledException());
        });
        progress.showSoon();
        WORKER.submit(task);
    }

    @Override
    public <T> void runQuietly(Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        QUIET.submit(() -> {
            try {
                T result = work.run(TaskControl.NONE);
                Platform.runLater(() -> onDone.accept(result));
            } catch (Throwable t) {
                Platform.runLater(() -> onFailure.accept(t));
            }
        });
    }

    @Override
    public void onUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
