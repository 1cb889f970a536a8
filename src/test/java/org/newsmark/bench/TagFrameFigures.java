package org.newsmark.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Label;
import org.newsmark.ui.workbench.MainWindow;
import org.newsmark.ui.workbench.WorkbenchViewModel;

/**
 * Issue 18's headline rows: each edit an analyst makes, timed to the frame that shows it
 * ({@link FrameTimer}) in the open article: tag, undo, redo, relabel, delete, and selecting a tag by
 * clicking it in the text (press, release, click fired at the tag's place on screen).
 */
final class TagFrameFigures {

    private final NewsmarkBenchmark bench;
    private final MainWindow window;
    private final WorkbenchViewModel vm;
    private final FrameTimer timer;
    private final Random random = new Random(18);
    private final Label[] labels;

    TagFrameFigures(NewsmarkBenchmark bench, MainWindow window, FrameTimer timer) throws Exception {
        this.bench = bench;
        this.window = window;
        this.vm = window.viewModel();
        this.timer = timer;
        this.labels = NewsmarkBenchmark.fx(() -> vm.labels().toArray(new Label[0]));
    }

    void run(String where) throws Exception {
        int len = NewsmarkBenchmark.fx(() -> vm.documentProperty().get().length());
        List<long[]> tags = tagsOnScreen(50, 200);
        List<long[]> jumps = new ArrayList<>();
        for (int i = 0; i < 100; i++) jumps.add(tagAnywhere(len));
        List<long[]> undos = new ArrayList<>();
        for (int i = 0; i < 200; i++) undos.add(timer.frame(vm::undo));
        List<long[]> redos = new ArrayList<>();
        for (int i = 0; i < 200; i++) redos.add(timer.frame(vm::redo));
        List<long[]> relabels = new ArrayList<>();
        List<long[]> deletes = new ArrayList<>();
        List<long[]> clicks = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            long[] r = relabel();
            long[] d = delete();
            long[] c = click();
            if (i >= 50) {
                relabels.add(r);
                deletes.add(d);
                clicks.add(c);
            }
        }
        String target = "median ≤ 8, p99 ≤ 16 ms";
        bench.headlineRow("**Tag to painted frame** " + where + ", 200× after 50 warm-up", target, col(tags, 1), 8, 16);
        bench.headlineRow("  undo to painted frame, 200×", target, col(undos, 1), 8, 16);
        bench.headlineRow("  redo to painted frame, 200×", target, col(redos, 1), 8, 16);
        bench.headlineRow("  relabel the selected tag to painted frame, 100× after 50", target, col(relabels, 1), 8, 16);
        bench.headlineRow("  delete the selected tag to painted frame, 100× after 50", target, col(deletes, 1), 8, 16);
        bench.headlineRow("  select a tag by clicking it to painted frame, 100× after 50", target, col(clicks, 1), 8, 16);
        bench.headlineRow("    of which the action before the pulse (tag / click)", "—", NewsmarkBenchmark.concat(col(tags, 0), col(clicks, 0)), 0, 0);
        bench.row("Tag at a random place of the article (the text and the table scroll to it), to painted frame, 100×", "—",
                col(jumps, 1), -1, 0, 0);
    }

    /**
     * Where a tag's frame goes: after each tag, each part of the window gets its own CSS + layout pass
     * in turn (the side panels, the article column, the menus and tool bar, the status bar), then
     * the pulse does the rest (bounds, hand-over to the renderer). One row per part.
     */
    void breakdown() throws Exception {
        List<javafx.scene.Node> parts = NewsmarkBenchmark.fx(() -> {
            List<javafx.scene.Node> p = new ArrayList<>(((javafx.scene.control.SplitPane) window.getCenter()).getItems());
            p.add(window.getTop());
            p.add(window.getBottom());
            return p;
        });
        List<List<Long>> times = new ArrayList<>();
        for (int i = 0; i <= parts.size(); i++) times.add(new ArrayList<>());
        int len = NewsmarkBenchmark.fx(() -> vm.documentProperty().get().length());
        for (int i = 0; i < 120; i++) {
            int[] span = spanOnScreen(len);
            int b = span[0];
            int e = span[1];
            Label l = labels[random.nextInt(labels.length)];
            int n = i;
            long[] t = timer.frame(() -> {
                vm.tag(l, b, e);
                for (int k = 0; k < parts.size(); k++) {
                    long t0 = System.nanoTime();
                    javafx.scene.Node part = parts.get(k);
                    part.applyCss();
                    if (part instanceof javafx.scene.Parent parent) parent.layout();
                    if (n >= 20) times.get(k).add(System.nanoTime() - t0);
                }
            });
            if (n >= 20) times.get(parts.size()).add(t[1] - t[0]);
        }
        // what one tag makes the CSS pass style again, part by part
        for (int i = 0; i < 3; i++) {
            int b = spanOnScreen(len)[0];
            Label l = labels[random.nextInt(labels.length)];
            List<String> census = new ArrayList<>();
            timer.frame(() -> {
                List<NodeCensus> before = new ArrayList<>();
                for (javafx.scene.Node part : parts) before.add(new NodeCensus(part));
                vm.tag(l, b, b + 20);
                for (javafx.scene.Node part : parts) {
                    part.applyCss();
                    if (part instanceof javafx.scene.Parent parent) parent.layout();
                }
                for (int k = 0; k < parts.size(); k++) {
                    census.add(parts.get(k).getClass().getSimpleName() + ": " + before.get(k).since(parts.get(k)));
                }
            });
            bench.notes.add("Nodes a tag styles again (tag " + (i + 1) + "): " + String.join("; ", census));
        }
        for (int k = 0; k < parts.size(); k++) {
            javafx.scene.Node part = parts.get(k);
            String name = part.getClass().getSimpleName() + (part.getId() == null ? "" : " #" + part.getId());
            bench.row("  breakdown of a tag's frame: CSS + layout of " + name, "—", times.get(k), -1, 0, 0);
        }
        bench.row("  breakdown of a tag's frame: the pulse after those (bounds, the rest, hand-over)", "—",
                times.get(parts.size()), -1, 0, 0);
    }

    /** Tags made in the text on screen, each timed to its painted frame: {@code warm} for the JIT, not kept, then {@code n}. */
    List<long[]> tagsOnScreen(int warm, int n) throws Exception {
        int len = NewsmarkBenchmark.fx(() -> vm.documentProperty().get().length());
        for (int i = 0; i < warm; i++) {
            tag(len);
        }
        List<long[]> tags = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tags.add(tag(len));
        }
        return tags;
    }

    private int tagsOnThisScreen;

    /**
     * A tag where an analyst makes one: in the text on screen. Every 20 tags the article scrolls on
     * by a screen (not timed), as a reader's would.
     */
    long[] tag(int len) throws Exception {
        int[] span = spanOnScreen(len);
        Label l = labels[random.nextInt(labels.length)];
        return timer.frame(() -> vm.tag(l, span[0], span[1]));
    }

    private int[] spanOnScreen(int len) throws Exception {
        if (++tagsOnThisScreen > 20) {
            tagsOnThisScreen = 0;
            timer.frame(() -> {
                var area = window.editor().area();
                int last = area.lastVisibleParToAllParIndex();
                area.showParagraphAtTop(last + 1 < area.getParagraphs().size() ? last : 0);
            });
            timer.frame(() -> { });
        }
        int[] screen = NewsmarkBenchmark.fx(() -> {
            var area = window.editor().area();
            int last = area.lastVisibleParToAllParIndex();
            return new int[] {area.getAbsolutePosition(area.firstVisibleParToAllParIndex(), 0),
                    area.getAbsolutePosition(last, area.getParagraphLength(last))};
        });
        int b = screen[0] + random.nextInt(Math.max(1, screen[1] - screen[0] - 60));
        return new int[] {b, Math.min(b + 5 + random.nextInt(50), len)};
    }

    /** A tag anywhere in the article: the view jumps to it. */
    long[] tagAnywhere(int len) throws Exception {
        int b = random.nextInt(len - 60);
        int e = b + 5 + random.nextInt(50);
        Label l = labels[random.nextInt(labels.length)];
        return timer.frame(() -> vm.tag(l, b, e));
    }

    private long[] relabel() throws Exception {
        Annotation a = selectSomeTag();
        Label other = NewsmarkBenchmark.fx(() -> {
            for (Label l : labels) {
                if (l.id() != a.labelId()) return l;
            }
            return labels[0];
        });
        return timer.frame(() -> vm.relabelSelected(other));
    }

    private long[] delete() throws Exception {
        selectSomeTag();
        return timer.frame(vm::deleteSelected);
    }

    private Annotation selectSomeTag() throws Exception {
        Annotation a = NewsmarkBenchmark.fx(() -> vm.annotations().get(random.nextInt(vm.annotations().size())));
        timer.frame(() -> vm.selectedProperty().set(a));
        return a;
    }

    /** Clicks a lone tag among those on screen: press, release, click at its first characters. */
    private long[] click() throws Exception {
        int[] offset = new int[1];
        timer.frame(() -> {
            if (vm.linking().mode().activeProperty().get()) {
                vm.linking().mode().cancel(); // a click in link mode picks a target instead
            }
            vm.selectedProperty().set(null);
        });
        for (int tries = 0; tries < 50 && (offset[0] = NewsmarkBenchmark.fx(this::loneTagOnScreen)) < 0; tries++) {
            timer.frame(() -> { // a screen further on, not timed
                var area = window.editor().area();
                area.showParagraphAtTop(Math.min(area.lastVisibleParToAllParIndex(), area.getParagraphs().size() - 1));
            });
            timer.frame(() -> { });
        }
        if (offset[0] < 0) {
            throw new IllegalStateException("no lone tag on 50 screens");
        }
        return timer.frame(() -> {
            var area = window.editor().area();
            double x = point.getX();
            double y = point.getY();
            fire(area, MouseEvent.MOUSE_PRESSED, x, y, true);
            fire(area, MouseEvent.MOUSE_RELEASED, x, y, false);
            fire(area, MouseEvent.MOUSE_CLICKED, x, y, false);
            if (vm.selectedProperty().get() == null) {
                var hit = area.hit(area.sceneToLocal(x, y).getX(), area.sceneToLocal(x, y).getY()).getCharacterIndex();
                throw new IllegalStateException("the click at " + offset[0] + " selected no tag: hit " + hit + ", tags there "
                        + (hit.isPresent() ? window.editor().tagsAt(hit.getAsInt()).size() : -1) + ", link mode "
                        + vm.linking().mode().activeProperty().get());
            }
        });
    }

    private javafx.geometry.Point2D point;

    /** The middle of character {@code at}, in scene coordinates. */
    private javafx.geometry.Point2D pointOf(int at) {
        var area = window.editor().area();
        Bounds scene = area.localToScene(area.screenToLocal(area.getCharacterBoundsOnScreen(at, at + 1).orElseThrow()));
        return new javafx.geometry.Point2D(scene.getCenterX(), scene.getCenterY());
    }

    /** A lone tag's second character on screen whose middle hits it, or -1 when the screen has none. */
    private int loneTagOnScreen() {
        var area = window.editor().area();
        int from = area.getAbsolutePosition(area.firstVisibleParToAllParIndex(), 0);
        int last = area.lastVisibleParToAllParIndex();
        int to = area.getAbsolutePosition(last, area.getParagraphLength(last));
        List<Integer> candidates = new ArrayList<>();
        for (Annotation a : vm.annotations()) {
            int at = a.begin() + 1;
            if (at >= from && at < to && a.end() - a.begin() > 2 && window.editor().tagsAt(at).size() == 1
                    && area.getCharacterBoundsOnScreen(at, at + 1).isPresent()) {
                candidates.add(at);
            }
        }
        java.util.Collections.shuffle(candidates, random);
        for (int at : candidates) {
            javafx.geometry.Point2D p = pointOf(at);
            javafx.geometry.Point2D local = area.sceneToLocal(p);
            if (area.hit(local.getX(), local.getY()).getCharacterIndex().orElse(-1) == at) {
                point = p;
                return at;
            }
        }
        return -1;
    }

    private static void fire(javafx.scene.Node target, javafx.event.EventType<MouseEvent> type, double x, double y, boolean down) {
        Event.fireEvent(target, new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, false, false, false, false,
                down, false, false, false, false, true, null));
    }

    private static List<Long> col(List<long[]> rows, int i) {
        return NewsmarkBenchmark.col(rows, i);
    }
}
