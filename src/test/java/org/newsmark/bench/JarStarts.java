package org.newsmark.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
    private final Process xvfb;
    private final String display;
    private final Path stderr;
    private long lastExit;

    private JarStarts(Path dir, Process xvfb, String display) {
        this.dir = dir;
        this.xvfb = xvfb;
        this.display = display;
        this.stderr = dir.resolve("jar-start-stderr.log");
    }

    /** An Xvfb of its own (the first free display, as Xvfb -displayfd picks it), or empty when there is no Xvfb. */
    static java.util.Optional<JarStarts> open(Path dir) throws IOException {
        String exe = NewsmarkBenchmark.findOnPath("Xvfb");
        if (exe == null) {
            return java.util.Optional.empty();
        }
        Process x = new ProcessBuilder(exe, "-displayfd", "1", "-screen", "0", "1400x900x24", "-nolisten", "tcp")
                .redirectError(dir.resolve("xvfb.log").toFile()).start();
        String number = new BufferedReader(new InputStreamReader(x.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        if (number == null || number.isBlank()) {
            x.destroy();
            throw new IOException("Xvfb gave no display number: " + Files.readString(dir.resolve("xvfb.log")));
        }
        return java.util.Optional.of(new JarStarts(dir, x, ":" + number.trim()));
    }

    String display() {
        return display;
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
        env.put("DISPLAY", display);
        env.remove("WAYLAND_DISPLAY");
        long t0 = System.nanoTime();
        Process p = pb.start();
        long t = -1;
        try (InputStream in = p.getInputStream()) {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) != -1) {
                if (c == '\n') {
                    if (line.toString().equals("READY")) {
                        t = System.nanoTime() - t0;
                        break;
                    }
                    line.setLength(0);
                } else {
                    line.append((char) c);
                }
            }
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        lastExit = System.nanoTime() - t0;
        if (t < 0) {
            throw new IllegalStateException("child did not report READY: " + cmd + "\n" + Files.readString(stderr));
        }
        return t;
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
        xvfb.destroy();
        if (!xvfb.waitFor(10, TimeUnit.SECONDS)) {
            xvfb.destroyForcibly();
        }
    }
}
