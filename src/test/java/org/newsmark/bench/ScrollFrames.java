package org.newsmark.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.newsmark.ui.editor.ReadingArea;

/**
 * A scripted scroll of the article: an {@link AnimationTimer} scrolls the area by a fixed step in
 * every pulse, from the top, until the last paragraph is on screen (or a frame limit). The
 * timer's callback runs once per pulse, before its CSS and layout pass, so the time between two
 * callbacks is one frame: the previous pulse's CSS, layout and painting, the work queued
 * between pulses (the link arcs' redraw) and the wait for the next pulse (60 per second).
 */
final class ScrollFrames {

    enum Step {
        /** One screen per pulse: Page Down held, or the scroll bar dragged fast; every frame lays out new paragraphs. */
        PAGE("one screen", 20_000),
        /** Three lines per pulse (a mouse wheel's notch, 60 px) for 1,200 frames: 20 s of steady wheel scrolling from the top. */
        WHEEL("60 px (a wheel notch)", 1_200);

        final String description;
        final int maxFrames;

        Step(String description, int maxFrames) {
            this.description = description;
            this.maxFrames = maxFrames;
        }

        double pixels(ReadingArea area) {
            return this == PAGE ? area.getViewportHeight() : 60;
        }
    }

    /** The intervals between consecutive pulses (nanoseconds) and which paragraphs were at the top. */
    record Result(List<Long> intervals, int firstParagraph, int lastParagraph, int paragraphs, boolean reachedEnd) {
    }

    private ScrollFrames() {
    }

    static Result run(ReadingArea area, Step step, int maxFrames) throws Exception {
        NewsmarkBenchmark.fx(() -> {
            area.showParagraphAtTop(0);
            return null;
        });
        NewsmarkBenchmark.awaitPulse(area.getScene());
        CompletableFuture<Result> done = new CompletableFuture<>();
        int paragraphs = NewsmarkBenchmark.fx(() -> area.getParagraphs().size());
        Platform.runLater(() -> new AnimationTimer() {
            private final List<Long> intervals = new ArrayList<>();
            private long last = -1;
            private int first = -1;

            @Override
            public void handle(long pulse) {
                long now = System.nanoTime();
                if (last >= 0) {
                    intervals.add(now - last);
                }
                last = now;
                int top = area.firstVisibleParToAllParIndex();
                if (first < 0) {
                    first = top;
                }
                boolean atEnd = area.lastVisibleParToAllParIndex() == paragraphs - 1;
                if (atEnd || intervals.size() >= maxFrames) {
                    stop();
                    done.complete(new Result(intervals, first, top, paragraphs, atEnd));
                    return;
                }
                area.scrollYBy(step.pixels(area));
            }
        }.start());
        return done.get(20, TimeUnit.MINUTES);
    }
}
