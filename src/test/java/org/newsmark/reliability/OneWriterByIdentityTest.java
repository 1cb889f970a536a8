package org.newsmark.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Document;
import org.newsmark.domain.Span;
import org.newsmark.domain.TextHash;
import org.newsmark.io.ImportException;
import org.newsmark.reliability.AnnotationModel.Row;
import org.newsmark.service.AnnotationConflictException;
import org.newsmark.service.ProjectSession;
import org.newsmark.domain.TaskControl;
import org.newsmark.service.TestProjects;

/**
 * Issue 11, one writer per file by identity: whatever name a project is opened by (a hard link
 * in the same or another folder, a symbolic link, a {@code ..} path, a linked folder), a second
 * session in this process or another only reads, its writes fail with a message, and once the
 * writer closes a new writer opens. Two imports through two hard-linked names never both write.
 */
class OneWriterByIdentityTest {

    @TempDir
    static Path templates;
    static Map<Long, Row> rows;

    @TempDir
    Path root;

    Path project;

    @BeforeAll
    static void makeProject() throws Exception {
        rows = TaggedProject.create(templates.resolve("P.newsmark"), 4);
    }

    @BeforeEach
    void copy() throws Exception {
        Path proj = Files.createDirectory(root.resolve("proj"));
        project = Files.copy(templates.resolve("P.newsmark"), proj.resolve("P.newsmark"));
        Files.createDirectory(proj.resolve("sub"));
        Files.createDirectory(root.resolve("other"));
        Files.createSymbolicLink(root.resolve("alias"), proj);
    }

    enum Alias { HARD_LINK, HARD_LINK_IN_ANOTHER_FOLDER, SYMBOLIC_LINK, SYMBOLIC_LINK_IN_ANOTHER_FOLDER, DOT_DOT, LINKED_FOLDER, RELATIVE }

    Path alias(Alias a) throws IOException {
        Path proj = project.getParent();
        return switch (a) {
            case HARD_LINK -> Files.createLink(proj.resolve("B.newsmark"), project);
            case HARD_LINK_IN_ANOTHER_FOLDER -> Files.createLink(root.resolve("other").resolve("P.newsmark"), project);
            case SYMBOLIC_LINK -> Files.createSymbolicLink(proj.resolve("S.newsmark"), Path.of("P.newsmark"));
            case SYMBOLIC_LINK_IN_ANOTHER_FOLDER -> Files.createSymbolicLink(root.resolve("other").resolve("S.newsmark"), project);
            case DOT_DOT -> Path.of(proj + "/sub/../P.newsmark");
            case LINKED_FOLDER -> root.resolve("alias").resolve("P.newsmark");
            case RELATIVE -> Path.of("").toAbsolutePath().relativize(project);
        };
    }

    private Path csv(String analyst, int n) throws IOException {
        StringBuilder s = new StringBuilder("document_sha256,analyst,label,start,end\n");
        String sha = TextHash.sha256(ProjectFixture.ARTICLE_A);
        int written = 0;
        for (int len = 40; written < n; len++) {
            for (int b = 0; b + len <= ProjectFixture.ARTICLE_A.length() && written < n; b++, written++) {
                s.append(sha).append(',').append(analyst).append(",claim,").append(b).append(',').append(b + len).append('\n');
            }
        }
        return Files.writeString(root.resolve(analyst + ".csv"), s);
    }

    private static void assertCannotWrite(ProjectSession s, Path csv) {
        assertTrue(s.isReadOnly(), s.name() + " is read-only");
        assertTrue(s.readOnlyReason().orElseThrow().contains("another Newsmark window or program is writing it"),
                s.readOnlyReason().orElseThrow());
        Document doc = ProjectFixture.documents(s).get(0);
        Analyst ana = ProjectFixture.analysts(s).get(0);
        AnnotationConflictException tag = assertThrows(AnnotationConflictException.class,
                () -> s.annotations().tag(doc, ana, s.labels().get(0), new Span(150, 159)));
        assertTrue(tag.getMessage().contains("read-only"), tag.getMessage());
        ImportException imported = assertThrows(ImportException.class, () -> s.annotationImports().importCsv(csv, TaskControl.NONE));
        assertTrue(imported.getMessage().contains("read-only") && imported.getMessage().contains("nothing was imported"),
                imported.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Alias.class)
    void aSecondNameForTheSameFileOpensOnlyForReading(Alias a) throws Exception {
        Path other = alias(a);
        Path csv = csv("Cleo", 3);
        try (ProjectSession writer = TestProjects.open(project)) {
            assertFalse(writer.isReadOnly());
            try (ProjectSession second = TestProjects.open(other)) {
                assertCannotWrite(second, csv);
                Document doc = ProjectFixture.documents(writer).get(0);
                writer.annotations().tag(doc, ProjectFixture.analysts(writer).get(0), writer.labels().get(0), new Span(100, 110));
                if (a != Alias.HARD_LINK && a != Alias.HARD_LINK_IN_ANOTHER_FOLDER) {
                    // a hard link is another name for SQLite's log: see aReaderThroughAHardLinkSeesTheWritersEdits
                    assertEquals(rows.size() + 1, ProjectFixture.allRows(second).size(), "the reader sees the writer's edits");
                }
            }
        }
        try (ProjectSession writer = TestProjects.open(other)) {
            assertFalse(writer.isReadOnly(), "after the writer closed, a writer opens by the other name");
            try (ProjectSession second = TestProjects.open(project)) {
                assertCannotWrite(second, csv);
            }
        }
        try (ProjectSession s = TestProjects.open(project)) {
            assertEquals("ok", s.integrityCheck());
            assertEquals(rows.size() + 1, ProjectFixture.allRows(s).size());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Alias.class, names = {"HARD_LINK", "HARD_LINK_IN_ANOTHER_FOLDER"})
    void aReaderThroughAHardLinkSeesTheWritersEdits(Alias a) throws Exception {
        Path other = alias(a);
        try (ProjectSession writer = TestProjects.open(project); ProjectSession reader = TestProjects.open(other)) {
            assertTrue(reader.isReadOnly());
            Document doc = ProjectFixture.documents(writer).get(0);
            writer.annotations().tag(doc, ProjectFixture.analysts(writer).get(0), writer.labels().get(0), new Span(100, 110));
            assertEquals(rows.size() + 1, ProjectFixture.allRows(reader).size(), "the reader sees the writer's edits");
        }
    }

    @Test
    void editsLeftInTheLogOfAKilledWriterAreThereWhenTheFileIsOpenedByAnotherName() throws Exception {
        Path hard = alias(Alias.HARD_LINK_IN_ANOTHER_FOLDER);
        ChildJvm writer = ChildJvm.start(WritingMain.class, root.resolve("writer.log"), root.resolve("writer.err"), project.toString());
        int acked;
        try {
            if (!writer.awaitLine("ACK 10", 30_000)) {
                fail("the writer did not write: " + writer.lines() + Files.readString(root.resolve("writer.err")));
            }
        } finally {
            writer.kill();
        }
        acked = (int) writer.lines().stream().filter(l -> l.startsWith("ACK ")).count();
        assertTrue(Files.size(project.resolveSibling("P.newsmark-wal")) > 0, "the killed writer's edits are in its log");
        Map<Long, Row> afterKill;
        try (ProjectSession s = TestProjects.open(hard)) {
            assertFalse(s.isReadOnly());
            assertEquals("ok", s.integrityCheck());
            afterKill = ProjectFixture.allRows(s);
            assertTrue(afterKill.size() >= rows.size() + 2 * acked, "every acknowledged edit is there through the other name: "
                    + afterKill.size() + " tags, " + acked + " acknowledged commits of two");
            Document doc = ProjectFixture.documents(s).get(0);
            s.annotations().tag(doc, ProjectFixture.analysts(s).get(0), s.labels().get(0), new Span(100, 110));
            afterKill = ProjectFixture.allRows(s);
        }
        try (ProjectSession s = TestProjects.open(project)) {
            assertEquals("ok", s.integrityCheck());
            assertEquals(afterKill, ProjectFixture.allRows(s), "and by the first name, nothing of either is lost");
        }
    }

    @Test
    void anImportThroughASecondHardLinkIsRefusedWhileAnotherProcessImports() throws Exception {
        Path hard = alias(Alias.HARD_LINK_IN_ANOTHER_FOLDER);
        Path cleo = csv("Cleo", 2000);
        Path dee = csv("Dee", 2000);
        Path go = root.resolve("go");
        ChildJvm importer = ChildJvm.start(PausedImportMain.class, root.resolve("import.log"), root.resolve("import.err"),
                project.toString(), cleo.toString(), go.toString());
        try {
            if (!importer.awaitLine("MIDWAY", 30_000)) {
                fail("the import did not reach its middle: " + importer.lines() + Files.readString(root.resolve("import.err")));
            }
            assertEquals("WRITER", importer.lines().get(0));
            Cli.Run second = Cli.run("import-annotations", hard.toString(), dee.toString());
            assertTrue(second.refusedNaming("read-only", "nothing was imported"), second.toString());
            Path symbolic = alias(Alias.SYMBOLIC_LINK);
            for (Path name : List.of(hard, symbolic, alias(Alias.DOT_DOT), alias(Alias.LINKED_FOLDER))) {
                try (ProjectSession s = TestProjects.open(name)) {
                    assertCannotWrite(s, dee); // the other process's writer keeps every name read-only
                }
            }
            Cli.Run third = Cli.run("import-annotations", symbolic.toString(), dee.toString());
            assertTrue(third.refusedNaming("read-only", "nothing was imported"), third.toString());
            Files.createFile(go);
            if (!importer.awaitLine("CLOSED", 30_000) || !importer.lines().contains("IMPORTED 2000")) {
                fail("the first import did not finish: " + importer.lines() + Files.readString(root.resolve("import.err")));
            }
        } finally {
            importer.kill();
        }
        try (ProjectSession s = TestProjects.open(hard)) {
            assertEquals("ok", s.integrityCheck());
            assertEquals(2000, count(s, "Cleo"), "every tag the first import reported is there");
            assertTrue(s.findAnalyst("Dee").isEmpty(), "the refused import wrote nothing");
            assertEquals(rows, ProjectFixture.allRows(s));
        }
    }

    @Test
    void twoImportsRacingThroughTwoHardLinksNeverLoseATagEitherReported() throws Exception {
        Path hard = alias(Alias.HARD_LINK_IN_ANOTHER_FOLDER);
        List<String> analysts = List.of("Cleo", "Dee");
        List<Path> names = List.of(project, hard);
        List<Process> running = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Path csv = csv(analysts.get(i), 2000);
            running.add(Cli.start(root.resolve(i + ".out"), root.resolve(i + ".err"),
                    "import-annotations", names.get(i).toString(), csv.toString()));
        }
        int succeeded = 0;
        Map<String, Integer> reported = new java.util.HashMap<>();
        for (int i = 0; i < 2; i++) {
            assertTrue(running.get(i).waitFor(60, TimeUnit.SECONDS), "import " + i + " ended");
            String out = Files.readString(root.resolve(i + ".out"));
            String err = Files.readString(root.resolve(i + ".err"));
            if (running.get(i).exitValue() == 0) {
                Matcher m = Pattern.compile("^(\\d+) tags imported").matcher(out);
                assertTrue(m.find(), out);
                reported.put(analysts.get(i), Integer.parseInt(m.group(1)));
                succeeded++;
            } else {
                assertTrue(err.contains("read-only") && err.contains("nothing was imported"), "exit "
                        + running.get(i).exitValue() + ": " + out + err);
            }
        }
        assertTrue(succeeded >= 1, "at least one import wrote");
        try (ProjectSession s = TestProjects.open(project)) {
            assertEquals("ok", s.integrityCheck());
            for (String analyst : analysts) {
                assertEquals((long) reported.getOrDefault(analyst, 0), count(s, analyst),
                        analyst + ": what the command reported is what the project holds (reported " + reported + ")");
            }
            assertEquals(rows, ProjectFixture.allRows(s));
        }
    }

    private static long count(ProjectSession s, String analyst) {
        return s.findAnalyst(analyst).map(a -> s.documents().summaries(a.id()).stream()
                .mapToLong(d -> d.annotationCount()).sum()).orElse(0L);
    }
}
