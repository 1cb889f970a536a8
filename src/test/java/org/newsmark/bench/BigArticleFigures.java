package org.newsmark.bench;

import static org.newsmark.bench.NewsmarkBenchmark.DIR;
import static org.newsmark.bench.NewsmarkBenchmark.MB;
import static org.newsmark.bench.NewsmarkBenchmark.awaitPulse;
import static org.newsmark.bench.NewsmarkBenchmark.col;
import static org.newsmark.bench.NewsmarkBenchmark.fx;
import static org.newsmark.bench.NewsmarkBenchmark.gc;
import static org.newsmark.bench.NewsmarkBenchmark.median;
import static org.newsmark.bench.NewsmarkBenchmark.p99;
import static org.newsmark.bench.NewsmarkBenchmark.peakHeap;
import static org.newsmark.bench.NewsmarkBenchmark.resetPeaks;
import static org.newsmark.bench.NewsmarkBenchmark.timeToPulse;
import static org.newsmark.bench.NewsmarkBenchmark.timed;
import static org.newsmark.bench.NewsmarkBenchmark.usedHeap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javafx.scene.Scene;
import org.newsmark.app.NewsmarkApp;
import org.newsmark.domain.Label;
import org.newsmark.service.port.ProjectStore;
import org.newsmark.storage.BenchData;
import org.newsmark.storage.SqliteProjectStores;
import org.newsmark.ui.workbench.MainWindow;
import org.newsmark.ui.workbench.WorkbenchViewModel;
import org.testfx.api.FxToolkit;

/**
 * Issue 18, point 5: a 10 MB article whose shown layer has 100,000 tags (and 10,000 links), in
 * the real window, headless. Rows: the open (openDocument to the first post-layout pulse, as the
 * editor section's), a tag with the next CSS + layout pass, and the frame intervals of a
 * scripted scroll from the top to the bottom (see {@link ScrollFrames}).
 */
final class BigArticleFigures {

    static final int CHARS = 10 * MB;
    static final int TAGS = 100_000;
    static final int LINKS = 10_000;

    private final NewsmarkBenchmark bench;
    private final Random random = new Random(18);
    private long bigId;
    private long smallId;
    private int length;

    BigArticleFigures(NewsmarkBenchmark bench) {
        this.bench = bench;
    }

    void measure() throws Exception {
        Path file = generate();
        System.setProperty("newsmark.home", DIR.resolve("big-home").toString());
        FxToolkit.registerPrimaryStage();
        NewsmarkApp app = (NewsmarkApp) FxToolkit.setupApplication(NewsmarkApp.class, file.toString(), "--analyst", "A1");
        try {
            MainWindow w = fx(app::window);
            WorkbenchViewModel vm = w.viewModel();
            Scene scene = fx(w::getScene);
            open(w, vm, scene);
            tagOnScreen(w, scene);
            tag(vm, scene);
            if (!Boolean.getBoolean("bench.big.noScroll")) { // for profiling the open and the tags alone
                scroll(w, scene);
            }
        } finally {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    /** One analyst's layer holds all 100,000 tags: the editor, the tag table and the counts show every one. */
    private Path generate() throws Exception {
        Path file = DIR.resolve("big.newsmark");
        Files.deleteIfExists(file);
        String text = NewsmarkBenchmark.article(CHARS, 18);
        length = text.length();
        long g0 = System.nanoTime();
        try (ProjectStore p = new SqliteProjectStores().create(file)) {
            BenchData.fastWrites(p, true);
            long a1 = p.analysts().findOrCreate("A1").id();
            List<Long> labels = p.labels().all().stream().map(Label::id).toList();
            bigId = p.documents().insert("Ten megabytes", "gen", text).id();
            BenchData.insertRandomAnnotations(p, bigId, length, List.of(a1), labels, TAGS, 18);
            int links = BenchData.insertRandomLinks(p, bigId, a1, LINKS, 18);
            String small = NewsmarkBenchmark.article(3000, 2);
            smallId = p.documents().insert("Small article", "gen", small).id();
            BenchData.insertRandomAnnotations(p, smallId, small.length(), List.of(a1), labels, 30, 2);
            BenchData.fastWrites(p, false);
            bench.notes.add(String.format(Locale.ROOT, "Big article: %,d characters (%,d words), %,d tags and %,d links in the shown "
                    + "layer, generated in %.1f s.", length, NewsmarkBenchmark.words(text), TAGS, links, (System.nanoTime() - g0) / 1e9));
        }
        return file;
    }

    /** openDocument → first post-layout pulse, alternating with a small article (as the editor section). */
    private void open(MainWindow w, WorkbenchViewModel vm, Scene scene) throws Exception {
        List<Long> open = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        List<Long> gcs = new ArrayList<>();
        long peak = 0;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int run = 0; run < 6; run++) {
            fx(() -> { vm.openDocument(smallId); return null; });
            awaitPulse(scene);
            gc();
            resetPeaks();
            long c0 = fx(threads::getCurrentThreadCpuTime);
            long g0 = gcMillis();
            open.add(timeToPulse(scene, () -> vm.openDocument(bigId)));
            gcs.add((gcMillis() - g0) * 1_000_000);
            cpu.add(fx(threads::getCurrentThreadCpuTime) - c0);
            peak = Math.max(peak, peakHeap());
        }
        String check = fx(() -> {
            var area = w.editor().area();
            var tags = vm.annotations();
            int styled = 0;
            for (int i = 0; i < 50; i++) {
                if (!area.getStyleAtPosition(tags.get(i).begin() + 1).css().isEmpty()) styled++;
            }
            return area.getLength() + " chars, " + area.getParagraphs().size() + " paragraphs, " + area.getVisibleParagraphs().size()
                    + " visible, " + styled + "/50 first tags styled, " + tags.size() + " tags shown, " + vm.linking().count() + " links";
        });
        bench.notes.add("Big article open check: " + check + "; the first open (cold JIT) took " + NewsmarkBenchmark.ms(open.get(0) / 1e6)
                + ".");
        bench.row("Open 10 MB article, 100,000 tags, 10,000 links: openDocument → styled, laid-out frame", "≤ 1 s", open, peak, 1000, 0);
        // a busy machine stretches wall time; the JavaFX thread's CPU time and the collectors' time do not wait for a core
        bench.row("  of which: CPU time of the JavaFX thread (ThreadMXBean)", "—", cpu, -1, 0, 0);
        bench.row("  of which: garbage collection (GarbageCollectorMXBean times, all collectors)", "—", gcs, -1, 0, 0);
        gc();
        bench.rows.add(new String[] {"Heap used with the 10 MB article open (after GC, whole JVM incl. test harness)", "—", "1",
                NewsmarkBenchmark.mbs(usedHeap()), "", "", ""});
    }

    private static long gcMillis() {
        long sum = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    /** Point 5's "tags within target 1": tags in the text on screen, timed to the painted frame as point 1's headline row. */
    private void tagOnScreen(MainWindow w, Scene scene) throws Exception {
        WorkbenchViewModel vm = w.viewModel();
        NewsmarkBenchmark.warmUp(scene, vm, fx(() -> vm.labels().toArray(new Label[0])), length);
        try (FrameTimer timer = new FrameTimer(scene)) {
            List<long[]> tags = new TagFrameFigures(bench, w, timer).tagsOnScreen(50, 100);
            bench.row("Tag in the 10 MB article at 100,000 tags, in the text on screen, to painted frame (as point 1), 100× after 50",
                    "median ≤ 8, p99 ≤ 16 ms", col(tags, 1), -1, 8, 16);
        }
    }

    /** Tags at random places of the 10 MB article, timed as the editor section's tag row, with the next CSS + layout pass. */
    private void tag(WorkbenchViewModel vm, Scene scene) throws Exception {
        Label[] labels = fx(() -> vm.labels().toArray(new Label[0]));
        List<long[]> times = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            int b = random.nextInt(length - 60);
            int e = b + 5 + random.nextInt(50);
            Label l = labels[random.nextInt(labels.length)];
            long[] t = timed(scene, () -> vm.tag(l, b, e));
            if (i >= 50) { // 50 JIT warm-up tags
                times.add(t);
            }
        }
        bench.row("Tag in the 10 MB article at 100,000 tags (service + commit + restyle), 100× after 50 warm-up", "—",
                col(times, 0), -1, 0, 0);
        bench.row("  same, including the CSS + layout pass of the next pulse", "median ≤ 8, p99 ≤ 16 ms", col(times, 1), -1, 8, 16);
    }

    /** The frame intervals of a scroll from the top to the bottom, one step per pulse. */
    private void scroll(MainWindow w, Scene scene) throws Exception {
        var area = w.editor().area();
        for (ScrollFrames.Step step : ScrollFrames.Step.values()) {
            ScrollFrames.Result warm = ScrollFrames.run(area, step, 200); // JIT warm-up, not recorded
            ScrollFrames.Result r = ScrollFrames.run(area, step, step.maxFrames);
            List<Long> frames = r.intervals();
            long slow = frames.stream().filter(x -> x > 33_333_333L).count();
            String what = String.format(Locale.ROOT, "Scroll the 10 MB article top to bottom, %s per pulse: frame interval (%,d frames)",
                    step.description, frames.size());
            bench.row(what, "≥ 30 fps: every frame ≤ 33.3 ms", frames, -1, 0, 0);
            long worst = frames.stream().mapToLong(Long::longValue).max().orElse(0);
            bench.notes.add(String.format(Locale.ROOT, "Scroll, %s per pulse: %,d frames over paragraphs %,d → %,d of %,d (%s); "
                            + "median %s, p99 %s, worst %s; %,d frames (%.2f%%) over 33.3 ms: %s. Warm-up pass %,d frames.",
                    step.description, frames.size(), r.firstParagraph(), r.lastParagraph(), r.paragraphs(),
                    r.reachedEnd() ? "reached the end" : "DID NOT reach the end", NewsmarkBenchmark.ms(median(frames) / 1e6),
                    NewsmarkBenchmark.ms(p99(frames) / 1e6), NewsmarkBenchmark.ms(worst / 1e6), slow, 100.0 * slow / frames.size(),
                    slow == 0 ? "met" : "MISSED", warm.intervals().size()));
            awaitPulse(scene);
        }
    }
}
