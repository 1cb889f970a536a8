package org.newsmark.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsmark.app.cli.NewsmarkCli;

/**
 * The command line as the reliability tests run it: in this JVM, with standard output (the
 * command's writer and {@code System.out}, where {@code -} outputs go) and standard error captured.
 * With {@code -Dnewsmark.cliJar=PATH} every call runs {@code java -jar PATH ...} instead, in this
 * JVM's working folder: the same scenarios can then be run against another build, e.g. the code
 * before a fix, to see them fail there.
 */
final class Cli {

    /** The jar to run instead of this build, or null. */
    static final String JAR = System.getProperty("newsmark.cliJar");

    record Run(int code, String out, String err) {

        /** Exit 1 with exactly one line on stderr, which contains every one of {@code words}. */
        boolean refusedNaming(String... words) {
            if (code != 1 || err.strip().lines().count() != 1) {
                return false;
            }
            for (String w : words) {
                if (!err.contains(w)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout ---\n" + shorten(out) + "\n--- stderr ---\n" + shorten(err);
        }

        private static String shorten(String s) {
            return s.length() > 2000 ? s.substring(0, 2000) + "…" : s;
        }
    }

    private Cli() {
    }

    static Run run(String... args) {
        return JAR == null ? inProcess(args) : external(args);
    }

    /**
     * Starts the command in a child process (this build's {@code Main} on the test class path, or
     * the jar), standard output and error going to files; for commands that must run at the same time.
     */
    static Process start(Path stdout, Path stderr, String... args) throws IOException {
        return start(List.of(), stdout, stderr, args);
    }

    /** As above, with options for the child JVM (e.g. {@code -Dnewsmark.inspectMillis=...}). */
    static Process start(List<String> jvmOptions, Path stdout, Path stderr, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", ChildJvm.home()));
        command.addAll(jvmOptions);
        if (JAR == null) {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.newsmark.app.Main"));
        } else {
            command.addAll(List.of("-jar", JAR));
        }
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    }

    private static synchronized Run inProcess(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        int code;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        try {
            code = NewsmarkCli.execute(args, new PrintWriter(out), new PrintWriter(err));
        } finally {
            System.out.flush();
            System.setOut(saved);
        }
        return new Run(code, out + stdout.toString(StandardCharsets.UTF_8), err.toString());
    }

    private static Run external(String... args) {
        try {
            Path out = Files.createTempFile("newsmark-cli", ".out");
            Path err = Files.createTempFile("newsmark-cli", ".err");
            try {
                List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xshare:auto", "-XX:TieredStopAtLevel=1", ChildJvm.home(), "-jar", JAR));
                command.addAll(List.of(args));
                Process p = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("newsmark " + String.join(" ", args) + " did not finish");
                }
                return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
