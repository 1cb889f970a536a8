package org.newsmark.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsmark.io.csv.CsvOptions;
import org.newsmark.reliability.AnnotationModel.Row;
import org.newsmark.service.Comparison;
import org.newsmark.service.ExportScope;
import org.newsmark.service.ExportService;
import org.newsmark.service.FileRefusedException;
import org.newsmark.service.ProjectSession;
import org.newsmark.domain.TaskControl;
import org.newsmark.service.TestProjects;

/**
 * Issue 11, outputs: no output, by any spelling of its name, replaces the project, its side files
 * (log, shared memory, journal, locks, backups) or any other project; an output appears whole or
 * not at all, and {@code -} means standard output. Every refusal exits 1 with one line naming the
 * target, and leaves every file in the folder as it was.
 */
class ProjectOutputsTest {

    /** The projects, made once; each test works on copies. */
    @TempDir
    static Path templates;
    static Map<Long, Row> rows;
    static Map<Long, Row> anotherRows;
    static Map<Long, Row> bigRows;

    @TempDir
    Path root;

    Path proj;
    Path project;
    Path another;

    @BeforeAll
    static void makeProjects() throws Exception {
        rows = TaggedProject.create(templates.resolve("P.newsmark"), 12);
        anotherRows = TaggedProject.create(templates.resolve("Q.newsmark"), 3);
        bigRows = TaggedProject.create(templates.resolve("big.newsmark"), 1500);
    }

    /** A copy of the project of 3,002 tags, in {@code root}. */
    Path big() throws IOException {
        return Files.copy(templates.resolve("big.newsmark"), root.resolve("big.newsmark"));
    }

    @BeforeEach
    void layout() throws Exception {
        proj = Files.createDirectory(root.resolve("proj"));
        project = Files.copy(templates.resolve("P.newsmark"), proj.resolve("P.newsmark"));
        another = Files.copy(templates.resolve("Q.newsmark"), proj.resolve("Q.newsmark"));
        Files.writeString(proj.resolve("P.newsmark.lock"), ""); // as a closed project leaves it
        Files.createDirectory(proj.resolve("sub"));
        Files.createDirectory(proj.resolve("deep"));
        Path other = Files.createDirectory(root.resolve("other"));
        Files.createSymbolicLink(other.resolve("up"), proj.resolve("deep"));
        Files.createSymbolicLink(root.resolve("alias"), proj);
    }

    /** Names the tests give an output; each leads to a file the output must never replace. */
    enum Target {
        NAME, DOT_SLASH_RELATIVE, SUB_DOT_DOT, DOT_DOT_THROUGH_A_FOLDER_LINK, SYMBOLIC_LINK, HARD_LINK,
        HARD_LINK_IN_ANOTHER_FOLDER, THROUGH_A_LINKED_FOLDER, WAL, SHM, JOURNAL, LOCK, BACKUP, WAL_THROUGH_A_LINKED_FOLDER,
        ANOTHER_PROJECT
    }

    Path target(Target t) throws IOException {
        return switch (t) {
            case NAME -> project;
            case DOT_SLASH_RELATIVE -> Path.of("./" + Path.of("").toAbsolutePath().relativize(project));
            case SUB_DOT_DOT -> Path.of(proj + "/sub/../P.newsmark");
            // physically other/up/.. is proj, although by the letters it would be "other"
            case DOT_DOT_THROUGH_A_FOLDER_LINK -> Path.of(root + "/other/up/../P.newsmark");
            case SYMBOLIC_LINK -> Files.createSymbolicLink(proj.resolve("link.csv"), Path.of("P.newsmark"));
            case HARD_LINK -> Files.createLink(proj.resolve("hard.csv"), project);
            case HARD_LINK_IN_ANOTHER_FOLDER -> Files.createLink(root.resolve("other").resolve("hard.csv"), project);
            case THROUGH_A_LINKED_FOLDER -> root.resolve("alias").resolve("P.newsmark");
            case WAL -> proj.resolve("P.newsmark-wal");
            case SHM -> proj.resolve("P.newsmark-shm");
            case JOURNAL -> proj.resolve("P.newsmark-journal");
            case LOCK -> proj.resolve("P.newsmark.lock");
            case BACKUP -> Files.writeString(proj.resolve("P.newsmark.bak-v3"), "a backup, made before an upgrade\n");
            case WAL_THROUGH_A_LINKED_FOLDER -> root.resolve("alias").resolve("P.newsmark-wal");
            case ANOTHER_PROJECT -> another;
        };
    }

    private String[][] commands(String out) {
        String p = project.toString();
        return new String[][] {
                {"export", p, "--format", "csv", "--out", out},
                {"export", p, "--format", "jsonl", "--out", out},
                {"export", p, "--format", "brat", "--out", out},
                {"compare", p, "--a", "Ana", "--b", "Bo", "--pairs-out", out},
        };
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void everyOutputCommandRefusesTheProjectItsFilesAndOtherProjects(Target t) throws Exception {
        String out = target(t).toString();
        List<String> problems = new ArrayList<>();
        for (String[] command : commands(out)) {
            FolderState before = FolderState.of(root);
            Cli.Run r = Cli.run(command);
            String changes = FolderState.of(root).changesSince(before);
            if (!r.refusedNaming(out) || !changes.isEmpty()) {
                problems.add(String.join(" ", command) + "\n" + r + "\n" + changes);
            }
        }
        assertTrue(problems.isEmpty(), t + ": " + String.join("\n\n", problems));
        TaggedProject.assertReopensWith(t == Target.ANOTHER_PROJECT ? another : project, t == Target.ANOTHER_PROJECT ? anotherRows : rows);
    }

    @Test
    void whileTheProjectIsOpenItsLiveLogSharedMemoryAndIdentityLockAreRefusedToo() throws Exception {
        Path link = Files.createLink(root.resolve("other").resolve("hard.newsmark"), project);
        List<String> problems = new ArrayList<>();
        try (ProjectSession writer = TestProjects.open(project)) {
            assertFalse(writer.isReadOnly());
            Path wal = proj.resolve("P.newsmark-wal");
            Path shm = proj.resolve("P.newsmark-shm");
            assertTrue(Files.exists(wal) && Files.exists(shm), "a writer has its log and shared memory");
            Path identityLock = identityLock(project);
            assertTrue(Files.exists(identityLock), "the per-user lock named after the file's identity: " + identityLock);
            byte[] lockBytes = Files.readAllBytes(identityLock);
            Object lockIdentity = Files.readAttributes(identityLock, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            for (Path out : List.of(wal, shm, identityLock, proj.resolve("P.newsmark.lock"))) {
                for (String[] command : commands(out.toString())) {
                    FolderState before = FolderState.of(root).without("proj/P.newsmark-shm");
                    Cli.Run r = Cli.run(command);
                    String changes = FolderState.of(root).without("proj/P.newsmark-shm").changesSince(before);
                    if (!r.refusedNaming(out.toString()) || !changes.isEmpty()) {
                        problems.add(String.join(" ", command) + "\n" + r + "\n" + changes);
                    }
                }
            }
            assertTrue(problems.isEmpty(), String.join("\n\n", problems));
            assertArrayEquals(lockBytes, Files.readAllBytes(identityLock));
            assertEquals(lockIdentity, Files.readAttributes(identityLock, java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
                    "the identity lock file was not replaced");
            try (ProjectSession second = TestProjects.open(link)) {
                assertTrue(second.isReadOnly(), "the lock still keeps a second writer out, through a hard link too");
            }
        }
        TaggedProject.assertReopensWith(project, rows);
    }

    @Test
    void theRealBackupOfAMigratedProjectIsRefused() throws Exception {
        Path old = proj.resolve("old.newsmark");
        org.newsmark.storage.OldProjectFiles.version1(old);
        TestProjects.open(old).close();
        Path backup = proj.resolve("old.newsmark.bak-v1");
        assertTrue(Files.exists(backup), "opening a format-1 file backs it up");
        for (Path out : List.of(backup, Path.of(root + "/alias/sub/../old.newsmark.bak-v1"))) {
            FolderState before = FolderState.of(root);
            Cli.Run r = Cli.run("export", old.toString(), "--format", "csv", "--out", out.toString());
            assertTrue(r.refusedNaming(out.toString()), r.toString());
            assertEquals("", FolderState.of(root).changesSince(before));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void theAppsExportRefusesTheSameTargetsThroughAnOpenWriterSession(Target t) throws Exception {
        Path out = target(t);
        try (ProjectSession session = TestProjects.open(project)) {
            assertFalse(session.isReadOnly());
            ExportService export = session.export();
            Comparison c = session.comparisons().compare("Ana", "Bo", null);
            FolderState before = FolderState.of(root).without("proj/P.newsmark-shm");
            List<String> problems = new ArrayList<>();
            expectRefused(problems, "csv", out, () -> export.exportCsv(out, ExportScope.ALL, CsvOptions.DEFAULT, TaskControl.NONE));
            expectRefused(problems, "jsonl", out, () -> export.exportJsonl(out, ExportScope.ALL, TaskControl.NONE));
            expectRefused(problems, "brat", out, () -> export.exportBrat(out, ExportScope.ALL, TaskControl.NONE));
            expectRefused(problems, "pairs", out, () -> export.exportPairs(c, out, CsvOptions.DEFAULT));
            String changes = FolderState.of(root).without("proj/P.newsmark-shm").changesSince(before);
            assertTrue(problems.isEmpty() && changes.isEmpty(), t + ": " + problems + "\n" + changes);
        }
        TaggedProject.assertReopensWith(t == Target.ANOTHER_PROJECT ? another : project, t == Target.ANOTHER_PROJECT ? anotherRows : rows);
    }

    private interface Export {
        void run() throws IOException;
    }

    private static void expectRefused(List<String> problems, String what, Path out, Export export) {
        try {
            export.run();
            problems.add(what + " wrote " + out);
        } catch (FileRefusedException e) {
            if (!e.getMessage().contains(out.toString())) {
                problems.add(what + ": the message does not name " + out + ": " + e.getMessage());
            }
        } catch (IOException | RuntimeException e) {
            problems.add(what + ": not a FileRefusedException: " + e);
        }
    }

    @Test
    void aDashWritesCsvJsonlAndPairsToStandardOutputAndNoFile() throws Exception {
        Path dash = Path.of("-");
        assumeTrue(!Files.exists(dash), "a file named '-' is in the working folder already");
        FolderState before = FolderState.of(root);
        try {
            Cli.Run csv = Cli.run("export", project.toString(), "--format", "csv", "--out", "-");
            assertEquals(0, csv.code(), csv.toString());
            assertTrue(csv.out().startsWith("document_id,"), csv.toString());
            assertEquals(rows.size() + 1, csv.out().strip().lines().count(), "a header and one line per tag");
            assertFalse(Files.exists(dash));

            Cli.Run jsonl = Cli.run("export", project.toString(), "--format", "jsonl", "--out", "-");
            assertEquals(0, jsonl.code(), jsonl.toString());
            assertEquals(2, jsonl.out().strip().lines().count(), "one line per article");
            assertTrue(jsonl.out().lines().allMatch(l -> l.startsWith("{")), jsonl.toString());
            assertFalse(Files.exists(dash));

            Cli.Run pairs = Cli.run("compare", project.toString(), "--a", "Ana", "--b", "Bo", "--pairs-out", "-");
            assertEquals(0, pairs.code(), pairs.toString());
            assertTrue(pairs.out().startsWith(String.join(",", ExportService.PAIR_COLUMNS)), pairs.toString());
            assertTrue(pairs.err().contains("Ana vs Bo"), "the report goes to stderr instead: " + pairs);
            assertFalse(Files.exists(dash));
        } finally {
            if (Files.exists(dash)) {
                Files.delete(dash);
                fail("a file named '-' was written in the working folder");
            }
        }
        assertEquals("", FolderState.of(root).changesSince(before));
        Cli.Run brat = Cli.run("export", project.toString(), "--format", "brat", "--out", "-");
        assertEquals(2, brat.code(), "brat writes a folder, never standard output: " + brat);
        assertFalse(Files.exists(dash));
    }

    @Test
    void anExistingOutputIsReplacedOnlyWhenTheExportSucceeds() throws Exception {
        Path out = Files.writeString(root.resolve("other").resolve("out.csv"), "the old export\n");
        Path pairs = Files.writeString(root.resolve("other").resolve("pairs.csv"), "the old pairs\n");
        FolderState before = FolderState.of(root);
        Cli.Run bad = Cli.run("export", project.toString(), "--format", "csv", "--out", out.toString(), "--analyst", "Nobody");
        assertEquals(1, bad.code(), bad.toString());
        Cli.Run badPairs = Cli.run("compare", project.toString(), "--a", "Ana", "--b", "Nobody", "--pairs-out", pairs.toString());
        assertEquals(1, badPairs.code(), badPairs.toString());
        assertEquals("", FolderState.of(root).changesSince(before), "the old files stay, no temporary file is left");

        Cli.Run good = Cli.run("export", project.toString(), "--format", "csv", "--out", out.toString());
        assertEquals(0, good.code(), good.toString());
        assertEquals(rows.size() + 1, Files.readString(out).strip().lines().count());
        Cli.Run goodPairs = Cli.run("compare", project.toString(), "--a", "Ana", "--b", "Bo", "--pairs-out", pairs.toString());
        assertEquals(0, goodPairs.code(), goodPairs.toString());
        assertTrue(Files.readString(pairs).startsWith("kind,"));
        assertEquals("", FolderState.of(root).without("other/out.csv", "other/pairs.csv")
                        .changesSince(before.without("other/out.csv", "other/pairs.csv")),
                "nothing but the two outputs changed");
    }

    @Test
    void aCancelledExportLeavesTheOldFileByteIdenticalAndNoTemporaryFile() throws Exception {
        Path big = big();
        Path folder = Files.createDirectory(root.resolve("out"));
        Path csv = Files.writeString(folder.resolve("tags.csv"), "the old export\n");
        Path jsonl = Files.writeString(folder.resolve("tags.jsonl"), "{\"old\": true}\n");
        FolderState before = FolderState.of(root);
        long[] reached = {0};
        TaskControl cancelMidway = new TaskControl() {
            @Override
            public void progress(long done, long total) {
                reached[0] = done;
                if (done > 0 && done < total) {
                    throw new CancelledException();
                }
            }
        };
        try (ProjectSession s = TestProjects.openReadOnly(big)) {
            assertThrows(TaskControl.CancelledException.class,
                    () -> s.export().exportCsv(csv, ExportScope.ALL, CsvOptions.DEFAULT, cancelMidway));
            assertEquals(1024, reached[0], "cancelled after 1024 of " + bigRows.size() + " rows were written");
            assertThrows(TaskControl.CancelledException.class, () -> s.export().exportJsonl(jsonl, ExportScope.ALL, cancelMidway));
            assertEquals(1, reached[0], "cancelled after the first of two articles");
        }
        assertEquals("", FolderState.of(root).changesSince(before));
    }

    @Test
    void aFullDiskLeavesTheOldFileByteIdenticalAndNoTemporaryFile() throws Exception {
        Path big = big();
        Path mount = Files.createDirectory(root.resolve("tmpfs"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=128k", "tmpfs", mount.toString()) == 0,
                "mounting a small tmpfs is not permitted here");
        try {
            Path out = Files.writeString(mount.resolve("tags.csv"), "the old export\n".repeat(100));
            FolderState before = FolderState.of(mount);
            Cli.Run r = Cli.run("export", big.toString(), "--format", "csv", "--out", out.toString());
            assertTrue(r.refusedNaming("disk is full", "tags.csv"), r.toString());
            assertEquals("", FolderState.of(mount).changesSince(before), "the old file stays, the temporary file is gone");
            try (ProjectSession s = TestProjects.openReadOnly(big)) {
                IOException e = assertThrows(IOException.class,
                        () -> s.export().exportJsonl(out, ExportScope.ALL, TaskControl.NONE));
                assertTrue(e.getMessage().contains("disk is full"), e.getMessage());
            }
            assertEquals("", FolderState.of(mount).changesSince(before));
        } finally {
            run("umount", mount.toString());
        }
    }

    @Test
    void anOutputThatIsASymbolicLinkIsReplacedNotWrittenThrough() throws Exception {
        Path precious = Files.writeString(root.resolve("other").resolve("precious.txt"), "not an export\n");
        Path link = Files.createSymbolicLink(root.resolve("tags.csv"), Path.of("other", "precious.txt"));
        FolderState before = FolderState.of(root);
        Cli.Run r = Cli.run("export", project.toString(), "--format", "csv", "--out", link.toString());
        assertEquals(0, r.code(), r.toString());
        assertFalse(Files.isSymbolicLink(link), "the link was replaced by the export");
        assertTrue(Files.readString(link).startsWith("document_id,"));
        assertEquals("not an export\n", Files.readString(precious));
        assertEquals("", FolderState.of(root).without("tags.csv").changesSince(before.without("tags.csv")));
    }

    @Test
    void aKilledExportLeavesTheOldFileUnderItsNameNeverAPartOne() throws Exception {
        Path big = big();
        Path folder = Files.createDirectory(root.resolve("out"));
        byte[] old = "the old export\n".getBytes(StandardCharsets.UTF_8);
        Path out = Files.write(folder.resolve("tags.csv"), old);
        ChildJvm child = ChildJvm.start(PausedExportMain.class, root.resolve("export.log"), root.resolve("export.err"),
                big.toString(), out.toString());
        try {
            if (!child.awaitLine("MIDWAY", 30_000)) {
                fail("the export did not reach its middle: " + Files.readString(root.resolve("export.err")));
            }
            List<Path> temps = temporaryFiles(folder);
            assertEquals(1, temps.size(), "the export is writing its temporary file: " + temps);
            // the rows read so far are written by the export's writer thread, a moment later
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (Files.size(temps.get(0)) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(Files.size(temps.get(0)) > 0, "part of the export is on disk, in the temporary file");
        } finally {
            child.kill();
        }
        assertArrayEquals(old, Files.readAllBytes(out), "the old file, whole, under its name");
        // a SIGKILL cannot clean up: its temporary file stays, under a hidden name no one opens
        Cli.Run again = Cli.run("export", big.toString(), "--format", "csv", "--out", out.toString());
        assertEquals(0, again.code(), again.toString());
        assertEquals(bigRows.size() + 1, Files.readString(out).strip().lines().count());
    }

    private static List<Path> temporaryFiles(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    /** Where ProjectLock keeps the per-user lock named after the file's device and inode (docs/decisions/0010). */
    static Path identityLock(Path project) throws IOException {
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        Path base = runtime != null && !runtime.isBlank() ? Path.of(runtime) : Path.of(System.getProperty("java.io.tmpdir"));
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        Path real = project.toRealPath();
        return base.resolve("newsmark-locks-" + user)
                .resolve(Files.getAttribute(real, "unix:dev") + "-" + Files.getAttribute(real, "unix:ino") + ".lock");
    }

    static int run(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(10, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
