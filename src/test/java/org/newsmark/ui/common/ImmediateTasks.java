package org.newsmark.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.newsmark.domain.TaskControl;

/**
 * A task runner for screenless view-model tests. By default it runs each job at once on the
 * calling thread (the test's "UI thread"). With {@link #onWorkerThread()} the work itself runs on
 * a real second thread, as in the application, while results are still handed back on the
 * calling thread, and {@link #onUiThread} called from the worker is queued and run on the calling
 * thread once the work is done (before its result is handed back), as {@code Platform.runLater}
 * would.
 */
public final class ImmediateTasks implements TaskRunner {

    private final List<String> titles = new ArrayList<>();
    private final Thread uiThread = Thread.currentThread();
    private final Queue<Runnable> fromWorker = new ConcurrentLinkedQueue<>();
    private boolean worker;
    private volatile boolean cancel;

    /** The work runs on another thread, as FxTaskRunner does; results come back on this one. */
    public ImmediateTasks onWorkerThread() {
        worker = true;
        return this;
    }

    /** Every job from now on sees a cancel. */
    public void cancelAll() {
        cancel = true;
    }

    public List<String> titles() {
        return titles;
    }

    @Override
    public <T> void run(String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        titles.add(title);
        TaskControl control = new TaskControl() {
            @Override
            public boolean isCancelled() {
                return cancel;
            }
        };
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Runnable job = () -> {
            try {
                result[0] = work.run(control);
            } catch (Throwable t) {
                failure[0] = t;
            }
        };
        if (worker) {
            Thread t = new Thread(job, "test-worker");
            t.start();
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        } else {
            job.run();
        }
        for (Runnable r = fromWorker.poll(); r != null; r = fromWorker.poll()) {
            r.run();
        }
        if (failure[0] != null) {
            onFailure.accept(failure[0]);
        } else {
            @SuppressWarnings("unchecked")
            T value = (T) result[0];
            onDone.accept(value);
        }
    }

    @Override
    public void onUiThread(Runnable action) {
        if (worker && Thread.currentThread() != uiThread) {
            fromWorker.add(action);
        } else {
            action.run();
        }
    }
}
