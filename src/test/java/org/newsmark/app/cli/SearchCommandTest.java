package org.newsmark.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsmark search}: one CSV row per hit, code point offsets, context; a phrase never an expression. */
class SearchCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsEveryHitWithCodePointOffsetsAndContext() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "🏫 The Café closed; a new café opened.\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "Nothing here.\n");
        Path p = dir.resolve("p.newsmark");
        assertEquals(0, CommandLineTest.run("import", p.toString(), a.toString(), b.toString()).code());
        CommandLineTest.Run r = CommandLineTest.run("search", p.toString(), "cafe");
        assertEquals(0, r.code(), r.err());
        assertEquals("document_id,title,start,end,before,text,after\n"
                + "1,🏫 The Café closed; a new café opened.,6,10,\"🏫 The \",Café,\" closed; a new café opened. \"\n"
                + "1,🏫 The Café closed; a new café opened.,25,29,\"🏫 The Café closed; a new \",café,\" opened. \"\n", r.out(),
                "the emoji is one code point; the line end shows as a space");
        CommandLineTest.Run syntax = CommandLineTest.run("search", p.toString(), "\"cafe\" OR *", "--ranked");
        assertEquals(0, syntax.code(), syntax.err());
        assertEquals(1, syntax.out().lines().count(), "no hit for the phrase cafe or, and no FTS5 error");
    }
    /**
     * A read-only mount where this process may mount (root, who ignores file modes), else a
     * folder and file without write permission (which bind everyone else).
     */
    @Test
    void searchesAProjectThatCannotBeWrittenAndLeavesNoTrace() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "The bridge closes on Monday.\n");
        Path folder = Files.createDirectory(dir.resolve("archive"));
        boolean mounted = run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", folder.toString()) == 0;
        assumeTrue(mounted || !"root".equals(System.getProperty("user.name")), "root ignores file modes and may not mount here");
        Path p = folder.resolve("p.newsmark");
        try {
            assertEquals(0, CommandLineTest.run("import", p.toString(), a.toString()).code());
            if (mounted) {
                assertEquals(0, run("mount", "-o", "remount,ro", folder.toString()), "remount read-only");
            } else {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("r--r--r--"));
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
            }
            assertFalse(Files.isWritable(p) && Files.isWritable(folder), "the project cannot be written");
            List<String> before = names(folder);
            CommandLineTest.Run r = CommandLineTest.run("search", p.toString(), "bridge", "--ranked");
            assertEquals(0, r.code(), r.err());
            assertEquals("document_id,title,start,end,before,text,after\n"
                    + "1,The bridge closes on Monday.,4,10,\"The \",bridge,\" closes on Monday. \"\n", r.out());
            assertEquals(before, names(folder), "no -wal, -shm or lock left");
        } finally {
            if (mounted) {
                run("umount", folder.toString());
            } else {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    private static List<String> names(Path folder) throws java.io.IOException {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static int run(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
