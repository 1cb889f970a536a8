package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.newsmark.domain.Span;
import org.newsmark.domain.TaskControl;
import org.newsmark.io.ImportException;

/** brat export writes A lines for attributes (spaces as _, one line per value) and the import reads them back. */
class BratAttributesTest {

    static final String TEXT = "Officials said exports rose 12 percent, calling it a turning point.";

    @TempDir
    Path dir;

    @Test
    void attributesGoOutAsALinesAndComeBackTheSame() throws Exception {
        Path out = dir.resolve("brat");
        AttributeValues opinionValues;
        AttributeValues statisticValues;
        try (ProjectSession s = TestProjects.create(dir.resolve("a.newsmark"))) {
            Document d = s.documents().add("A", "a.txt", TEXT).document();
            Analyst ana = s.analyst("Ana");
            var book = s.codebook();
            long opinion = book.codebook().label("attributed opinion").orElseThrow().id();
            Attribute topics = book.declare(new Attribute(0, opinion, "topics", AttributeType.MULTIPLE_CHOICE,
                    List.of("economy", "trade"), false, ""));
            String officials = s.sources().create("trade officials", org.newsmark.domain.SourceKind.OFFICIAL_BODY, "", "").valueId();
            opinionValues = AttributeValues.of(Map.of(id(s, "speaker"), List.of(officials),
                    id(s, "speaker type"), List.of("official body"), topics.id(), List.of("economy", "trade")));
            statisticValues = AttributeValues.of(Map.of(id(s, "value"), List.of("12"), id(s, "unit"), List.of("percent")));
            int at = TEXT.indexOf("a turning point");
            Annotation op = s.annotations().tag(d, ana, book.codebook().label("attributed opinion").orElseThrow(),
                    new Span(at, at + "a turning point".length()));
            s.annotations().setAttributes(op, opinionValues);
            Annotation st = s.annotations().tag(d, ana, book.codebook().label("statistic").orElseThrow(), new Span(28, 38));
            s.annotations().setAttributes(st, statisticValues);
            s.export().exportBrat(out, ExportScope.ALL, TaskControl.NONE);
        }
        Path ann = Files.list(out.resolve("Ana")).filter(f -> f.toString().endsWith(".ann")).findFirst().orElseThrow();
        String content = Files.readString(ann);
        assertTrue(content.contains("\tspeaker_type T2 official_body\n"), content);
        assertTrue(content.contains("\tspeaker T2 trade_officials\n"), content + " (a source by its name)");
        assertTrue(content.contains("\ttopics T2 economy\n") && content.contains("\ttopics T2 trade\n"), content);
        assertTrue(content.contains("\tvalue T1 12\n"), content);

        try (ProjectSession s = TestProjects.create(dir.resolve("b.newsmark"))) {
            s.codebook().declare(new Attribute(0, s.codebook().codebook().label("attributed opinion").orElseThrow().id(), "topics",
                    AttributeType.MULTIPLE_CHOICE, List.of("economy", "trade"), false, ""));
            s.annotationImports().importBrat(out, TaskControl.NONE);
            Document d = s.documents().summaries(null).stream().findFirst().map(x -> s.documents().find(x.id()).orElseThrow()).orElseThrow();
            List<Annotation> back = s.annotations().annotations(d.id(), s.analyst("Ana").id());
            assertEquals(statisticValues, back.get(0).attributes());
            assertEquals(opinionValues, back.get(1).attributes());
        }
    }

    @Test
    void anotherToolsAttributeIsReportedAndABadValueIsRefusedWithItsLine() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("corpus/Ana"));
        Files.writeString(folder.resolve("doc.txt"), TEXT);
        Files.writeString(folder.resolve("doc.ann"), "T1\tstatistic 28 38\t12 percent\nA1\tNegated T1\nA2\tvalue T1 twelve\n");
        try (ProjectSession s = TestProjects.create(dir.resolve("c.newsmark"))) {
            ImportException e = assertThrows(ImportException.class, () -> s.annotationImports().importBrat(dir.resolve("corpus"), TaskControl.NONE));
            assertEquals("Ana/doc.ann line 3: A2: value \"twelve\" is not a number", e.getMessage());
            assertEquals(0, s.documents().summaries(null).size(), "nothing imported");

            Files.writeString(folder.resolve("doc.ann"), "T1\tstatistic 28 38\t12 percent\nA1\tNegated T1\nA2\tvalue T1 12\n");
            ImportReport r = s.annotationImports().importBrat(dir.resolve("corpus"), TaskControl.NONE);
            assertEquals(1, r.annotationsAdded());
            assertTrue(r.skipped().stream().anyMatch(k -> k.equals("Ana/doc.ann line 2: A1 Negated skipped (the label \"statistic\" has no such attribute)")),
                    r.skipped().toString());
        }
    }

    private static long id(ProjectSession s, String name) {
        return s.codebook().codebook().attributes().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow().id();
    }
}
