package org.newsmark.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.service.port.NotSavedException;
import org.newsmark.service.port.ProjectRefusedException;
import org.newsmark.service.port.ProjectStore;

/**
 * A large project opens for reading before SQLite's quick check of it has finished; nothing is
 * written until the check has passed, and a file that fails it is refused every write and left
 * byte for byte as it was. (The size from which the check is deferred is 0 here.)
 */
class DeferredIntegrityCheckTest {

    @TempDir
    Path dir;

    @Test
    void aSoundFileOpensAndTheFirstWriteWaitsForTheCheckThenSaves() throws Exception {
        Path file = project("sound.newsmark");
        try (ProjectStore p = new SqliteProjectStores(0).open(file)) {
            assertEquals(40, p.documents().summaries(null).size());
            p.analysts().findOrCreate("Written after the check");
        }
        try (ProjectStore p = TestStores.open(file)) {
            assertTrue(p.analysts().all().stream().anyMatch(a -> a.name().equals("Written after the check")));
            assertEquals("ok", p.integrityCheck());
        }
    }

    @Test
    void aDamagedFileOpensForReadingButRefusesEveryWriteNamingTheFileAndStaysUnchanged() throws Exception {
        Path file = project("damaged.newsmark");
        damageIndex(file, "annotations_by_analyst");
        byte[] before = Files.readAllBytes(file);
        try (ProjectStore p = new SqliteProjectStores(0).open(file)) {
            assertEquals(40, p.documents().summaries(null).size(), "the articles can still be read");
            NotSavedException e = assertThrows(NotSavedException.class, () -> p.analysts().findOrCreate("Never written"));
            assertTrue(e.getMessage().startsWith("damaged.newsmark is damaged (SQLite integrity check: "), e.getMessage());
            assertTrue(e.getMessage().endsWith("Nothing was written to it and the file is unchanged; close it and open a backup."),
                    e.getMessage());
            assertThrows(NotSavedException.class, () -> p.analysts().findOrCreate("Nor this"), "every write, not only the first");
        }
        assertArrayEquals(before, Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("damaged.newsmark", "damaged.newsmark.lock", "sound-source.newsmark", "sound-source.newsmark.lock"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "no log or side file left beside it");
        }
    }

    @Test
    void theSameDamageIsRefusedAtOpenBelowTheSizeWhereTheCheckIsDeferred() throws Exception {
        Path file = project("small.newsmark");
        damageIndex(file, "annotations_by_analyst");
        byte[] before = Files.readAllBytes(file);
        ProjectRefusedException e = assertThrows(ProjectRefusedException.class, () -> new SqliteProjectStores().open(file));
        assertTrue(e.getMessage().startsWith("small.newsmark is damaged (SQLite integrity check: "), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aReaderRunsTheCheckBeforeReadingWhenAnotherWindowWrites() throws Exception {
        Path file = project("shared.newsmark");
        try (ProjectStore writer = new SqliteProjectStores(0).open(file);
             ProjectStore reader = new SqliteProjectStores(0).open(file)) {
            assertFalse(writer.isReadOnly());
            assertTrue(reader.isReadOnly(), "the second opener reads");
            assertEquals(40, reader.documents().summaries(null).size());
            writer.analysts().findOrCreate("Still writable");
        }
    }

    @Test
    void anExportReadsADamagedFileButIsToldAtItsEndAndTheFolderStaysAsItWas() throws Exception {
        Path file = project("export.newsmark");
        damageIndex(file, "annotations_by_analyst");
        byte[] before = Files.readAllBytes(file);
        try (ProjectStore p = new SqliteProjectStores().openToExport(file)) {
            assertTrue(p.isReadOnly());
            assertEquals(40, p.documents().summaries(null).size(), "read while the check runs");
            NotSavedException e = assertThrows(NotSavedException.class, p::requireIntact);
            assertTrue(e.getMessage().startsWith("export.newsmark is damaged (SQLite integrity check: "), e.getMessage());
            assertTrue(e.getMessage().contains("The export was stopped: no output file was kept"), e.getMessage());
        }
        assertArrayEquals(before, Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("export.newsmark", "sound-source.newsmark", "sound-source.newsmark.lock"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "no log, side or lock file made");
        }
    }

    @Test
    void anExportOfASoundFilePassesItsCheck() throws Exception {
        Path file = project("sound-export.newsmark");
        try (ProjectStore p = new SqliteProjectStores().openToExport(file)) {
            assertEquals(40, p.documents().summaries(null).size());
            p.requireIntact();
        }
    }

    /** A project of 40 articles with tags, copied from one source so each test has its own file. */
    private Path project(String name) throws Exception {
        Path source = dir.resolve("sound-source.newsmark");
        if (!Files.exists(source)) {
            try (SqliteProject p = TestStores.create(source)) {
                long analyst = p.analysts().findOrCreate("Ana").id();
                long label = p.labels().all().get(0).id();
                for (int d = 0; d < 40; d++) {
                    long doc = p.documents().insert("Article " + d, null, "Alpha beta gamma delta. ".repeat(200) + d).id();
                    BenchData.insertRandomAnnotations(p, doc, 4_000, List.of(analyst), List.of(label), 50, d);
                }
            }
        }
        Path file = dir.resolve(name);
        Files.copy(source, file);
        return file;
    }

    private static void damageIndex(Path file, String index) throws Exception {
        FileDamage.zeroIndexRoot(file, index);
    }
}
