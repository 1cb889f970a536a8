package org.newsmark.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Link;
import org.newsmark.domain.LinkType;
import org.newsmark.domain.Span;
import org.newsmark.service.port.NotSavedException;

/** Links and link types in the project file (format 5): round trip, tag and article deletes, migration, old read-only files. */
class LinkStorageTest {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aNewProjectHasTheDefaultLinkTypesOnTheDefaultLabels() throws Exception {
        try (SqliteProject p = TestStores.create(dir.resolve("new.newsmark"))) {
            assertDefaultTypes(p);
        }
    }

    @Test
    void linksRoundTripKeepTheirIdAndGoWithTheirTag() throws Exception {
        Path file = dir.resolve("links.newsmark");
        long kept;
        try (SqliteProject p = TestStores.create(file)) {
            Document d = p.documents().insert("T", null, "Prices rose 5% last year, the minister said.");
            Analyst ana = p.analysts().findOrCreate("Ana");
            Analyst ben = p.analysts().findOrCreate("Ben");
            LinkType supports = p.links().types().get(0);
            Annotation claim = tag(p, d, ana, "claim", 0, 24);
            Annotation stat = tag(p, d, ana, "statistic", 12, 14);
            Annotation benClaim = tag(p, d, ben, "claim", 0, 24);
            Annotation benStat = tag(p, d, ben, "statistic", 12, 14);
            Link link = p.links().insert(new Link(0, d.id(), ana.id(), supports.id(), stat.id(), claim.id(), T));
            Link other = p.links().insert(new Link(0, d.id(), ben.id(), supports.id(), benStat.id(), benClaim.id(), T));
            kept = link.id();
            assertEquals(List.of(link), p.links().forDocument(d.id(), ana.id()));
            assertEquals(List.of(link, other), p.links().all(null, null));
            assertEquals(List.of(link), p.links().touching(claim.id()));
            assertTrue(p.links().hasTwin(link.withId(0)));
            assertFalse(p.links().hasTwin(link));
            assertThrows(NotSavedException.class, () -> p.links().insert(link.withId(0)), "one link of a type between two tags");
            assertThrows(NotSavedException.class, () -> p.links().insert(new Link(0, d.id(), ana.id(), supports.id(), claim.id(), claim.id(), T)),
                    "the CHECK refuses a link from a tag to itself");

            p.links().delete(link.id());
            assertEquals(List.of(), p.links().forDocument(d.id(), ana.id()));
            p.links().insert(link);
            assertEquals(List.of(link), p.links().forDocument(d.id(), ana.id()), "restored under its own id (undo)");

            p.annotations().delete(benStat.id());
            assertEquals(List.of(link), p.links().all(null, null), "deleting a tag deletes its links, and only those");
        }
        try (SqliteProject p = TestStores.open(file)) {
            assertEquals(kept, p.links().all(null, null).get(0).id(), "durable");
            assertEquals(1, p.links().count(null, null));
            p.documents().delete(1);
            assertEquals(0, p.links().count(null, null), "deleting an article deletes its links");
            assertEquals("ok", p.integrityCheck());
        }
    }

    @Test
    void aVersion4ProjectIsBackedUpThenGainsLinkTypesOnTheDefaultLabelsItHas() throws Exception {
        Path file = dir.resolve("v4.newsmark");
        try (SqliteDatabase db = SqliteDatabase.writer(file)) {
            Migrations.apply(db, 0, 4);
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    // a study that renamed "claim": "supports" and "responds to" have no claim to point at
                    s.execute("UPDATE labels SET name = 'assertion' WHERE name = 'claim'");
                    s.execute("INSERT INTO documents(id, title, imported_at, text, sha256, length)"
                            + " VALUES (1, 'Old', '2025-01-01T00:00:00Z', 'An old article.', 'abc', 15)");
                    s.execute("INSERT INTO analysts(id, name) VALUES (1, 'Ana')");
                    return s.execute("INSERT INTO annotations(id, document_id, analyst_id, label_id, begin_utf16, end_utf16, note,"
                            + " created_at, updated_at) VALUES (7, 1, 1, 2, 3, 6, 'kept', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')");
                }
            });
        }
        byte[] original = Files.readAllBytes(file);
        try (SqliteProject p = TestStores.open(file)) {
            assertEquals(Schema.currentVersion(), (int) p.database().read(c -> {
                try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
                    rs.next();
                    return rs.getInt(1);
                }
            }));
            assertEquals(List.of(), p.links().types(), "no default link type without the labels at its ends");
            assertEquals("kept", p.annotations().find(7).orElseThrow().note());
            assertEquals(List.of(), p.links().all(null, null));
            assertEquals("ok", p.integrityCheck());
        }
        assertArrayEquals(original, Files.readAllBytes(dir.resolve("v4.newsmark.bak-v4")), "the backup is the untouched version-4 file");

        Path plain = dir.resolve("plain-v4.newsmark");
        try (SqliteDatabase db = SqliteDatabase.writer(plain)) {
            Migrations.apply(db, 0, 4);
        }
        try (SqliteProject p = TestStores.open(plain)) {
            assertDefaultTypes(p);
        }
        try (SqliteProject p = TestStores.open(plain)) {
            assertEquals(2, p.links().types().size(), "opening again adds nothing twice");
        }
    }

    @Test
    void aReadOnlySessionOnAVersion4FileReadsNoLinks() throws Exception {
        Path file = dir.resolve("v4.newsmark");
        try (SqliteDatabase db = SqliteDatabase.writer(file)) {
            Migrations.apply(db, 0, 4);
        }
        byte[] before = Files.readAllBytes(file);
        try (SqliteProject p = TestStores.openReadOnly(file)) {
            assertEquals(List.of(), p.links().types());
            assertEquals(List.of(), p.links().all(null, null));
            assertEquals(List.of(), p.links().touching(1));
            assertEquals(0, p.links().count(null, null));
        }
        assertArrayEquals(before, Files.readAllBytes(file), "not upgraded, not changed");
    }

    private static void assertDefaultTypes(SqliteProject p) {
        List<Label> labels = p.labels().all();
        long claim = id(labels, "claim");
        List<LinkType> types = p.links().types();
        assertEquals(List.of("supports", "responds to"), types.stream().map(LinkType::name).toList());
        assertEquals(List.of(id(labels, "statistic")), types.get(0).fromLabels());
        assertEquals(List.of(claim), types.get(0).toLabels());
        assertEquals(List.of(id(labels, "attributed opinion")), types.get(1).fromLabels());
        assertEquals(List.of(claim), types.get(1).toLabels());
    }

    private static long id(List<Label> labels, String name) {
        return labels.stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow().id();
    }

    private static Annotation tag(SqliteProject p, Document d, Analyst a, String label, int begin, int end) {
        long labelId = id(p.labels().all(), label);
        return p.annotations().insert(new Annotation(0, d.id(), a.id(), labelId, new Span(begin, end), "", null, T, T));
    }
}
