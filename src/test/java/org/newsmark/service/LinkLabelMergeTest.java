package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.LinkType;
import org.newsmark.domain.Span;

/** A label merge moves link type ends to the label merged into (undo puts them back), and refuses labels whose tags are linked. */
class LinkLabelMergeTest {

    @TempDir
    Path dir;

    @Test
    void mergingALabelAtALinkEndMovesTheEndAndUndoPutsItBack() throws Exception {
        try (ProjectSession s = TestProjects.create(dir.resolve("m.newsmark"))) {
            Label figure = s.addLabel("figure", "#123456", null, "");
            long statistic = s.codebook().codebook().label("statistic").orElseThrow().id();
            s.codebook().merge(statistic, figure.id());
            LinkType supports = s.codebook().codebook().linkType("supports").orElseThrow();
            assertEquals(List.of(figure.id()), supports.fromLabels(), "figure now starts supports links");
            s.codebook().undo();
            assertEquals(List.of(statistic), s.codebook().codebook().linkType("supports").orElseThrow().fromLabels());
        }
    }

    @Test
    void aLabelWhoseTagsAreLinkedIsNotMerged() throws Exception {
        try (ProjectSession s = TestProjects.create(dir.resolve("n.newsmark"))) {
            Document d = s.documents().add("T", null, "Prices rose 5% last year.").document();
            var book = s.codebook().codebook();
            Annotation claim = s.annotations().tag(d, s.analyst("Ana"), book.label("claim").orElseThrow(), new Span(0, 25));
            Annotation stat = s.annotations().tag(d, s.analyst("Ana"), book.label("statistic").orElseThrow(), new Span(12, 14));
            s.annotations().link(stat, claim, book.linkType("supports").orElseThrow());
            CodebookRefusedException e = assertThrows(CodebookRefusedException.class,
                    () -> s.codebook().merge(stat.labelId(), book.label("framing").orElseThrow().id()));
            assertTrue(e.getMessage().contains("Remove those links first"), e.getMessage());
            assertEquals(1, s.annotations().links(d.id(), stat.analystId()).size());
            assertEquals(4, s.labels().size());
        }
    }
}
