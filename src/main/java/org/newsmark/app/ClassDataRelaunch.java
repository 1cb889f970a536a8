package org.newsmark.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code java -jar newsmark.jar} with an AppCDS archive (ADR 0037). JDK 17 takes the archive only
 * as a JVM option at launch, which a jar's manifest cannot give, so the window's start runs the
 * application again in a child JVM with {@code -XX:SharedArchiveFile} and waits for it. The archive
 * is the child's own: the first start (or the first after the jar or the JDK changed) writes it at
 * exit ({@code -XX:ArchiveClassesAtExit}, to a part file renamed when the child ends well). JVM
 * messages go to standard error, never standard output. {@code -Dnewsmark.appcds=off} starts
 * directly, and so does a JVM given its own archive, agents or the debugger (the installed launcher).
 */
final class ClassDataRelaunch {

    static final String CHILD = "newsmark.appcds.child";

    private ClassDataRelaunch() {
    }

    /** The child's exit code, or empty when this JVM should start the window itself. */
    static Optional<Integer> run(String[] args, Path folder) {
        if (Boolean.getBoolean(CHILD) || System.getProperty("newsmark.appcds", "").equals("off")) {
            return Optional.empty();
        }
        List<String> jvm = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (!relaunchable(jvm) || !onlyJars(System.getProperty("java.class.path"))) {
            return Optional.empty();
        }
        try {
            Path archive = folder.resolve("newsmark-" + Integer.toHexString(identity().hashCode()) + ".jsa");
            Path part = folder.resolve(archive.getFileName() + ".part");
            boolean have = Files.isRegularFile(archive);
            if (!have) {
                Files.createDirectories(folder);
            }
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.add(have ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + part);
            // JVM warnings to standard error; none about the classes an archive leaves out as it is written
            cmd.addAll(List.of("-Xshare:auto", "-Xlog:disable", "-Xlog:all=warning:stderr", "-Xlog:cds*=off:stderr", "-D" + CHILD + "=true"));
            cmd.addAll(jvm);
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
            cmd.addAll(List.of(args));
            Process child = new ProcessBuilder(cmd).inheritIO().start();
            Thread stop = new Thread(child::destroy, "stop-child");
            Runtime.getRuntime().addShutdownHook(stop);
            int code = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stop);
            if (have && !keepArchive(code)) {
                Files.deleteIfExists(archive);
            }
            if (!have && code == 0 && Files.isRegularFile(part)) {
                Files.move(part, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                removeOthers(folder, archive);
            }
            Files.deleteIfExists(part);
            return Optional.of(code);
        } catch (IOException e) {
            return Optional.empty(); // no child started: this JVM opens the window
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }

    /**
     * Whether an archive the child ran on is kept after it ended with {@code code}. The window
     * ends with 0, so anything else was a crash; a damaged archive crashes the JVM (JDK 17 checks
     * its sums only with -XX:+VerifySharedSpaces, a second per start), so it is dropped and the
     * next start writes a new one rather than crashing again.
     */
    static boolean keepArchive(int code) {
        return code == 0;
    }

    /** Archives of an earlier jar or JDK: the JVM would refuse them now. */
    private static void removeOthers(Path folder, Path keep) throws IOException {
        try (var old = Files.newDirectoryStream(folder, "newsmark-*.jsa")) {
            for (Path p : old) {
                if (!p.equals(keep)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Options that a second JVM must not repeat or that bring their own archive: start directly. */
    static boolean relaunchable(List<String> jvm) {
        for (String o : jvm) {
            if (o.startsWith("-XX:SharedArchiveFile") || o.startsWith("-XX:ArchiveClassesAtExit") || o.startsWith("-Xshare")
                    || o.startsWith("-agent") || o.startsWith("-javaagent") || o.startsWith("-Xrun") || o.startsWith("-Xdebug")
                    || o.contains("FlightRecord")) {
                return false;
            }
        }
        return true;
    }

    /** JDK 17 archives classes from jars only: a class folder on the path (mvn javafx:run, an IDE) starts directly. */
    static boolean onlyJars(String classPath) {
        for (String e : classPath.split(java.io.File.pathSeparator)) {
            if (!e.endsWith(".jar")) {
                return false;
            }
        }
        return !classPath.isEmpty();
    }

    /** What the archive was made from: a new jar, dependency folder or JDK names a new archive. */
    private static String identity() throws IOException {
        StringBuilder id = new StringBuilder(System.getProperty("java.home")).append('|').append(System.getProperty("java.vm.version"));
        for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(e).toAbsolutePath();
            id.append('|').append(p);
            if (Files.exists(p)) {
                id.append(':').append(Files.size(p)).append(':').append(Files.getLastModifiedTime(p).toMillis());
                Path lib = p.resolveSibling("lib");
                if (Files.isDirectory(lib)) {
                    id.append(':').append(Files.getLastModifiedTime(lib).toMillis());
                }
            }
        }
        return id.toString();
    }
}
