package org.newsmark.ui.common;

import java.util.function.Consumer;
import org.newsmark.domain.TaskControl;

/**
 * How view-models run long work: off the JavaFX thread, with progress and Cancel, results handed
 * back on the JavaFX thread. Tests give view-models one that runs everything at once (JabRef's
 * TaskExecutor shape).
 */
public interface TaskRunner {

    /** The work itself: runs off the UI thread, reports progress and sees a cancel through {@code control}. */
    @FunctionalInterface
    interface Work<T> {
        T run(TaskControl control) throws Exception;
    }

    /**
     * Runs {@code work} in the background. {@code onDone} gets its result and {@code onFailure} its
     * exception ({@link TaskControl.CancelledException} when cancelled), both on the UI thread.
     */
    <T> void run(String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure);

    /**
     * Runs {@code work} in the background with no progress window and nothing modal, so the
     * analyst goes on working (suggestions, prefetching): {@code onDone} and {@code onFailure} on the
     * UI thread. Its own thread: never queued behind an import. By default as {@link #run}.
     */
    default <T> void runQuietly(Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        run("", work, onDone, onFailure);
    }

    /** Runs {@code action} on the UI thread: now when called there, else as soon as it is free. */
    void onUiThread(Runnable action);
}
