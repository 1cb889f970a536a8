package org.newsmark.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Annotation;
import org.newsmark.io.csv.CsvOptions;
import org.newsmark.reliability.AnnotationModel.Row;
import org.newsmark.service.ExportScope;
import org.newsmark.service.ProjectSession;
import org.newsmark.domain.TaskControl;
import org.newsmark.service.TestProjects;
import org.newsmark.service.port.NotSavedException;

/**
 * Issue 11, read-only commands: {@code list}, {@code export} and {@code compare} take no lock and
 * upgrade nothing, so they run while a writer writes and read one consistent state; a read-only
 * session never keeps a writer out; on an idle project they leave no file behind.
 */
class ReadOnlyCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path templates;
    static Map<Long, Row> rows;

    @TempDir
    Path root;

    Path dir;
    Path project;

    @BeforeAll
    static void makeProject() throws Exception {
        rows = TaggedProject.create(templates.resolve("P.newsmark"), 12);
        TaggedProject.create(templates.resolve("big.newsmark"), 1500);
    }

    @BeforeEach
    void copy() throws Exception {
        dir = Files.createDirectory(root.resolve("proj"));
        project = Files.copy(templates.resolve("P.newsmark"), dir.resolve("P.newsmark"));
    }

    /** Ana's and Bo's tags in an exported CSV: the writer keeps them equal in every committed state. */
    private static long[] csvCounts(String csv) {
        long ana = csv.lines().filter(l -> l.contains(",Ana,")).count();
        long bo = csv.lines().filter(l -> l.contains(",Bo,")).count();
        return new long[] {ana, bo};
    }

    @Test
    void whileAnotherProcessWritesListExportAndCompareSucceedAndExportsReadOneState() throws Exception {
        whileWriting(false);
    }

    /**
     * compare and list read one snapshot too (ComparisonService.compare and ListCommand use
     * inSnapshot): without it a commit between two of their queries showed in one article and not
     * in the other, seen as "A spans 180, B spans 182".
     */
    @Test
    void whileAnotherProcessWritesCompareAndListReadOneStateToo() throws Exception {
        whileWriting(true);
    }

    private void whileWriting(boolean compareAndListToo) throws Exception {
        ChildJvm writer = ChildJvm.start(WritingMain.class, root.resolve("writer.log"), root.resolve("writer.err"), project.toString());
        List<String> problems = new ArrayList<>();
        int firstAck;
        int lastAck;
        try {
            if (!writer.awaitLine("ACK 3", 30_000)) {
                fail("the writer did not start writing: " + writer.lines() + Files.readString(root.resolve("writer.err")));
            }
            assertEquals("WRITER", writer.lines().get(0));
            firstAck = acks(writer);
            for (int round = 0; round < 6; round++) {
                Cli.Run csv = Cli.run("export", project.toString(), "--format", "csv", "--out", "-");
                long[] c = csvCounts(csv.out());
                if (csv.code() != 0 || c[0] != c[1] || c[0] < rows.size() / 2) {
                    problems.add("export csv: Ana " + c[0] + ", Bo " + c[1] + "\n" + csv);
                }
                Cli.Run jsonl = Cli.run("export", project.toString(), "--format", "jsonl", "--out", "-");
                long[] j = jsonlCounts(jsonl.out());
                if (jsonl.code() != 0 || j[0] != j[1]) {
                    problems.add("export jsonl: Ana " + j[0] + ", Bo " + j[1] + "\n" + jsonl);
                }
                Path file = root.resolve("tags-" + round + ".csv");
                Cli.Run toFile = Cli.run("export", project.toString(), "--format", "csv", "--out", file.toString());
                long[] f = csvCounts(Files.exists(file) ? Files.readString(file) : "");
                if (toFile.code() != 0 || f[0] != f[1]) {
                    problems.add("export to a file: Ana " + f[0] + ", Bo " + f[1] + "\n" + toFile);
                }
                Cli.Run compare = Cli.run("compare", project.toString(), "--a", "Ana", "--b", "Bo", "--format", "json");
                if (compare.code() != 0) {
                    problems.add("compare: " + compare);
                } else {
                    JsonNode overall = JSON.readTree(compare.out()).get("overall");
                    if (compareAndListToo && overall.get("a_spans").asInt() != overall.get("b_spans").asInt()) {
                        problems.add("compare: A spans " + overall.get("a_spans") + ", B spans " + overall.get("b_spans"));
                    }
                }
                Cli.Run list = Cli.run("list", project.toString());
                long[] l = listCounts(list.out());
                if (list.code() != 0 || compareAndListToo && l[0] != l[1]) {
                    problems.add("list: Ana " + l[0] + ", Bo " + l[1] + "\n" + list);
                }
            }
            lastAck = acks(writer);
            assertTrue(writer.isAlive(), "the writer was never disturbed");
        } finally {
            writer.kill();
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(lastAck > firstAck, "the writer committed while the commands ran (ACK " + firstAck + " .. " + lastAck + ")");
        try (ProjectSession s = TestProjects.open(project)) {
            assertEquals("ok", s.integrityCheck());
            assertTrue(ProjectFixture.allRows(s).size() >= rows.size() + 2 * lastAck, "every acknowledged write is there");
        }
    }

    private static int acks(ChildJvm child) {
        List<String> lines = child.lines();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).startsWith("ACK ")) {
                return Integer.parseInt(lines.get(i).substring(4));
            }
        }
        return 0;
    }

    private static long[] jsonlCounts(String jsonl) throws Exception {
        long ana = 0;
        long bo = 0;
        for (String line : jsonl.strip().lines().toList()) {
            for (JsonNode tag : JSON.readTree(line).get("annotations")) {
                ana += tag.get("analyst").asText().equals("Ana") ? 1 : 0;
                bo += tag.get("analyst").asText().equals("Bo") ? 1 : 0;
            }
        }
        return new long[] {ana, bo};
    }

    /** Ana's and Bo's tags over all articles, as {@code list} counts them. */
    private static long[] listCounts(String list) {
        long[] out = new long[2];
        Matcher m = Pattern.compile("\\b(Ana|Bo)=(\\d+)").matcher(list);
        while (m.find()) {
            out[m.group(1).equals("Ana") ? 0 : 1] += Long.parseLong(m.group(2));
        }
        return out;
    }

    @Test
    void aReadOnlySessionNeverKeepsAWriterOut() throws Exception {
        try (ProjectSession reader = TestProjects.openReadOnly(project)) {
            assertTrue(reader.isReadOnly());
            assertEquals(rows, ProjectFixture.allRows(reader));
            try (ProjectSession writer = TestProjects.open(project)) {
                assertFalse(writer.isReadOnly(), "a reader holds no lock");
                TaggedProject.tag(writer, 13); // one more span for each analyst
            }
            // the reader opened an idle file, which SQLite reads without locks: it must notice the change, not mix states
            NotSavedException e = assertThrows(NotSavedException.class, () -> ProjectFixture.allRows(reader));
            assertTrue(e.getMessage().contains("P.newsmark changed while it was being read"), e.getMessage());
        }
        try (ProjectSession s = TestProjects.openReadOnly(project)) {
            assertEquals(rows.size() + 2, ProjectFixture.allRows(s).size(), "a new reader reads the new state");
        }
        Cli.Run list = Cli.run("list", project.toString());
        assertEquals(0, list.code(), list.toString());
    }

    /** Opens the project for writing (the GUI, meanwhile), deletes Bo's tags, gives Cleo as many, and closes it. */
    private static void rewriteWhileOpen(Path file) {
        try (ProjectSession writer = TestProjects.open(file)) {
            assertFalse(writer.isReadOnly());
            var bo = writer.findAnalyst("Bo").orElseThrow();
            List<Annotation> all = new ArrayList<>();
            writer.documents().summaries(null).forEach(d -> all.addAll(writer.annotations().annotations(d.id(), bo.id())));
            TestProjects.store(writer).inTransaction(() -> {
                all.forEach(a -> TestProjects.store(writer).annotations().delete(a.id()));
                return null;
            });
            TaggedProject.tag(writer, 1500);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anExportOvertakenByAWriterFailsCleanlyInsteadOfMixingTwoStates() throws Exception {
        Path big = Files.copy(templates.resolve("big.newsmark"), dir.resolve("big.newsmark"));
        Path outputs = Files.createDirectory(root.resolve("outputs"));
        Path csv = Files.writeString(outputs.resolve("tags.csv"), "the old export\n");
        Path jsonl = Files.writeString(outputs.resolve("tags.jsonl"), "{}\n");
        FolderState before = FolderState.of(outputs);
        try (ProjectSession reader = TestProjects.openReadOnly(big)) {
            NotSavedException e = assertThrows(NotSavedException.class, () -> reader.export().exportCsv(csv, ExportScope.ALL,
                    CsvOptions.DEFAULT, new TaskControl() {
                        @Override
                        public void progress(long done, long total) {
                            if (done == 1024) {
                                rewriteWhileOpen(big);
                            }
                        }
                    }));
            assertTrue(e.getMessage().contains("big.newsmark changed while it was being read"), e.getMessage());
        }
        try (ProjectSession reader = TestProjects.openReadOnly(big)) {
            NotSavedException e = assertThrows(NotSavedException.class, () -> reader.export().exportJsonl(jsonl, ExportScope.ALL,
                    new TaskControl() {
                        @Override
                        public void progress(long done, long total) {
                            if (done == 1) {
                                rewriteWhileOpen(big); // before the second article is read
                            }
                        }
                    }));
            assertTrue(e.getMessage().contains("big.newsmark changed while it was being read"), e.getMessage());
        }
        assertEquals("", FolderState.of(outputs).changesSince(before), "the old exports stay, no temporary file is left");
        try (ProjectSession s = TestProjects.open(big)) {
            assertEquals("ok", s.integrityCheck());
        }
    }

    @Test
    void aReadOnlyCommandOnAnIdleProjectLeavesNoTrace() throws Exception {
        Path identityLock = ProjectOutputsTest.identityLock(project);
        Files.deleteIfExists(identityLock); // a copy's inode may be one an earlier test locked
        Path outputs = Files.createDirectory(root.resolve("outputs"));
        FolderState before = FolderState.of(dir);
        String p = project.toString();
        String[][] commands = {
                {"list", p},
                {"search", p, "the", "--ranked"},
                {"export", p, "--format", "csv", "--out", outputs.resolve("a.csv").toString()},
                {"export", p, "--format", "jsonl", "--out", "-"},
                {"export", p, "--format", "brat", "--out", outputs.resolve("brat").toString()},
                {"compare", p, "--a", "Ana", "--b", "Bo", "--format", "csv", "--pairs-out", outputs.resolve("pairs.csv").toString()},
        };
        for (String[] command : commands) {
            Cli.Run r = Cli.run(command);
            assertEquals(0, r.code(), String.join(" ", command) + "\n" + r);
            assertEquals("", FolderState.of(dir).changesSince(before), String.join(" ", command) + " left no -wal, -shm or .lock");
            assertFalse(Files.exists(identityLock), String.join(" ", command) + " took no lock");
        }
        TaggedProject.assertReopensWith(project, rows);
    }
}
