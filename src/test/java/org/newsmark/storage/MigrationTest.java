package org.newsmark.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.Span;

/** Older project files are upgraded after a byte-identical backup; a WAL left by a killed process is replayed. */
class MigrationTest {

    @TempDir
    Path dir;

    @Test
    void aVersion1ProjectIsBackedUpThenMigratedWithItsDataIntact() throws Exception {
        Path file = dir.resolve("old.newsmark");
        try (SqliteDatabase db = SqliteDatabase.writer(file)) {
            Migrations.apply(db, 0, 1);
            db.write(c -> version1Rows(c));
        }
        assertEquals(1, userVersion(file));
        byte[] original = Files.readAllBytes(file);

        try (SqliteProject p = TestStores.open(file)) {
            assertFalse(p.isReadOnly());
            assertEquals(Schema.currentVersion(), (int) p.database().read(c -> intQuery(c, "PRAGMA user_version")));
            Annotation kept = p.annotations().find(7).orElseThrow();
            assertEquals(new Span(3, 6), kept.span());
            assertEquals("kept", kept.note());
            assertEquals("An old article.", p.documents().find(1).orElseThrow().text());
            assertEquals("ok", p.integrityCheck());
        }
        Path backup = dir.resolve("old.newsmark.bak-v1");
        assertTrue(Files.exists(backup), "backup written before migrating");
        assertArrayEquals(original, Files.readAllBytes(backup), "the backup is the untouched version-1 file");
        assertEquals(1, userVersion(backup));
    }

    @Test
    void aVersion2ProjectIsBackedUpThenGainsTheAdjudicationTablesWithItsDataIntact() throws Exception {
        Path file = dir.resolve("v2.newsmark");
        try (SqliteDatabase db = SqliteDatabase.writer(file)) {
            Migrations.apply(db, 0, 2);
            db.write(c -> version1Rows(c));
        }
        assertEquals(2, userVersion(file));
        byte[] original = Files.readAllBytes(file);

        try (SqliteProject p = TestStores.open(file)) {
            assertEquals(Schema.currentVersion(), (int) p.database().read(c -> intQuery(c, "PRAGMA user_version")), "the current format");
            assertEquals(1, (int) p.database().read(c -> intQuery(c,
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'adjudication_decisions'")));
            assertEquals(0, (int) p.database().read(c -> intQuery(c, "SELECT count(*) FROM adjudication_decisions")));
            Annotation kept = p.annotations().find(7).orElseThrow();
            assertEquals(new Span(3, 6), kept.span());
            assertEquals("kept", kept.note());
            assertEquals("An old article.", p.documents().find(1).orElseThrow().text());
            assertEquals("Ana", p.analysts().all().get(0).name());
            assertEquals("ok", p.integrityCheck());
        }
        Path backup = dir.resolve("v2.newsmark.bak-v2");
        assertTrue(Files.exists(backup), "backup written before migrating");
        assertArrayEquals(original, Files.readAllBytes(backup), "the backup is the untouched version-2 file");
        assertEquals(2, userVersion(backup));
        try (SqliteProject p = TestStores.open(file)) {
            assertEquals("ok", p.integrityCheck(), "the migrated file passes the schema check when opened again");
        }
    }

    @Test
    void aVersion3ProjectIsBackedUpThenGainsTheDefaultAttributesAndKeepsEveryTag() throws Exception {
        Path file = dir.resolve("v3.newsmark");
        try (SqliteDatabase db = SqliteDatabase.writer(file)) {
            Migrations.apply(db, 0, 3);
            db.write(c -> version1Rows(c));
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    // a label of the study's own, and a tag under "statistic" (label 2)
                    s.execute("INSERT INTO labels(name, color, definition, position) VALUES ('source', '#0072B2', '', 4)");
                    return s.execute("INSERT INTO annotations(id, document_id, analyst_id, label_id, begin_utf16, end_utf16, note,"
                            + " created_at, updated_at) VALUES (8, 1, 1, 2, 7, 14, '', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')");
                }
            });
        }
        byte[] original = Files.readAllBytes(file);

        try (SqliteProject p = TestStores.open(file)) {
            assertEquals(Schema.currentVersion(), (int) p.database().read(c -> intQuery(c, "PRAGMA user_version")));
            assertEquals(2, p.annotations().count(null, null), "every tag kept");
            assertEquals("kept", p.annotations().find(7).orElseThrow().note());
            List<org.newsmark.domain.Label> labels = p.labels().all();
            assertEquals(List.of("claim", "statistic", "attributed opinion", "framing", "source"),
                    labels.stream().map(org.newsmark.domain.Label::name).toList());
            assertFalse(labels.get(0).retired());
            List<org.newsmark.domain.Attribute> attributes = p.attributes().all();
            java.util.function.Function<Long, List<String>> namesOf = label -> attributes.stream()
                    .filter(a -> java.util.Objects.equals(a.labelId(), label)).map(org.newsmark.domain.Attribute::name).toList();
            assertEquals(List.of("check-worthy"), namesOf.apply(labels.get(0).id()));
            assertEquals(List.of("value", "unit", "source"), namesOf.apply(labels.get(1).id()));
            assertEquals(List.of("speaker", "speaker type"), namesOf.apply(labels.get(2).id()));
            assertEquals(List.of("frame"), namesOf.apply(labels.get(3).id()));
            assertEquals(List.of(), namesOf.apply(labels.get(4).id()), "a label of the study's own gains nothing");
            assertEquals(List.of("primary frame", "tone"), namesOf.apply(null));
            org.newsmark.domain.Attribute frame = attributes.stream().filter(a -> a.name().equals("frame")).findFirst().orElseThrow();
            assertEquals(15, frame.choices().size());
            assertEquals("Economic", frame.choices().get(0));
            assertEquals("ok", p.integrityCheck());
        }
        Path backup = dir.resolve("v3.newsmark.bak-v3");
        assertArrayEquals(original, Files.readAllBytes(backup), "the backup is the untouched version-3 file");
        try (SqliteProject p = TestStores.open(file)) {
            assertEquals(9, p.attributes().all().size(), "opening again adds nothing twice (7 tag attributes, 2 article codes)");
            assertEquals("ok", p.integrityCheck(), "the migrated file passes the schema check");
        }
    }

    @Test
    void theBackupOfAnOldProjectIncludesEditsStillInItsWal() throws Exception {
        Path live = dir.resolve("live.newsmark");
        Path file = Files.createDirectory(dir.resolve("crashed")).resolve("old.newsmark");
        try (SqliteDatabase db = SqliteDatabase.writer(live)) {
            Migrations.apply(db, 0, 1);
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    return s.execute("INSERT INTO analysts(name) VALUES ('only in the WAL')");
                }
            });
            Files.copy(live, file);
            Files.copy(live.resolveSibling("live.newsmark-wal"), file.resolveSibling("old.newsmark-wal"));
        }
        TestStores.open(file).close();
        Path backup = file.resolveSibling("old.newsmark.bak-v1");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM analysts")) {
            assertTrue(rs.next());
            assertEquals("only in the WAL", rs.getString(1));
        }
        try (SqliteProject p = TestStores.open(file)) {
            assertEquals("only in the WAL", p.analysts().all().get(0).name());
        }
    }

    @Test
    void migration2StopsADeletedTagsIdFromBeingReused() throws Exception {
        Path file = dir.resolve("ids.newsmark");
        try (SqliteProject p = TestStores.create(file)) {
            Document d = p.documents().insert("T", null, "Alpha beta gamma.");
            Analyst ana = p.analysts().findOrCreate("Ana");
            Instant t = Instant.parse("2026-01-01T00:00:00Z");
            Annotation first = p.annotations().insert(new Annotation(0, d.id(), ana.id(), 1, new Span(0, 5), "", null, t, t));
            p.annotations().delete(first.id());
            Annotation second = p.annotations().insert(new Annotation(0, d.id(), ana.id(), 1, new Span(6, 10), "", null, t, t));
            assertTrue(second.id() > first.id(), "undoing the delete can restore id " + first.id());
            p.annotations().insert(first);
            assertEquals(List.of(first, second), p.annotations().forDocument(d.id(), ana.id()));
        }
    }

    @Test
    void aWalLeftByAKilledProcessIsReplayedOnOpen() throws Exception {
        Path live = dir.resolve("live.newsmark");
        Path crashed = Files.createDirectory(dir.resolve("crashed")).resolve("live.newsmark");
        try (SqliteProject p = TestStores.create(live)) {
            Document d = p.documents().insert("T", null, "Committed but not yet checkpointed.");
            Analyst ana = p.analysts().findOrCreate("Ana");
            Instant t = Instant.parse("2026-01-01T00:00:00Z");
            p.annotations().insert(new Annotation(0, d.id(), ana.id(), 1, new Span(0, 9), "in the WAL", null, t, t));
            // what a killed process leaves: the main file and its WAL, never checkpointed
            Path wal = live.resolveSibling("live.newsmark-wal");
            assertTrue(Files.size(wal) > 0, "the edits are in the WAL");
            Files.copy(live, crashed);
            Files.copy(wal, crashed.resolveSibling("live.newsmark-wal"));
        }
        try (SqliteProject p = TestStores.open(crashed)) {
            assertEquals("ok", p.integrityCheck());
            List<Annotation> back = p.annotations().forDocument(1, null);
            assertEquals(1, back.size());
            assertEquals("in the WAL", back.get(0).note());
        }
    }

    private static Void version1Rows(Connection c) throws java.sql.SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO documents(title, source_name, imported_at, text, sha256, length)"
                    + " VALUES ('Old', 'old.txt', '2025-01-01T00:00:00Z', 'An old article.', 'abc', 15)");
            s.execute("INSERT INTO analysts(name) VALUES ('Ana')");
            s.execute("INSERT INTO annotations(id, document_id, analyst_id, label_id, begin_utf16, end_utf16, note, created_at, updated_at)"
                    + " VALUES (7, 1, 1, 1, 3, 6, 'kept', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')");
        }
        return null;
    }

    private static int userVersion(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return intQuery(c, "PRAGMA user_version");
        }
    }

    private static int intQuery(Connection c, String sql) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
