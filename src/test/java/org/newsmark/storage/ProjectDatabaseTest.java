package org.newsmark.storage;

import org.newsmark.service.port.NotSavedException;
import org.newsmark.service.port.ProjectRefusedException;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void newProjectHasSchemaWalForeignKeysAndDefaultCodebook() throws Exception {
        Path file = dir.resolve("p.newsmark");
        try (SqliteProject p = TestStores.create(file)) {
            assertEquals(4, p.labels().all().size());
            assertEquals("claim", p.labels().all().get(0).name());
            assertEquals("1", p.labels().all().get(0).key());
            Integer fk = p.database().read(c -> intQuery(c, "PRAGMA foreign_keys"));
            assertEquals(1, fk);
            String mode = p.database().read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertEquals("wal", mode);
            assertEquals(Schema.currentVersion(), (int) p.database().read(c -> intQuery(c, "PRAGMA user_version")));
        }
        try (SqliteProject again = TestStores.open(file)) {
            assertFalse(again.isReadOnly());
            assertEquals(4, again.labels().all().size());
        }
    }

    @Test
    void createRefusesExistingFile() throws Exception {
        Path file = dir.resolve("x.newsmark");
        Files.writeString(file, "keep me");
        assertThrows(ProjectRefusedException.class, () -> TestStores.create(file));
        assertEquals("keep me", Files.readString(file));
    }

    @Test
    void refusesRandomBytesEmptyAndTextFilesLeavingThemUntouched() throws Exception {
        byte[] random = new byte[5000];
        new Random(7).nextBytes(random);
        assertRefusedUntouched("random.newsmark", random, "not a Newsmark project");
        assertRefusedUntouched("empty.newsmark", new byte[0], "empty");
        assertRefusedUntouched("text.newsmark", "hello, I am text".getBytes(), "not a Newsmark project");
    }

    @Test
    void refusesForeignSqliteDatabaseUntouched() throws Exception {
        Path file = dir.resolve("other.newsmark");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE people(name TEXT)");
            s.execute("INSERT INTO people VALUES ('x')");
        }
        byte[] before = Files.readAllBytes(file);
        ProjectRefusedException e = assertThrows(ProjectRefusedException.class, () -> TestStores.open(file));
        assertTrue(e.getMessage().contains("another program"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertNoSideFiles(file);
    }

    @Test
    void refusesAForeignDatabaseInWalModeWithoutTouchingItOrItsWal() throws Exception {
        Path file = dir.resolve("walforeign.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("CREATE TABLE t(x)");
        }
        byte[] before = Files.readAllBytes(file);
        ProjectRefusedException e = assertThrows(ProjectRefusedException.class, () -> TestStores.open(file));
        assertTrue(e.getMessage().contains("walforeign.db") && e.getMessage().contains("another program"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertNoSideFiles(file);
    }

    @Test
    void refusesNewerSchemaUntouched() throws Exception {
        Path file = dir.resolve("future.newsmark");
        TestStores.create(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(file);
        java.util.Set<String> folderBefore = listing();
        ProjectRefusedException e = assertThrows(ProjectRefusedException.class, () -> TestStores.open(file));
        assertTrue(e.getMessage().contains("newer version"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(folderBefore, listing(), "refusing adds no lock, WAL or shm file");
    }

    @Test
    void refusesTruncatedProjectUntouched() throws Exception {
        Path file = dir.resolve("whole.newsmark");
        try (SqliteProject p = TestStores.create(file)) {
            for (int i = 0; i < 50; i++) {
                p.documents().insert("t" + i, null, "text number " + i + " ".repeat(2000));
            }
        }
        byte[] whole = Files.readAllBytes(file);
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        assertRefusedUntouched("half.newsmark", half, "damaged");
    }

    @Test
    void secondOpenIsReadOnlyAndCannotWrite() throws Exception {
        Path file = dir.resolve("shared.newsmark");
        try (SqliteProject writer = TestStores.create(file); SqliteProject reader = TestStores.open(file)) {
            assertFalse(writer.isReadOnly());
            assertTrue(reader.isReadOnly());
            writer.documents().insert("a", null, "some text");
            assertEquals(1, reader.documents().summaries(null).size());
            NotSavedException e = assertThrows(NotSavedException.class, () -> reader.documents().insert("b", null, "other text"));
            assertTrue(e.getMessage().contains("shared.newsmark cannot be written"), e.getMessage());
        }
        try (SqliteProject alone = TestStores.open(file)) {
            assertFalse(alone.isReadOnly(), "the lock is released when the writer closes");
        }
    }

    private void assertRefusedUntouched(String name, byte[] content, String expected) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content);
        ProjectRefusedException e = assertThrows(ProjectRefusedException.class, () -> TestStores.open(file));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains(name), "message names the file: " + e.getMessage());
        assertArrayEquals(content, Files.readAllBytes(file));
        assertNoSideFiles(file);
    }

    private java.util.Set<String> listing() throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
        }
    }

    /** A refused file gets no lock, WAL or shared-memory file beside it: the folder is as it was. */
    private static void assertNoSideFiles(Path file) throws java.io.IOException {
        for (String suffix : new String[] {".lock", "-wal", "-shm", "-journal"}) {
            Path side = file.resolveSibling(file.getFileName() + suffix);
            assertFalse(Files.exists(side), "left behind: " + side.getFileName());
        }
    }

    private static int intQuery(Connection c, String sql) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
