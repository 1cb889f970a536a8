package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Link;
import org.newsmark.domain.Span;

/** Accepting a link disagreement copies the link with its end tags into consensus, as one undoable step. */
class AdjudicationLinksTest {

    @TempDir
    Path dir;
    LinkCompareFixture f;
    AdjudicationService adjudication;
    AdjudicationLinks links;

    @BeforeEach
    void setUp() throws Exception {
        f = new LinkCompareFixture(dir.resolve("adjudicate.newsmark"));
        adjudication = f.session.adjudication(AdjudicationService.DEFAULT_CONSENSUS);
        links = adjudication.links();
    }

    @AfterEach
    void tearDown() {
        f.session.close();
    }

    private List<String> consensusTags() {
        return f.session.annotations().annotations(f.doc.id(), adjudication.consensus().id()).stream()
                .map(a -> a.labelId() + "@" + a.span()).sorted().toList();
    }

    private List<Link> consensusLinks() {
        return f.session.annotations().links(f.doc.id(), adjudication.consensus().id());
    }

    @Test
    void acceptingCopiesBothEndTagsAndTheLinkAndUndoAndRedoTakeThemAllBackAndForth() {
        ComparisonLinks.Unmatched bens = f.unmatched().get(2); // B: supports 15..18 → slot 1
        assertTrue(links.inConsensus(f.unmatched()).isEmpty());
        assertTrue(f.session.findAnalyst("consensus").isEmpty(), "listing creates no consensus analyst");
        Link made = links.accept(bens);
        Analyst consensus = adjudication.consensus();
        assertEquals(List.of(made), consensusLinks());
        assertEquals(List.of(f.claim.id() + "@" + new Span(5, 9), f.statistic.id() + "@" + new Span(15, 18)), consensusTags());
        List<Annotation> tags = f.session.annotations().annotations(f.doc.id(), consensus.id());
        Annotation from = tags.stream().filter(a -> a.id() == made.fromTagId()).findFirst().orElseThrow();
        assertEquals(new Span(15, 18), from.span());
        assertEquals(f.supports.id(), made.typeId());
        assertEquals(Set.of(bens.link().id()), links.inConsensus(f.unmatched()));

        assertTrue(adjudication.undo(f.doc), "one step");
        assertEquals(List.of(), consensusLinks());
        assertEquals(List.of(), consensusTags(), "undo removes the link and both tags it brought");
        assertFalse(adjudication.canUndo(f.doc));

        f.session.annotations().redo(f.doc.id(), consensus.id());
        assertEquals(List.of(made), consensusLinks(), "redo restores the link under its id");
        assertEquals(2, consensusTags().size());
    }

    @Test
    void anEndTagConsensusAlreadyHasIsReusedNotCopiedAgain() {
        Link first = links.accept(f.unmatched().get(1)); // A: responds to slot 4 → slot 0
        assertEquals(2, consensusTags().size());
        Link second = links.accept(f.unmatched().get(3)); // B: responds to slot 4 → slot 1
        assertEquals(3, consensusTags().size(), "the opinion tag is shared; only the second claim is new");
        assertEquals(first.fromTagId(), second.fromTagId());
        adjudication.undo(f.doc);
        assertEquals(List.of(first), consensusLinks(), "undo of the second takes back only its link and its new tag");
        assertEquals(2, consensusTags().size());
    }

    @Test
    void aLinkConsensusHasIsRefusedWithNothingWritten() {
        links.accept(f.unmatched().get(0));
        AnnotationConflictException e = assertThrows(AnnotationConflictException.class, () -> links.accept(f.unmatched().get(0)));
        assertEquals("consensus already has this \"supports\" link.", e.getMessage());
        assertEquals(1, consensusLinks().size());
        assertEquals(2, consensusTags().size());
    }

    @Test
    void anAcceptedLinkReadsAsSettledAfterTheProjectIsReopened() throws Exception {
        links.accept(f.unmatched().get(0));
        long consensus = adjudication.consensus().id();
        f.session.close();
        try (ProjectSession again = TestProjects.open(dir.resolve("adjudicate.newsmark"))) {
            assertEquals(1, again.annotations().links(f.doc.id(), consensus).size());
            assertEquals(Set.of(again.comparisons().compareAll(f.ann, f.ben).links().unmatched().get(0).link().id()),
                    again.adjudication(AdjudicationService.DEFAULT_CONSENSUS).links()
                            .inConsensus(again.comparisons().compareAll(f.ann, f.ben).links().unmatched()));
        }
        f = new LinkCompareFixture(dir.resolve("other.newsmark")); // tearDown closes a session
    }
}
