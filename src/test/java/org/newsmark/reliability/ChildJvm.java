package org.newsmark.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A child JVM running a test main class on the test class path. The child writes its lines to
 * a log file rather than stdout: a file needs no reader thread racing the kill.
 */
final class ChildJvm {

    private final Process process;
    private final Path log;

    private ChildJvm(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** The tests' app folder for a child JVM too (surefire sets it under target), never the real home. */
    static String home() {
        return "-Dnewsmark.home=" + System.getProperty("newsmark.home",
                Path.of("target", "test-home").toAbsolutePath().toString());
    }

    /** Starts {@code mainClass} with {@code args} followed by the log file's path. */
    static ChildJvm start(Class<?> mainClass, Path log, Path stderr, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", home(),
                "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        command.add(log.toString());
        try {
            Files.deleteIfExists(log);
            return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(false)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(stderr.toFile()).start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the child has written {@code line} (true), died, or {@code millis} passed. */
    boolean awaitLine(String line, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline && process.isAlive()) {
            if (lines().contains(line)) {
                return true;
            }
            Thread.sleep(5);
        }
        return lines().contains(line);
    }

    /** SIGKILL (destroyForcibly on Linux): no shutdown hooks, no finally blocks, no flush. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The complete lines written so far; a line cut off by the kill was never fully printed. */
    List<String> lines() {
        try {
            if (!Files.exists(log)) {
                return List.of();
            }
            String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
            int end = text.lastIndexOf('\n');
            return end < 0 ? List.of() : Arrays.asList(text.substring(0, end).split("\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
