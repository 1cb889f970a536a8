package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Document;
import org.newsmark.domain.Span;

/** A merge carries attribute values and article codes by name, declares what this project lacks, and refuses a type clash whole. */
class MergeAttributesTest {

    static final String TEXT = "Exports rose 12% as the minister said trade talks resumed.";

    @TempDir
    Path dir;

    @Test
    void valuesAndCodesArriveUnderThisProjectsAttributes() throws Exception {
        Path other = dir.resolve("field.newsmark");
        try (ProjectSession o = TestProjects.create(other)) {
            // an attribute declared first there, so ids differ between the two projects
            var opinion = o.codebook().codebook().label("attributed opinion").orElseThrow();
            Attribute mood = o.codebook().declare(new Attribute(0, opinion.id(), "mood", AttributeType.CHOICE, List.of("calm", "angry"),
                    false, ""));
            Document d = o.documents().add("Trade", "t.txt", TEXT).document();
            var ben = o.analyst("Ben");
            Annotation stat = o.annotations().tag(d, ben, o.codebook().codebook().label("statistic").orElseThrow(), new Span(13, 16));
            o.annotations().setAttributes(stat, AttributeValues.of(Map.of(id(o, "statistic", "unit"), List.of("percent"))));
            Annotation op = o.annotations().tag(d, ben, opinion, new Span(20, 32));
            o.annotations().setAttributes(op, AttributeValues.of(Map.of(mood.id(), List.of("calm"),
                    id(o, "attributed opinion", "speaker type"), List.of("official body"))));
            o.codebook().setArticleCode(d.id(), ben.id(), code(o, "tone"), List.of("positive"));
        }
        try (ProjectSession target = TestProjects.create(dir.resolve("main.newsmark"))) {
            Document d = target.documents().add("Trade", "t.txt", TEXT).document();
            // takes here the id "mood" has there: values must follow names, not ids
            target.codebook().declare(new Attribute(0, target.codebook().codebook().label("claim").orElseThrow().id(), "extra",
                    AttributeType.TEXT, List.of(), false, ""));
            target.merges().merge(other, ProjectMergeService.NameClashResolver.suffixWithFileName()).orElseThrow();
            var ben = target.findAnalyst("Ben").orElseThrow();
            List<Annotation> tags = target.annotations().annotations(d.id(), ben.id());
            assertEquals(List.of("percent"), tags.get(0).attributes().get(id(target, "statistic", "unit")));
            assertEquals(List.of("official body"), tags.get(1).attributes().get(id(target, "attributed opinion", "speaker type")));
            Attribute mood = target.codebook().codebook().attributes().stream().filter(a -> a.name().equals("mood")).findFirst()
                    .orElseThrow();
            assertEquals(List.of("calm", "angry"), mood.choices(), "declared here with its choices");
            assertEquals(List.of("calm"), tags.get(1).attributes().get(mood.id()));
            assertEquals(2, tags.get(1).attributes().asMap().size(), "nothing under the attribute that has mood's id there");
            assertEquals(List.of("positive"), target.codebook().articleCodes(d.id(), ben.id()).get(code(target, "tone").id()));
        }
    }

    @Test
    void anAttributeOfOneNameButAnotherTypeRefusesTheMergeAndWritesNothing() throws Exception {
        Path other = dir.resolve("clash.newsmark");
        try (ProjectSession o = TestProjects.create(other)) {
            var claim = o.codebook().codebook().label("claim").orElseThrow();
            o.codebook().declare(new Attribute(0, claim.id(), "verdict", AttributeType.TEXT, List.of(), false, ""));
            Document d = o.documents().add("Trade", "t.txt", TEXT).document();
            o.annotations().tag(d, o.analyst("Ben"), claim, new Span(0, 7));
        }
        Path mine = dir.resolve("mine.newsmark");
        try (ProjectSession target = TestProjects.create(mine)) {
            var claim = target.codebook().codebook().label("claim").orElseThrow();
            target.codebook().declare(new Attribute(0, claim.id(), "verdict", AttributeType.YES_NO, List.of(), false, ""));
        }
        byte[] before = Files.readAllBytes(mine);
        try (ProjectSession target = org.newsmark.app.wiring.Wiring.projects().open(mine)) {
            AnnotationConflictException e = assertThrows(AnnotationConflictException.class,
                    () -> target.merges().merge(other, ProjectMergeService.NameClashResolver.suffixWithFileName()));
            assertEquals("clash.newsmark: the attribute \"verdict\" of \"claim\" is text there and yes-no here. Nothing was merged.",
                    e.getMessage());
            assertTrue(target.findAnalyst("Ben").isEmpty());
        }
        assertArrayEquals(before, Files.readAllBytes(mine), "the project is byte for byte as it was");
    }

    private static long id(ProjectSession s, String label, String name) {
        var book = s.codebook().codebook();
        long labelId = book.label(label).orElseThrow().id();
        return book.attributesOf(labelId).stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow().id();
    }

    private static Attribute code(ProjectSession s, String name) {
        return s.codebook().codebook().articleCodes().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }
}
