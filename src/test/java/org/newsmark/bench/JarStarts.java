package org.newsmark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Issue 18.2: cold starts as a user runs them, {@code java -jar}, on an X server (Xvfb) with
 * JavaFX's real GTK glass, not Monocle: the application jar ({@code target/newsmark.jar}, its
 * {@code lib/} beside it) opening a project, and the minimal window's jar (its class path the
 * same JavaFX jars). The clock runs from {@code ProcessBuilder.start()} to the child's READY line.
 */
final class JarStarts implements AutoCloseable {

    private final Path dir;
    private final VirtualDisplay display;
    private final Path stderr;
    private long lastExit;
    private long lastComplete;

    private JarStarts(Path dir, VirtualDisplay display) {
        this.dir = dir;
        this.display = display;
        this.stderr = dir.resolve("jar-start-stderr.log");
    }

    /** An Xvfb of its own (see {@link VirtualDisplay}), or empty when there is no Xvfb. */
    static java.util.Optional<JarStarts> open(Path dir) throws Exception {
        return VirtualDisplay.available() ? java.util.Optional.of(new JarStarts(dir, VirtualDisplay.start()))
                : java.util.Optional.empty();
    }

    String display() {
        return display.name();
    }

    /** A jar holding only {@link MinimalWindow}, its manifest's Class-Path the JavaFX jars of {@code lib}. */
    Path minimalJar(Path lib) throws IOException {
        Path jar = dir.resolve("minimal-window.jar");
        StringBuilder cp = new StringBuilder();
        try (Stream<Path> jars = Files.list(lib)) {
            for (Path j : jars.filter(j -> j.getFileName().toString().startsWith("javafx-")).sorted().toList()) {
                cp.append(dir.relativize(j).toString().replace('\\', '/')).append(' ');
            }
        }
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, MinimalWindow.Main.class.getName());
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, cp.toString().trim());
        Path classes = Path.of("target", "test-classes");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), m);
             Stream<Path> files = Files.walk(classes.resolve("org/newsmark/bench"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("MinimalWindow")).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    /** {@code java JVM-OPTIONS -jar JAR ARGS}; nanoseconds from process start to READY. */
    long time(String javaBin, List<String> jvm, Path jar, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBin);
        cmd.addAll(jvm);
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(stderr.toFile());
        Map<String, String> env = pb.environment();
        env.put("DISPLAY", display.name());
        env.remove("WAYLAND_DISPLAY");
        ReadyLine.Timing timing = ReadyLine.time(pb, 120);
        lastExit = timing.exit();
        lastComplete = timing.complete();
        long t = timing.ready();
        if (t < 0) {
            throw new IllegalStateException("child did not report READY: " + cmd + "\n" + Files.readString(stderr));
        }
        return t;
    }

    /** Nanoseconds from the last start to its COMPLETE line (the whole workbench), -1 when it printed none. */
    long lastComplete() {
        return lastComplete;
    }

    /** Nanoseconds from the last start to the end of its process. */
    long lastExit() {
        return lastExit;
    }

    /** How many classes one start loads, and how many of them came from a CDS archive (-Xlog:class+load). */
    String classCount(String javaBin, List<String> jvm, Path jar, List<String> args) throws Exception {
        Path log = dir.resolve("class-load.log");
        List<String> opts = new ArrayList<>(jvm);
        opts.add("-Xlog:class+load=info:file=" + log);
        time(javaBin, opts, jar, args);
        List<String> lines = Files.readAllLines(log);
        long shared = lines.stream().filter(l -> l.contains("shared objects file")).count();
        return String.format(java.util.Locale.ROOT, "%,d (%,d from the JDK's CDS archive)", lines.size(), shared);
    }

    @Override
    public void close() throws InterruptedException {
        display.close();
    }
}
