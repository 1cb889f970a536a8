package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.wiring.Wiring;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Attribute;

/** The sample project a first run creates: two articles, Alex's and Sam's tags, attribute values and article codes to compare. */
class SampleProjectTest {

    @TempDir
    Path dir;

    @Test
    void theSampleHasTagsAttributesAndArticleCodesOfTwoAnalysts() throws Exception {
        Path file = SampleProject.ensure(Wiring.projects(), dir.resolve("Sample project.newsmark"));
        try (ProjectSession s = Wiring.projects().open(file)) {
            var docs = s.documents().summaries(null);
            assertEquals(2, docs.size());
            long alex = s.findAnalyst("Alex").orElseThrow().id();
            long sam = s.findAnalyst("Sam").orElseThrow().id();
            List<Annotation> alexBridge = s.annotations().annotations(docs.get(0).id(), alex);
            assertEquals(6, alexBridge.size());
            Attribute unit = attribute(s, "unit");
            assertTrue(alexBridge.stream().anyMatch(a -> a.attributes().get(unit.id()).equals(List.of("million euros"))));
            Attribute frame = attribute(s, "frame");
            assertTrue(s.annotations().annotations(docs.get(0).id(), sam).stream()
                    .anyMatch(a -> a.attributes().get(frame.id()).equals(List.of("Quality of life"))), "Sam disagrees on a frame");
            Attribute tone = s.codebook().codebook().articleCodes().stream().filter(a -> a.name().equals("tone")).findFirst().orElseThrow();
            assertEquals(List.of("positive"), s.codebook().articleCodes(docs.get(1).id(), alex).get(tone.id()));
            assertEquals(List.of("neutral"), s.codebook().articleCodes(docs.get(1).id(), sam).get(tone.id()));
            assertEquals(2, s.annotations().links(docs.get(0).id(), alex).size(), "Alex links two statistics to the claim");
            assertEquals(1, s.annotations().links(docs.get(0).id(), sam).size(), "Sam one statistic: a link disagreement to compare");
        }
        byte[] once = Files.readAllBytes(file);
        SampleProject.ensure(Wiring.projects(), file);
        assertEquals(once.length, Files.readAllBytes(file).length, "an existing sample is left as it is");
    }

    private static Attribute attribute(ProjectSession s, String name) {
        return s.codebook().codebook().attributes().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }
}
