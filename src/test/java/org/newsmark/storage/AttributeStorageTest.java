package org.newsmark.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;

/** Attribute declarations, tag values and article codes survive a reopen, travel with their tag, and old formats read as empty. */
class AttributeStorageTest {

    @TempDir
    Path dir;

    @Test
    void aNewProjectHasTheDefaultCodebookWithAttributesAndArticleCodes() throws Exception {
        try (SqliteProject p = TestStores.create(dir.resolve("new.newsmark"))) {
            assertEquals(9, p.attributes().all().size(), "7 tag attributes, 2 article codes");
            Attribute speakerType = byName(p, "speaker type");
            assertEquals(AttributeType.CHOICE, speakerType.type());
            assertEquals(List.of("named person", "official body", "organisation", "anonymous", "document"), speakerType.choices());
            assertEquals(List.of("negative", "neutral", "positive"), byName(p, "tone").choices());
            assertTrue(byName(p, "tone").isArticleCode());
        }
    }

    @Test
    void valuesAreStoredWithTheirTagAndReadBackInEveryWay() throws Exception {
        Path file = dir.resolve("values.newsmark");
        long tagId;
        AttributeValues values;
        try (SqliteProject p = TestStores.create(file)) {
            long doc = p.documents().insert("A", "a.txt", "Sales rose 12% in May, the office said.").id();
            long analyst = p.analysts().findOrCreate("Ana").id();
            Label statistic = p.labels().all().get(1);
            Attribute value = byName(p, "value");
            Attribute unit = byName(p, "unit");
            values = AttributeValues.of(Map.of(value.id(), List.of("12"), unit.id(), List.of("percent")));
            Instant t = Instant.parse("2026-01-01T00:00:00Z");
            Annotation saved = p.annotations().insert(new Annotation(0, doc, analyst, statistic.id(), new Span(11, 14), "", null, t, t, values));
            tagId = saved.id();
            assertEquals(values, saved.attributes());
        }
        try (SqliteProject p = TestStores.open(file)) {
            Annotation a = p.annotations().find(tagId).orElseThrow();
            assertEquals(values, a.attributes(), "find");
            assertEquals(values, p.annotations().forDocument(a.documentId(), a.analystId()).get(0).attributes(), "a document's tags");
            List<Annotation> streamed = new ArrayList<>();
            p.annotations().forEach(null, null, streamed::add);
            assertEquals(values, streamed.get(0).attributes(), "the export stream");

            Attribute unit = byName(p, "unit");
            AttributeValues changed = values.with(unit.id(), List.of("percentage points"));
            p.annotations().update(a.withAttributes(changed, a.updated()));
            assertEquals(changed, p.annotations().find(tagId).orElseThrow().attributes(), "update replaces the values");
            assertEquals(List.of("percentage points"), p.attributes().usedValues(unit.id(), 10));

            p.annotations().delete(tagId);
            assertEquals(0, (long) p.database().read(c -> count(c, "SELECT count(*) FROM tag_values")), "deleting a tag deletes its values");
            p.annotations().insert(a.withAttributes(changed, a.updated()));
            assertEquals(changed, p.annotations().find(tagId).orElseThrow().attributes(), "undoing the delete brings them back");
        }
    }

    @Test
    void articleCodesArePerAnalystAndArticleAndGoWithTheArticle() throws Exception {
        try (SqliteProject p = TestStores.create(dir.resolve("codes.newsmark"))) {
            long doc = p.documents().insert("A", "a.txt", "Text.").id();
            long ana = p.analysts().findOrCreate("Ana").id();
            long ben = p.analysts().findOrCreate("Ben").id();
            Attribute tone = byName(p, "tone");
            p.attributes().setArticleCodes(doc, ana, AttributeValues.of(Map.of(tone.id(), List.of("negative"))));
            p.attributes().setArticleCodes(doc, ben, AttributeValues.of(Map.of(tone.id(), List.of("neutral"))));
            assertEquals(List.of("negative"), p.attributes().articleCodes(doc, ana).get(tone.id()));
            assertEquals(List.of("neutral"), p.attributes().articleCodes(doc, ben).get(tone.id()));
            assertEquals(2, p.attributes().articleCodesOf(doc).size());
            assertEquals(2L, p.attributes().valueCounts().get(tone.id()), "two analysts coded it");
            p.documents().delete(doc);
            assertEquals(Map.of(), p.attributes().allArticleCodes(), "the codes go with the article");
        }
    }

    @Test
    void choicesKeepTheirOrderAndAnUpdateRewritesThem() throws Exception {
        try (SqliteProject p = TestStores.create(dir.resolve("choices.newsmark"))) {
            Label claim = p.labels().all().get(0);
            Attribute a = p.attributes().insert(new Attribute(0, claim.id(), "rating", AttributeType.MULTIPLE_CHOICE,
                    List.of("false", "misleading", "true"), true, "Fact-check rating"));
            p.attributes().update(new Attribute(a.id(), claim.id(), "verdict", AttributeType.MULTIPLE_CHOICE,
                    List.of("true", "false", "misleading", "unproven"), false, ""));
            Attribute back = p.attributes().all().stream().filter(x -> x.id() == a.id()).findFirst().orElseThrow();
            assertEquals("verdict", back.name());
            assertEquals(List.of("true", "false", "misleading", "unproven"), back.choices());
            assertEquals(false, back.required());
            assertEquals("ok", p.integrityCheck());
        }
    }

    @Test
    void aReadOnlySessionOnAVersion3FileReadsItsLabelsAndNoAttributes() throws Exception {
        Path file = dir.resolve("v3.newsmark");
        try (SqliteDatabase db = SqliteDatabase.writer(file)) {
            Migrations.apply(db, 0, 3);
        }
        byte[] before = java.nio.file.Files.readAllBytes(file);
        try (SqliteProject p = TestStores.openReadOnly(file)) {
            assertEquals(4, p.labels().all().size());
            assertEquals(List.of(), p.attributes().all());
            assertEquals(AttributeValues.EMPTY, p.attributes().articleCodes(1, 1));
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, java.nio.file.Files.readAllBytes(file), "not upgraded, not changed");
    }

    private static Attribute byName(SqliteProject p, String name) {
        return p.attributes().all().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    private static long count(java.sql.Connection c, String sql) throws java.sql.SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
