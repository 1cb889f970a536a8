package org.newsmark.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.service.port.ProjectStore;
import org.newsmark.storage.BenchData;
import org.newsmark.storage.SqliteProjectStores;

/**
 * Issue 18, point 4: the start of the installed package ({@code /opt/newsmark/bin/Newsmark}, the
 * launcher a user runs) to a project window that accepts a key, against a minimal JavaFX window.
 * The package has no Monocle, so both run on an Xvfb of this section's own with the real GTK glass,
 * alternated, 7 runs each after one warm-up run of each. The clock runs from process start to the
 * {@code READY} line: the app prints it with {@code -Dnewsmark.startProbe=exit} (passed in
 * {@code JAVA_TOOL_OPTIONS}, which the launcher's JVM reads), the minimal window is
 * {@link MinimalWindow} (the start section's baseline).
 */
final class InstalledStartFigures {

    static final Path LAUNCHER = Paths.get("/opt/newsmark/bin/Newsmark");
    static final String HOW_TO_INSTALL = "mvn -Pinstaller package && sudo apt-get install ./target/installer/newsmark_*.deb";
    private static final int RUNS = 7;

    private final NewsmarkBenchmark bench;
    private final Path dir = NewsmarkBenchmark.DIR;

    private InstalledStartFigures(NewsmarkBenchmark bench) {
        this.bench = bench;
    }

    /** Adds the rows, or a note saying what is missing (the package, Xvfb). */
    static void addTo(NewsmarkBenchmark bench) throws Exception {
        if (!Files.isExecutable(LAUNCHER)) {
            bench.notes.add("Installed start: skipped, " + LAUNCHER + " is not installed (" + HOW_TO_INSTALL + ").");
        } else if (!VirtualDisplay.available()) {
            bench.notes.add("Installed start: skipped, it needs Xvfb (apt-get install -y xvfb).");
        } else {
            new InstalledStartFigures(bench).measure();
        }
    }

    /** The minimal window's classes and the JavaFX jars, nothing else (as its own jar in the start section). */
    private static String minimalClassPath() {
        String full = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        StringBuilder cp = new StringBuilder(Paths.get("target", "test-classes").toAbsolutePath().toString());
        for (String e : full.split(java.io.File.pathSeparator)) {
            if (Paths.get(e).getFileName().toString().startsWith("javafx-")) {
                cp.append(java.io.File.pathSeparator).append(e);
            }
        }
        return cp.toString();
    }

    private void measure() throws Exception {
        Path project = smallProject();
        String home = "-Dnewsmark.home=" + dir.resolve("installed-home");
        List<String> installed = List.of(LAUNCHER.toString(), project.toString(), "--analyst", "Ann");
        String probe = "-Dnewsmark.startProbe=exit " + home;
        String javaBin = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> minimal = List.of(javaBin, "-Xshare:auto", "-cp", minimalClassPath(), MinimalWindow.Main.class.getName());
        List<Long> tMin = new ArrayList<>();
        List<Long> tInstalled = new ArrayList<>();
        List<Long> tWhole = new ArrayList<>();
        Path cdsLog = dir.resolve("installed-cds.log");
        Files.deleteIfExists(cdsLog);
        try (VirtualDisplay display = VirtualDisplay.start()) {
            // warm-up runs (the OS file cache), the installed one logging what class-data sharing maps
            timeToReady(minimal, display, null);
            timeToReady(installed, display, probe + " -Xlog:cds=info:file=" + cdsLog);
            for (int run = 0; run < RUNS; run++) {
                tMin.add(timeToReady(minimal, display, null));
                tInstalled.add(timeToReady(installed, display, probe));
                tWhole.add(lastComplete);
            }
        }
        bench.row("Installed start: minimal JavaFX window (GTK glass on Xvfb, baseline)", "—", tMin, -1, 0, 0);
        bench.row("Installed start: /opt/newsmark/bin/Newsmark to a project window (GTK glass on Xvfb)", "≤ 1.2× minimal",
                tInstalled, -1, 0, 0);
        bench.row("  same, to the whole workbench (the side tables join one frame later, ADR 0049)", "—", tWhole, -1, 0, 0);
        double ratio = (double) NewsmarkBenchmark.median(tInstalled) / NewsmarkBenchmark.median(tMin);
        bench.notes.add(String.format(Locale.ROOT, "Installed start / minimal window = %.2f× (target ≤ 1.2×): %s. "
                        + "Both on one Xvfb with the real GTK glass, alternated; the launcher %s.",
                ratio, ratio <= 1.2 ? "met" : "MISSED", archiveMapped(cdsLog)));
    }

    /** What the warm-up run's -Xlog:cds says about the launcher's own archive. */
    private static String archiveMapped(Path cdsLog) throws Exception {
        String log = Files.exists(cdsLog) ? Files.readString(cdsLog) : "";
        if (log.contains("Opened archive /opt/newsmark/lib/app/newsmark.jsa") && log.contains("Mapped static")) {
            return "mapped its class-data-sharing archive (/opt/newsmark/lib/app/newsmark.jsa)";
        }
        return "did NOT map /opt/newsmark/lib/app/newsmark.jsa (see target/bench/installed-cds.log)";
    }

    /** The project coldStart opens too: a 20 KB article with 100 tags of one analyst. */
    private Path smallProject() throws Exception {
        Path file = dir.resolve("installed-start.newsmark");
        Files.deleteIfExists(file);
        try (ProjectStore p = new SqliteProjectStores().create(file)) {
            long a = p.analysts().findOrCreate("Ann").id();
            String text = NewsmarkBenchmark.article(20_000, 3);
            Document d = p.documents().insert("Start article", "gen", text);
            BenchData.insertRandomAnnotations(p, d.id(), text.length(), List.of(a),
                    p.labels().all().stream().map(Label::id).toList(), 100, 3);
        }
        return file;
    }

    /** Nanoseconds from the last start to its COMPLETE line, -1 when it printed none. */
    private long lastComplete;

    /** Nanoseconds from process start to its READY line on standard output. */
    private long timeToReady(List<String> cmd, VirtualDisplay display, String javaToolOptions) throws Exception {
        Path stderr = dir.resolve("installed-stderr.log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(stderr.toFile());
        Map<String, String> env = pb.environment();
        env.put("DISPLAY", display.name());
        env.remove("JAVA_TOOL_OPTIONS");
        if (javaToolOptions != null) {
            env.put("JAVA_TOOL_OPTIONS", javaToolOptions);
        }
        ReadyLine.Timing timing = ReadyLine.time(pb, 60);
        lastComplete = timing.complete();
        long t = timing.ready();
        if (t < 0) {
            throw new IllegalStateException("no READY from " + cmd + "\n" + Files.readString(stderr));
        }
        return t;
    }
}
