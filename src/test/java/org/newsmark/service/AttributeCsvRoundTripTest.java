package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;
import org.newsmark.domain.TaskControl;
import org.newsmark.io.ImportException;
import org.newsmark.io.csv.CsvOptions;

/** The CSV export has one attr:NAME column per attribute name; importing it gives the same tags with the same values. */
class AttributeCsvRoundTripTest {

    static final String TEXT = "Exports rose 12.5% last year, the minister said, calling it a turning point.";

    @TempDir
    Path dir;

    @Test
    void exportThenImportGivesTheSameValues() throws Exception {
        Path csv = dir.resolve("tags.csv");
        AttributeValues statisticValues;
        AttributeValues opinionValues;
        try (ProjectSession s = TestProjects.create(dir.resolve("first.newsmark"))) {
            Document d = s.documents().add("A", "a.txt", TEXT).document();
            Analyst ana = s.analyst("Ana");
            CodebookService cb = s.codebook();
            Label statistic = cb.codebook().label("statistic").orElseThrow();
            Label opinion = cb.codebook().label("attributed opinion").orElseThrow();
            Attribute topics = cb.declare(new Attribute(0, opinion.id(), "topics", AttributeType.MULTIPLE_CHOICE,
                    List.of("economy", "trade", "politics"), false, ""));
            statisticValues = AttributeValues.of(Map.of(id(s, "value"), List.of("12.5"), id(s, "unit"), List.of("percent"),
                    id(s, "source"), List.of("the minister")));
            // the speaker is a source; the CSV names it, and the second project's import creates it there under the same id (its first)
            String minister = s.sources().create("the minister", org.newsmark.domain.SourceKind.OFFICIAL_BODY, "", "").valueId();
            opinionValues = AttributeValues.of(Map.of(id(s, "speaker"), List.of(minister),
                    id(s, "speaker type"), List.of("official body"), topics.id(), List.of("economy", "trade")));
            Annotation stat = s.annotations().tag(d, ana, statistic, new Span(13, 18));
            s.annotations().setAttributes(stat, statisticValues);
            int at = TEXT.indexOf("a turning point");
            Annotation op = s.annotations().tag(d, ana, opinion, new Span(at, at + "a turning point".length()));
            s.annotations().setAttributes(op, opinionValues);
            s.export().exportCsv(csv, ExportScope.ALL, CsvOptions.DEFAULT, TaskControl.NONE);
        }
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("document_id,document_title,document_sha256,analyst,annotation_id,label,start,end,text,note,created_at,"
                + "updated_at,attr:check-worthy,attr:value,attr:unit,attr:source,attr:speaker,attr:speaker type,attr:topics,attr:frame"
                + ",document_outlet,document_author,document_published,document_url,document_language",
                lines.get(0));
        assertTrue(lines.get(1).endsWith(",,12.5,percent,the minister,,,,,,,,,"), lines.get(1) + " (codebook order: labels, then each one's attributes)");
        assertTrue(lines.get(2).endsWith(",,,,,the minister,official body,economy | trade,,,,,,"), lines.get(2));

        try (ProjectSession s = TestProjects.create(dir.resolve("second.newsmark"))) {
            s.codebook().declare(new Attribute(0, s.codebook().codebook().label("attributed opinion").orElseThrow().id(), "topics",
                    AttributeType.MULTIPLE_CHOICE, List.of("economy", "trade", "politics"), false, ""));
            Document d = s.documents().add("A", "a.txt", TEXT).document();
            ImportReport r = s.annotationImports().importCsv(csv, TaskControl.NONE);
            assertEquals(2, r.annotationsAdded());
            assertEquals(List.of("the minister"), r.sourcesCreated());
            List<Annotation> back = s.annotations().annotations(d.id(), s.analyst("Ana").id());
            assertEquals(statisticValues, back.get(0).attributes());
            // the second project gave its attributes the same ids: the defaults are made in the same order
            assertEquals(opinionValues, back.get(1).attributes());
        }
    }

    @Test
    void aValueOfTheWrongTypeOrForAnotherLabelIsRefusedWithFileAndLine() throws Exception {
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            Document d = s.documents().add("A", "a.txt", TEXT).document();
            Path bad = dir.resolve("bad.csv");
            Files.writeString(bad, "document_sha256,analyst,label,start,end,attr:value\n"
                    + d.sha256() + ",Ana,statistic,13,18,12\n"
                    + d.sha256() + ",Ana,statistic,0,7,twelve\n");
            ImportException e = assertThrows(ImportException.class, () -> s.annotationImports().importCsv(bad, TaskControl.NONE));
            assertEquals("bad.csv line 3: attr:value: value \"twelve\" is not a number", e.getMessage());
            assertEquals(0, s.annotations().annotations(d.id(), s.analyst("Ana").id()).size(), "nothing half-imported");

            Files.writeString(bad, "document_sha256,analyst,label,start,end,attr:value\n" + d.sha256() + ",Ana,claim,13,18,12\n");
            ImportException other = assertThrows(ImportException.class, () -> s.annotationImports().importCsv(bad, TaskControl.NONE));
            assertEquals("bad.csv line 2: attr:value: the label \"claim\" has no attribute \"value\" in this project's codebook",
                    other.getMessage());

            Files.writeString(bad, "document_sha256,analyst,label,start,end,attr:speaker type\n"
                    + d.sha256() + ",Ana,attributed opinion,13,18,spokesman\n");
            ImportException choice = assertThrows(ImportException.class, () -> s.annotationImports().importCsv(bad, TaskControl.NONE));
            assertTrue(choice.getMessage().startsWith("bad.csv line 2: attr:speaker type: value \"spokesman\" is not one of its choices"),
                    choice.getMessage());
        }
    }

    @Test
    void withAddChoicesAChoiceTheCodebookLacksIsAddedAndReported() throws Exception {
        try (ProjectSession s = TestProjects.create(dir.resolve("add.newsmark"))) {
            Document d = s.documents().add("A", "a.txt", TEXT).document();
            Path csv = dir.resolve("choices.csv");
            Files.writeString(csv, "document_sha256,analyst,label,start,end,attr:speaker type\n"
                    + d.sha256() + ",Ana,attributed opinion,13,18,spokesperson\n");
            assertThrows(ImportException.class, () -> s.annotationImports().importCsv(csv, TaskControl.NONE), "refused by default");
            ImportReport r = s.annotationImports().importCsv(csv, TaskControl.NONE, true);
            assertEquals(List.of("speaker type: spokesperson"), r.choicesAdded());
            assertTrue(r.summary().contains("new choices: speaker type: spokesperson"), r.summary());
            Attribute speakerType = s.codebook().codebook().attributes().stream().filter(a -> a.name().equals("speaker type"))
                    .findFirst().orElseThrow();
            assertEquals("spokesperson", speakerType.choices().get(speakerType.choices().size() - 1));
            assertEquals(List.of("spokesperson"), s.annotations().annotations(d.id(), s.analyst("Ana").id()).get(0).attributes()
                    .get(speakerType.id()));
        }
    }

    private static long id(ProjectSession s, String name) {
        return s.codebook().codebook().attributes().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow().id();
    }
}
