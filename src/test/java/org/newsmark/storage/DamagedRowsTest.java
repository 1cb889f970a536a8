package org.newsmark.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Span;
import org.newsmark.service.port.NotSavedException;

/**
 * Found by FuzzTest: a file whose rows hold values Newsmark never writes passes SQLite's quick
 * check, opens, and then reading threw DateTimeParseException (a damaged time) or
 * IllegalArgumentException (a damaged span) instead of the NotSavedException every other damage
 * found while reading becomes.
 */
class DamagedRowsTest {

    @TempDir
    Path dir;

    @Test
    void damagedTimesAndSpansAreReportedAsDamageNamingTheFileAndTheRow() throws Exception {
        Path file = dir.resolve("p.newsmark");
        try (SqliteProject p = TestStores.create(file)) {
            long doc = p.documents().insert("t", null, "Alpha beta gamma.").id();
            long analyst = p.analysts().findOrCreate("Ana").id();
            long label = p.labels().all().get(0).id();
            Instant t = Instant.parse("2026-01-01T00:00:00Z");
            p.annotations().insert(new Annotation(0, doc, analyst, label, new Span(0, 5), "", null, t, t));
            p.annotations().insert(new Annotation(0, doc, analyst, label, new Span(6, 10), "", null, t, t));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("UPDATE annotations SET created_at = 'not a time' WHERE id = 1");
            s.execute("UPDATE annotations SET end_utf16 = 'abc' WHERE id = 2"); // TEXT > any number: the CHECK holds
            s.execute("UPDATE documents SET imported_at = 'yesterday'");
        }
        try (SqliteProject p = TestStores.open(file)) {
            assertEquals("ok", p.integrityCheck(), "SQLite sees nothing wrong");
            NotSavedException time = assertThrows(NotSavedException.class, () -> p.annotations().find(1));
            assertEquals("Project p.newsmark: the file is damaged: tag 1 has the time 'not a time' in created_at, which"
                    + " Newsmark never writes (open a backup, or repair the file with an SQLite tool)", time.getMessage());
            NotSavedException span = assertThrows(NotSavedException.class, () -> p.annotations().find(2));
            assertEquals("Project p.newsmark: the file is damaged: tag 2 has the span 6–abc, which Newsmark never writes"
                    + " (open a backup, or repair the file with an SQLite tool)", span.getMessage());
            assertThrows(NotSavedException.class, () -> p.annotations().forDocument(1, null));
            NotSavedException imported = assertThrows(NotSavedException.class, () -> p.documents().find(1));
            assertEquals("Project p.newsmark: the file is damaged: article 1 has the time 'yesterday' in imported_at, which"
                    + " Newsmark never writes (open a backup, or repair the file with an SQLite tool)", imported.getMessage());
        }
    }
}
