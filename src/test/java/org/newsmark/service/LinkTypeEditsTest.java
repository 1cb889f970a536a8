package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Document;
import org.newsmark.domain.LinkType;
import org.newsmark.domain.Span;

/** Link types edited in the codebook: add, rename, definition, ends; undo; an end in use cannot go. */
class LinkTypeEditsTest {

    @TempDir
    Path dir;

    @Test
    void addRenameAndUndoAreCodebookStepsAndANameIsUnique() throws Exception {
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            CodebookService cb = s.codebook();
            Codebook book = cb.codebook();
            long claim = book.label("claim").orElseThrow().id();
            long framing = book.label("framing").orElseThrow().id();
            LinkType frames = cb.linkTypes().add(" frames ", List.of(framing), List.of(claim, claim), "Casts the claim.");
            assertEquals(new LinkType(frames.id(), "frames", List.of(framing), List.of(claim), "Casts the claim."),
                    cb.codebook().linkType("frames").orElseThrow(), "stripped, each label once");
            assertEquals("The codebook already has a link type named \"supports\".",
                    assertThrows(CodebookRefusedException.class, () -> cb.linkTypes().add("supports", List.of(), List.of(), "")).getMessage());

            cb.linkTypes().update(new LinkType(frames.id(), "frames up", List.of(framing), List.of(claim), "New."));
            assertEquals("New.", cb.codebook().linkType("frames up").orElseThrow().definition());
            assertEquals("Rename link type frames to frames up", cb.undo().orElseThrow());
            assertEquals(frames, cb.codebook().linkType("frames").orElseThrow());
            assertEquals("Add link type frames", cb.undo().orElseThrow());
            assertTrue(cb.codebook().linkType("frames").isEmpty());
        }
    }

    @Test
    void anEndLabelThatLinksUseCannotBeTakenAwayAndAnUndoThatWouldIsRefused() throws Exception {
        try (ProjectSession s = TestProjects.create(dir.resolve("q.newsmark"))) {
            CodebookService cb = s.codebook();
            Codebook book = cb.codebook();
            long claim = book.label("claim").orElseThrow().id();
            long statistic = book.label("statistic").orElseThrow().id();
            long opinion = book.label("attributed opinion").orElseThrow().id();
            LinkType supports = book.linkType("supports").orElseThrow();
            Document d = s.documents().add("A", "a.txt", "Exports rose 12 percent, so the recovery is real.").document();
            var ana = s.analyst("Ana");

            // widen the start to opinions, link an opinion: taking opinions away again would orphan the link
            cb.linkTypes().update(new LinkType(supports.id(), "supports", List.of(statistic, opinion), List.of(claim), ""));
            Annotation op = s.annotations().tag(d, ana, book.label(opinion).orElseThrow(), new Span(0, 23));
            Annotation cl = s.annotations().tag(d, ana, book.label(claim).orElseThrow(), new Span(28, 48));
            s.annotations().link(op, cl, cb.codebook().linkType("supports").orElseThrow());

            CodebookRefusedException e = assertThrows(CodebookRefusedException.class, () -> cb.linkTypes().update(
                    new LinkType(supports.id(), "supports", List.of(statistic), List.of(claim), "")));
            assertEquals("\"attributed opinion\" cannot leave the start of \"supports\": 1 link starts at a \"attributed opinion\" tag."
                    + " Remove that link first.", e.getMessage());
            assertEquals(List.of(statistic, opinion), cb.codebook().linkType("supports").orElseThrow().fromLabels(), "nothing changed");
            CodebookRefusedException undo = assertThrows(CodebookRefusedException.class, cb::undo);
            assertTrue(undo.getMessage().startsWith("\"attributed opinion\" can no longer leave the start of \"supports\""), undo.getMessage());
            assertTrue(cb.canUndo(), "a refused undo stays on the stack");
        }
    }
}
