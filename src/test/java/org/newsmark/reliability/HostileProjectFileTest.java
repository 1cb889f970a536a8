package org.newsmark.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.TextHash;
import org.newsmark.reliability.AnnotationModel.Row;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.service.port.ProjectRefusedException;
import org.newsmark.storage.OldProjectFiles;

/**
 * Issue 11, hostile project files: a project file is data, never code. A trigger, view, virtual
 * table, index or changed table planted with plain SQLite makes the file refused before anything
 * is written (by the app, import-annotations, list and export alike), with a message naming the
 * file and the object; the file stays byte-identical and no side file (-wal, -shm, .lock, the
 * identity lock) is left. Files SQLite itself changes (ANALYZE) and older formats still open.
 */
class HostileProjectFileTest {

    @TempDir
    static Path templates;
    static Map<Long, Row> rows;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeProject() throws Exception {
        rows = TaggedProject.create(templates.resolve("P.newsmark"), 5);
    }

    /** What an attacker (or a well-meaning script) adds to a valid project, and the name the refusal must give. */
    enum Plant {
        TRIGGER_THAT_SWALLOWS_INSERTS("swallow", "CREATE TRIGGER swallow BEFORE INSERT ON annotations BEGIN SELECT RAISE(IGNORE); END"),
        AFTER_TRIGGER("rewrite_notes",
                "CREATE TRIGGER rewrite_notes AFTER INSERT ON annotations BEGIN UPDATE annotations SET note = 'pwned' WHERE id = new.id; END"),
        VIEW("everything", "CREATE VIEW everything AS SELECT * FROM annotations JOIN documents ON documents.id = document_id"),
        ENDLESS_VIEW("forever", "CREATE VIEW forever AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x FROM n"),
        FTS5_TABLE("search", "CREATE VIRTUAL TABLE search USING fts5(body)"),
        CORPUS_INDEX_WITH_OTHER_OPTIONS("corpus_index", "DROP TABLE corpus_index",
                "CREATE VIRTUAL TABLE corpus_index USING fts5(text, content='documents', content_rowid='id')"),
        CORPUS_INDEX_CONFIG("corpus_index_config", "INSERT INTO corpus_index_config(k, v) VALUES ('rank', 'bm25(10.0, 5.0)')"),
        EXTRA_INDEX("by_note", "CREATE INDEX by_note ON annotations(note)"),
        EXTRA_TABLE("stolen", "CREATE TABLE stolen(x)"),
        ADDED_COLUMN("annotations", "ALTER TABLE annotations ADD COLUMN secret TEXT"),
        CHANGED_CHECK("annotations", "PRAGMA writable_schema = ON",
                "UPDATE sqlite_master SET sql = replace(sql, 'begin_utf16 < end_utf16', 'begin_utf16 <= end_utf16')"
                        + " WHERE type = 'table' AND name = 'annotations'",
                "PRAGMA writable_schema = OFF");

        final String object;
        final String[] sql;

        Plant(String object, String... sql) {
            this.object = object;
            this.sql = sql;
        }
    }

    /** A copy of the tagged project with {@code plant} added through plain JDBC; no side file is left beside it. */
    private Path planted(Plant plant) throws Exception {
        Path file = Files.copy(templates.resolve("P.newsmark"), dir.resolve("P.newsmark"));
        execute(file, plant.sql);
        if (plant == Plant.CHANGED_CHECK) {
            assertTrue(schemaSql(file, "annotations").contains("begin_utf16 <= end_utf16"), "the CHECK was changed");
        }
        return file;
    }

    static void execute(Path file, String... sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
        assertFalse(Files.exists(file.resolveSibling(file.getFileName() + "-wal")), "plain SQLite left its log behind");
    }

    private static String schemaSql(Path file, String name) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT sql FROM sqlite_master WHERE name = '" + name + "'")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    @ParameterizedTest
    @EnumSource(Plant.class)
    void aPlantedObjectMakesTheFileRefusedUntouchedEverywhere(Plant plant) throws Exception {
        Path file = planted(plant);
        Path csv = Files.writeString(dir.resolve("tags.csv"), "document_sha256,analyst,label,start,end\n"
                + TextHash.sha256(ProjectFixture.ARTICLE_A) + ",Cleo,claim,4,9\n");
        Path identityLock = ProjectOutputsTest.identityLock(file);
        // lock files stay after use, and /tmp reuses inodes: one of an earlier file may be there already
        boolean lockWasThere = Files.exists(identityLock);
        FolderState before = FolderState.of(dir);
        List<String> problems = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (boolean readOnly : new boolean[] {false, true}) {
                try (ProjectSession s = readOnly ? TestProjects.openReadOnly(file) : TestProjects.open(file)) {
                    problems.add((readOnly ? "openReadOnly" : "open") + " opened it");
                } catch (ProjectRefusedException e) {
                    if (!e.getMessage().contains("P.newsmark") || !e.getMessage().contains("\"" + plant.object + "\"")) {
                        problems.add("the message does not name the file and " + plant.object + ": " + e.getMessage());
                    }
                }
            }
            String[][] commands = {
                    {"import-annotations", file.toString(), csv.toString()},
                    {"list", file.toString()},
                    {"export", file.toString(), "--format", "csv", "--out", dir.resolve("out.csv").toString()},
            };
            for (String[] command : commands) {
                Cli.Run r = Cli.run(command);
                if (!r.refusedNaming("P.newsmark", "\"" + plant.object + "\"")) {
                    problems.add(String.join(" ", command) + "\n" + r);
                }
            }
        }, "a crafted file must be refused, not hang the program");
        assertTrue(problems.isEmpty(), plant + ":\n" + String.join("\n", problems));
        assertEquals("", FolderState.of(dir).changesSince(before), "the file is byte-identical and nothing was added beside it");
        assertEquals(lockWasThere, Files.exists(identityLock), "no identity lock was taken for a refused file");
    }

    @Test
    void theOriginalAttackImportsNothingAndSaysSoInsteadOfReportingSuccess() throws Exception {
        Path file = planted(Plant.TRIGGER_THAT_SWALLOWS_INSERTS);
        Path csv = Files.writeString(dir.resolve("tags.csv"), "document_sha256,analyst,label,start,end\n"
                + TextHash.sha256(ProjectFixture.ARTICLE_A) + ",Cleo,claim,4,9\n");
        Cli.Run r = Cli.run("import-annotations", file.toString(), csv.toString());
        assertFalse(r.out().contains("1 tag imported"), "a swallowed import must not report success: " + r);
        assertTrue(r.refusedNaming("P.newsmark", "swallow", "trigger"), r.toString());
        // once the trigger is removed with an SQLite tool (as the message says), the project opens and imports
        execute(file, "DROP TRIGGER swallow");
        Cli.Run again = Cli.run("import-annotations", file.toString(), csv.toString());
        assertEquals(0, again.code(), again.toString());
        assertTrue(again.out().startsWith("1 tag imported"), again.toString());
    }

    @Test
    void anEndlessViewIsRefusedFastWithoutEverBeingRun() throws Exception {
        Path file = planted(Plant.ENDLESS_VIEW);
        long started = System.nanoTime();
        ProjectRefusedException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(ProjectRefusedException.class, () -> TestProjects.open(file)));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(e.getMessage().contains("forever") && e.getMessage().contains("view"), e.getMessage());
        assertTrue(millis < 5_000, "refused in " + millis + " ms");
    }

    @Test
    void aFileWhoseCheckTakesTooLongIsRefusedAfterTheTimeLimit() throws Exception {
        // a limit already passed when the look starts: the first progress callback must stop it
        // enough rows that the quick check runs many thousand SQLite steps
        Path file = dir.resolve("P.newsmark");
        TaggedProject.create(file, 1500);
        FolderState before = FolderState.of(dir);
        Process p = Cli.start(List.of("-Dnewsmark.inspectMillis=-100000"), dir.resolve("list.out"), dir.resolve("list.err"),
                "list", file.toString());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the command ended");
        String err = Files.readString(dir.resolve("list.err"));
        assertEquals(1, p.exitValue(), err);
        assertTrue(err.contains("P.newsmark") && err.contains("took longer than"), err);
        assertEquals("", FolderState.of(dir).without("list.out", "list.err").changesSince(before.without("list.out", "list.err")));
    }

    @Test
    void anAnalyzedProjectStillOpensWithAllItsTags() throws Exception {
        Path file = Files.copy(templates.resolve("P.newsmark"), dir.resolve("P.newsmark"));
        execute(file, "ANALYZE");
        assertTrue(schemaSql(file, "sqlite_stat1").contains("sqlite_stat1"), "ANALYZE made its statistics table");
        TaggedProject.assertReopensWith(file, rows);
        Cli.Run list = Cli.run("list", file.toString());
        assertEquals(0, list.code(), list.toString());
    }

    @Test
    void aProjectMigratedFromFormat1StillOpensAndPassesTheCheckAgain() throws Exception {
        Path file = dir.resolve("old.newsmark");
        OldProjectFiles.version1(file);
        List<Annotation> tags;
        try (ProjectSession s = TestProjects.open(file)) {
            assertFalse(s.isReadOnly());
            tags = s.annotations().annotations(1, s.findAnalyst("Ana").orElseThrow().id());
            assertEquals(2, tags.size());
            assertEquals(7, tags.get(0).id());
        }
        assertTrue(Files.exists(dir.resolve("old.newsmark.bak-v1")));
        try (ProjectSession s = TestProjects.open(file)) {
            assertFalse(s.isReadOnly(), "the migrated file passes the schema check");
            assertEquals(tags, s.annotations().annotations(1, s.findAnalyst("Ana").orElseThrow().id()));
            assertEquals("ok", s.integrityCheck());
        }
        try (ProjectSession s = TestProjects.openReadOnly(dir.resolve("old.newsmark.bak-v1"))) {
            assertEquals(2, s.annotations().annotations(1, s.findAnalyst("Ana").orElseThrow().id()).size(),
                    "the format-1 backup reads too");
        }
        Cli.Run list = Cli.run("list", file.toString());
        assertEquals(0, list.code(), list.toString());
        assertTrue(list.out().contains("Ana=2"), list.out());
    }
}
