package org.newsmark.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;

/** A good project on a medium that cannot be written (a DVD, a read-only share) opens read-only, never "damaged", and is not touched. */
class ReadOnlyMediumTest {

    @TempDir
    Path dir;

    @Test
    void aProjectOnAReadOnlyMountOpensReadOnlyWithAllItsTagsAndIsLeftAsItWas() throws Exception {
        Path mount = Files.createDirectory(dir.resolve("medium"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", mount.toString()) == 0,
                "mounting a tmpfs is not permitted here");
        try {
            Path file = mount.resolve("study.newsmark");
            try (ProjectSession s = TestProjects.create(file)) {
                var d = s.documents().add("Title", "a.txt", "The mayor said 40% of roads are broken.").document();
                s.annotations().tag(d, s.analyst("Ana"), s.labels().get(1), new Span(15, 18));
            }
            assumeTrue(run("mount", "-o", "remount,ro", mount.toString()) == 0, "remounting read-only is not permitted here");
            byte[] before = Files.readAllBytes(file);
            List<String> folder = listing(mount);

            try (ProjectSession s = TestProjects.open(file)) {
                assertTrue(s.isReadOnly());
                String why = s.readOnlyReason().orElseThrow();
                assertTrue(why.contains("cannot be written") && why.contains("medium"), why);
                var d = s.documents().summaries(null).get(0);
                assertEquals(1, d.annotationCount(), "the tag is there");
                var doc = s.documents().find(d.id()).orElseThrow();
                var e = assertThrows(org.newsmark.service.AnnotationConflictException.class,
                        () -> s.annotations().tag(doc, s.analyst("Ana"), s.labels().get(0), new Span(0, 3)));
                assertTrue(e.getMessage().contains("study.newsmark") && e.getMessage().contains("read-only"), e.getMessage());
            }
            CommandLine list = CommandLine.run("list", file.toString());
            assertEquals(0, list.code(), list.err());
            assertTrue(list.out().contains("Ana=1"), list.out());
            assertArrayEquals(before, Files.readAllBytes(file), "the file is untouched");
            assertEquals(folder, listing(mount), "no lock, log or shared-memory file was made");
        } finally {
            run("umount", mount.toString());
        }
    }

    private static List<String> listing(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static int run(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(10, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** The command line, run in this JVM. */
    private record CommandLine(int code, String out, String err) {
        static CommandLine run(String... args) {
            java.io.StringWriter out = new java.io.StringWriter();
            java.io.StringWriter err = new java.io.StringWriter();
            int code = org.newsmark.app.cli.NewsmarkCli.execute(args, new java.io.PrintWriter(out), new java.io.PrintWriter(err));
            return new CommandLine(code, out.toString(), err.toString());
        }
    }
}
