package org.newsmark.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed launcher's JVM options ({@code LAUNCHER_LOG_OPTIONS} in installer/common.sh) keep
 * JVM warnings off standard output, which carries {@code export --out -} and {@code list}. The
 * warning of issue 18 is reproduced as the package had it: a class-data-sharing archive made for
 * one place, used from another (JDK 17 refuses it, and says so on stdout by default).
 */
class LauncherLogOptionsTest {

    private static final String DATA = "1\tdata\n";

    /** Stands for a command that writes data on standard output. */
    public static final class PrintsData {
        public static void main(String[] args) {
            System.out.print(DATA);
        }
    }

    record Output(String stdout, String stderr) {
    }

    @Test
    void aRefusedArchiveWarnsOnStandardErrorAndLeavesTheDataAlone(@TempDir Path dir) throws Exception {
        Path built = jarOfPrintsData(dir.resolve("build/app.jar"));
        Path jsa = dir.resolve("app.jsa");
        run(List.of("-XX:ArchiveClassesAtExit=" + jsa), built);
        assertTrue(Files.size(jsa) > 0, "the training run wrote no archive");
        Path installed = Files.copy(built, Files.createDirectories(dir.resolve("opt")).resolve("app.jar"));

        Output plain = run(List.of("-XX:SharedArchiveFile=" + jsa), installed);
        assertTrue(plain.stdout().contains("[warning]") && plain.stdout().endsWith(DATA),
                "without the options the JVM's warning lands in front of the data: " + plain);

        List<String> options = new ArrayList<>(launcherLogOptions());
        options.add("-XX:SharedArchiveFile=" + jsa);
        Output launcher = run(options, installed);
        assertEquals(DATA, launcher.stdout());
        assertTrue(launcher.stderr().contains("Unable to use shared archive"), launcher.stderr());
    }

    /** The options as build-linux.sh passes them to jpackage, one per word. */
    static List<String> launcherLogOptions() throws IOException {
        for (String line : Files.readAllLines(Paths.get("installer", "common.sh"))) {
            if (line.startsWith("LAUNCHER_LOG_OPTIONS=")) {
                return List.of(line.substring(line.indexOf('=') + 1).replace("\"", "").trim().split(" +"));
            }
        }
        throw new AssertionError("installer/common.sh has no LAUNCHER_LOG_OPTIONS");
    }

    private static Path jarOfPrintsData(Path jar) throws IOException {
        String entry = PrintsData.class.getName().replace('.', '/') + ".class";
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(entry));
            try (var in = PrintsData.class.getClassLoader().getResourceAsStream(entry)) {
                in.transferTo(out);
            }
            out.closeEntry();
        }
        return jar;
    }

    private static Output run(List<String> jvmOptions, Path jar) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-Xshare:auto", "-cp", jar.toString(), PrintsData.class.getName()));
        Path out = jar.resolveSibling("stdout.txt");
        Path err = jar.resolveSibling("stderr.txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the child JVM did not finish: " + cmd);
        }
        return new Output(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
