package org.newsmark.bench;

import com.sun.javafx.tk.TKPulseListener;
import com.sun.javafx.tk.Toolkit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Times what the analyst waits for after a key or a click: the action on the JavaFX thread plus the
 * work of the pulse that shows it, from the scene pulse's start (CSS, layout, bounds, hand-over to the
 * render thread) to the end of the toolkit pulse. The idle wait for the pulse timer is not counted;
 * the software renderer's own thread is not either (see docs/performance.md).
 */
final class FrameTimer implements AutoCloseable {

    private final Scene scene;
    private final Runnable pulseStarted = this::pulseStarted;
    private final TKPulseListener pulseEnded = this::pulseEnded;
    private CompletableFuture<long[]> pending;
    private long actionEnd;
    private long actionNanos;
    private long pulseStart;

    FrameTimer(Scene scene) throws Exception {
        this.scene = scene;
        NewsmarkBenchmark.fx(() -> {
            scene.addPreLayoutPulseListener(pulseStarted);
            Toolkit.getToolkit().addPostSceneTkPulseListener(pulseEnded);
            return null;
        });
    }

    /** {action alone, action + the pulse that shows it}, in nanoseconds. */
    long[] frame(NewsmarkBenchmark.Action action) throws Exception {
        CompletableFuture<long[]> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long t0 = System.nanoTime();
            try {
                action.run();
            } catch (Exception e) {
                done.completeExceptionally(e);
                return;
            }
            actionEnd = System.nanoTime();
            actionNanos = actionEnd - t0;
            pulseStart = 0;
            pending = done;
            Platform.requestNextPulse();
        });
        return done.get(120, TimeUnit.SECONDS);
    }

    private void pulseStarted() {
        if (pending != null && pulseStart == 0) {
            pulseStart = System.nanoTime();
        }
    }

    private void pulseEnded() {
        if (pending != null && pulseStart >= actionEnd) {
            CompletableFuture<long[]> done = pending;
            pending = null;
            done.complete(new long[] {actionNanos, actionNanos + System.nanoTime() - pulseStart});
        }
    }

    @Override
    public void close() throws Exception {
        NewsmarkBenchmark.fx(() -> {
            scene.removePreLayoutPulseListener(pulseStarted);
            Toolkit.getToolkit().removePostSceneTkPulseListener(pulseEnded);
            return null;
        });
    }
}
