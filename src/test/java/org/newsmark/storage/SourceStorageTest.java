package org.newsmark.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Document;
import org.newsmark.domain.Source;
import org.newsmark.domain.SourceKind;
import org.newsmark.domain.SourceQuote;
import org.newsmark.domain.Span;
import org.newsmark.service.port.NotSavedException;

/** Sources in the project file (format 6): round trip, quotes, repointing, outlets, migration of speakers, old read-only files. */
class SourceStorageTest {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aNewProjectsSpeakerIsASourceAttribute() throws Exception {
        try (SqliteProject p = TestStores.create(dir.resolve("new.newsmark"))) {
            assertEquals(AttributeType.SOURCE, speaker(p).type());
            assertEquals(List.of(), p.sources().all());
        }
    }

    @Test
    void sourcesRoundTripAndTagsPointToThem() throws Exception {
        Path file = dir.resolve("s.newsmark");
        try (SqliteProject p = TestStores.create(file)) {
            Document d = p.documents().insert("T", null, "The minister said prices rose.");
            long ana = p.analysts().findOrCreate("Ana").id();
            Source a = p.sources().insert(new Source(0, "Ilse Marten", SourceKind.NAMED_PERSON, "minister", "Transport", T));
            Source b = p.sources().insert(new Source(0, "the minister", SourceKind.OFFICIAL_BODY, "", "", T));
            assertThrows(NotSavedException.class, () -> p.sources().insert(new Source(0, "ILSE MÁRTEN", SourceKind.NAMED_PERSON, "", "", T)),
                    "one source per name (accents and case aside) and kind");
            Attribute speaker = speaker(p);
            Annotation tag = p.annotations().insert(new Annotation(0, d.id(), ana, speaker.labelId(), new Span(4, 12), "", null, T, T)
                    .withAttributes(AttributeValues.of(Map.of(speaker.id(), List.of(b.valueId()))), T));
            assertEquals(List.of(new SourceQuote(b.id(), tag.id(), speaker.id(), d.id(), ana, speaker.labelId(), 4, 12)), p.sources().quotes());
            assertEquals(1, p.sources().repoint(b.id(), a.id()));
            p.sources().delete(b.id());
            p.sources().update(new Source(a.id(), "Ilse Marten-Vogel", SourceKind.OFFICIAL_BODY, "", "Ministry", T));
            p.sources().setOutlet(d.id(), " Daily Planet ");
        }
        try (SqliteProject p = TestStores.open(file)) {
            List<Source> all = p.sources().all();
            assertEquals(List.of("Ilse Marten-Vogel"), all.stream().map(Source::name).toList());
            assertEquals(SourceKind.OFFICIAL_BODY, all.get(0).kind());
            assertEquals("Ministry", all.get(0).affiliation());
            assertEquals(all.get(0).id(), p.sources().quotes().get(0).sourceId());
            assertEquals(Map.of(1L, "Daily Planet"), p.sources().outlets());
            assertEquals("ok", p.integrityCheck());
        }
    }

    @Test
    void aVersion5ProjectIsBackedUpAndItsSpeakersBecomeSources() throws Exception {
        Path file = dir.resolve("v5.newsmark");
        try (SqliteDatabase db = SqliteDatabase.writer(file)) {
            Migrations.apply(db, 0, 5);
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO documents(id, title, imported_at, text, sha256, length)"
                            + " VALUES (1, 'Old', '2025-01-01T00:00:00Z', 'An old article with quotes in it.', 'abc', 33)");
                    s.execute("INSERT INTO analysts(id, name) VALUES (1, 'Ana')");
                    for (int i = 1; i <= 4; i++) {
                        s.execute("INSERT INTO annotations(id, document_id, analyst_id, label_id, begin_utf16, end_utf16, note, created_at,"
                                + " updated_at) SELECT " + i + ", 1, 1, id, " + i + ", " + (i + 3) + ", '', '2025-01-01T00:00:00Z',"
                                + " '2025-01-01T00:00:00Z' FROM labels WHERE name = 'attributed opinion'");
                    }
                    // a claim the first opinion responds to: the link must come through the migration
                    s.execute("INSERT INTO annotations(id, document_id, analyst_id, label_id, begin_utf16, end_utf16, note, created_at,"
                            + " updated_at) SELECT 5, 1, 1, id, 20, 26, '', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'"
                            + " FROM labels WHERE name = 'claim'");
                    s.execute("INSERT INTO links(document_id, analyst_id, type_id, from_id, to_id, created_at)"
                            + " SELECT 1, 1, id, 1, 5, '2025-01-01T00:00:00Z' FROM link_types WHERE name = 'responds to'");
                    // the same speaker written three ways, and another whose speaker type is no kind
                    s.execute("INSERT INTO tag_values SELECT 1, id, 0, 'Ángela Merkel' FROM attributes WHERE name = 'speaker'");
                    s.execute("INSERT INTO tag_values SELECT 2, id, 0, 'angela merkel' FROM attributes WHERE name = 'speaker'");
                    s.execute("INSERT INTO tag_values SELECT 3, id, 0, 'The Ministry' FROM attributes WHERE name = 'speaker'");
                    s.execute("INSERT INTO tag_values SELECT 3, id, 0, 'official body' FROM attributes WHERE name = 'speaker type'");
                    s.execute("INSERT INTO tag_values SELECT 4, id, 0, 'ANGELA MERKEL' FROM attributes WHERE name = 'speaker'");
                    s.execute("DELETE FROM attribute_choices WHERE attribute_id = (SELECT id FROM attributes WHERE name = 'tone')");
                    s.execute("DELETE FROM attributes WHERE name = 'tone'");
                    return null;
                }
            });
        }
        long maxAttribute = 9; // the default codebook declares nine, tone the last
        byte[] original = Files.readAllBytes(file);
        try (SqliteProject p = TestStores.open(file)) {
            Attribute speaker = speaker(p);
            assertEquals(AttributeType.SOURCE, speaker.type());
            List<Source> sources = p.sources().all();
            assertEquals(List.of("Ángela Merkel", "The Ministry"), sources.stream().map(Source::name).toList());
            assertEquals(List.of(SourceKind.NAMED_PERSON, SourceKind.OFFICIAL_BODY), sources.stream().map(Source::kind).toList());
            for (long tag = 1; tag <= 4; tag++) {
                String want = (tag == 3 ? sources.get(1) : sources.get(0)).valueId();
                assertEquals(List.of(want), p.annotations().find(tag).orElseThrow().attributes().get(speaker.id()), "tag " + tag);
            }
            Attribute added = p.attributes().insert(new Attribute(0, null, "outlet tone", AttributeType.SOURCE, List.of(), false, ""));
            assertEquals(maxAttribute + 1, added.id(), "the deleted attribute's id is not given again: the counter moved with the table");
            assertEquals(Map.of(), p.sources().outlets());
            assertEquals(List.of("1 -> 5"), p.links().all(null, null).stream().map(l -> l.fromTagId() + " -> " + l.toTagId()).toList(),
                    "the link of format 5 is kept by migration 6");
            assertEquals("ok", p.integrityCheck());
        }
        assertArrayEquals(original, Files.readAllBytes(dir.resolve("v5.newsmark.bak-v5")), "the backup is the untouched version-5 file");
    }

    @Test
    void aReadOnlySessionOnAVersion5FileReadsNoSources() throws Exception {
        Path file = dir.resolve("v5.newsmark");
        try (SqliteDatabase db = SqliteDatabase.writer(file)) {
            Migrations.apply(db, 0, 5);
        }
        byte[] before = Files.readAllBytes(file);
        try (SqliteProject p = TestStores.openReadOnly(file)) {
            assertEquals(List.of(), p.sources().all());
            assertEquals(List.of(), p.sources().quotes());
            assertEquals(Map.of(), p.sources().outlets());
        }
        assertArrayEquals(before, Files.readAllBytes(file), "not upgraded, not changed");
    }

    private static Attribute speaker(SqliteProject p) {
        return p.attributes().all().stream().filter(a -> a.name().equals("speaker")).findFirst().orElseThrow();
    }
}
