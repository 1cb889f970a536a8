package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Link;
import org.newsmark.domain.LinkType;
import org.newsmark.domain.Span;
import org.newsmark.service.port.ProjectStore;
import org.newsmark.storage.SqliteProjectStores;

/** Links as undoable edits: link, unlink, a tag deleted with its links, and what is refused. */
class LinkServiceTest {

    static final String TEXT = "Roads are broken, the mayor said; 40% of them need repair.";

    @TempDir
    Path dir;
    ProjectStore project;
    AnnotationService service;
    Document doc;
    Document other;
    Analyst ana;
    Analyst ben;
    Label claim;
    Label statistic;
    Label opinion;
    LinkType supports;
    LinkType respondsTo;
    Annotation theClaim;
    Annotation theStat;

    @BeforeEach
    void setUp() throws Exception {
        project = new SqliteProjectStores().create(dir.resolve("links.newsmark"));
        service = new AnnotationService(project);
        doc = new DocumentService(project).add("T", null, TEXT).document();
        other = new DocumentService(project).add("U", null, "Another article entirely.").document();
        ana = project.analysts().findOrCreate("Ana");
        ben = project.analysts().findOrCreate("Ben");
        claim = project.labels().all().get(0);
        statistic = project.labels().all().get(1);
        opinion = project.labels().all().get(2);
        supports = service.linkTypes().get(0);
        respondsTo = service.linkTypes().get(1);
        theClaim = service.tag(doc, ana, claim, new Span(0, 16));
        theStat = service.tag(doc, ana, statistic, new Span(34, 37));
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    @Test
    void aLinkIsStoredAnnouncedAndUndoneAndRedoneUnderItsId() {
        List<LinkChange> seen = new ArrayList<>();
        service.addLinkListener(c -> seen.add(c));
        Link made = service.link(theStat, theClaim, supports);
        assertEquals(List.of(made), service.links(doc.id(), ana.id()));
        assertEquals(supports.id(), made.typeId());
        assertEquals(theStat.id(), made.fromTagId());

        service.undo(doc.id(), ana.id());
        assertEquals(List.of(), service.links(doc.id(), ana.id()));
        assertEquals(2, service.annotations(doc.id(), ana.id()).size(), "undoing a link leaves its tags");
        service.redo(doc.id(), ana.id());
        assertEquals(List.of(made), service.links(doc.id(), ana.id()), "redo restores the same link, id kept");
        assertEquals(List.of(new LinkChange(null, made), new LinkChange(made, null), new LinkChange(null, made)), seen);
    }

    @Test
    void unlinkIsAStepOfItsOwn() {
        Link made = service.link(theStat, theClaim, supports);
        service.unlink(made);
        assertEquals(List.of(), service.links(doc.id(), ana.id()));
        service.undo(doc.id(), ana.id());
        assertEquals(List.of(made), service.links(doc.id(), ana.id()));
        service.redo(doc.id(), ana.id());
        assertEquals(List.of(), service.links(doc.id(), ana.id()));
        service.undo(doc.id(), ana.id());
        service.undo(doc.id(), ana.id());
        assertEquals(List.of(), service.links(doc.id(), ana.id()), "then the link step itself");
        assertEquals(2, service.annotations(doc.id(), ana.id()).size());
    }

    @Test
    void deletingATagDeletesItsLinksInTheSameStepAndUndoBringsBothBack() {
        Annotation quote = service.tag(doc, ana, opinion, new Span(18, 32));
        Link first = service.link(theStat, theClaim, supports);
        Link second = service.link(quote, theClaim, respondsTo);
        Link untouched = service.link(theStat, service.tag(doc, ana, claim, new Span(34, 57)), supports);
        List<LinkChange> seen = new ArrayList<>();
        service.addLinkListener(seen::add);

        service.delete(theClaim);
        assertEquals(List.of(untouched), service.links(doc.id(), ana.id()));
        assertEquals(3, service.annotations(doc.id(), ana.id()).size());
        assertEquals(2, seen.size(), "both links announced as removed");

        service.undo(doc.id(), ana.id());
        assertEquals(List.of(first, second, untouched), service.links(doc.id(), ana.id()), "ids kept");
        assertEquals(theClaim, project.annotations().find(theClaim.id()).orElseThrow(), "the tag back under its id");

        service.redo(doc.id(), ana.id());
        assertEquals(List.of(untouched), service.links(doc.id(), ana.id()));
        assertTrue(project.annotations().find(theClaim.id()).isEmpty());
        service.undo(doc.id(), ana.id());
        assertEquals(3, service.links(doc.id(), ana.id()).size());
    }

    @Test
    void aLinkTheCodebookOrTheTagsDoNotAllowIsRefusedWithNothingWritten() {
        Annotation benClaim = service.tag(doc, ben, claim, new Span(0, 16));
        Annotation elsewhere = service.tag(other, ana, claim, new Span(0, 7));
        refused(() -> service.link(theStat, theStat, supports), "itself");
        refused(() -> service.link(theStat, benClaim, supports), "different analysts' layers");
        refused(() -> service.link(theStat, elsewhere, supports), "different articles");
        refused(() -> service.link(theClaim, theStat, supports), "goes from statistic to claim, not from claim to statistic");
        refused(() -> service.link(theStat, theClaim, respondsTo), "attributed opinion");
        service.link(theStat, theClaim, supports);
        refused(() -> service.link(theStat, theClaim, supports), "already linked");
        assertEquals(1, project.links().count(null, null));
    }

    @Test
    void aLinkedTagCannotTakeALabelItsLinksDoNotAllow() {
        service.link(theStat, theClaim, supports);
        refused(() -> service.relabel(theClaim, opinion), "remove the link first");
        assertEquals(claim.id(), project.annotations().find(theClaim.id()).orElseThrow().labelId());
    }

    @Test
    void undoingATagAfterItsLinkWasUndoneLeavesNothingBehind() {
        Annotation quote = service.tag(doc, ana, opinion, new Span(18, 32));
        service.link(quote, theClaim, respondsTo);
        service.undo(doc.id(), ana.id());
        service.undo(doc.id(), ana.id());
        assertFalse(project.annotations().find(quote.id()).isPresent());
        assertEquals(0, project.links().count(null, null));
    }

    @Test
    void undoingATagThatGainedALinkOutsideTheHistoryTakesTheLinkAndRedoBringsItBack() {
        Annotation quote = service.tag(doc, ana, opinion, new Span(18, 32));
        // as a brat import would: a link written to the store, not to the undo history
        Link imported = project.links().insert(new Link(0, doc.id(), ana.id(), respondsTo.id(), quote.id(), theClaim.id(),
                java.time.Instant.parse("2026-01-01T00:00:00Z")));
        service.undo(doc.id(), ana.id());
        assertFalse(project.annotations().find(quote.id()).isPresent());
        assertEquals(List.of(), service.links(doc.id(), ana.id()));
        service.redo(doc.id(), ana.id());
        assertEquals(List.of(imported), service.links(doc.id(), ana.id()), "redo restores the link the undo took");
        service.undo(doc.id(), ana.id());
        assertEquals(List.of(), service.links(doc.id(), ana.id()));
    }

    @Test
    void aDeletedArticleComesBackWithItsLinks() {
        Link made = service.link(theStat, theClaim, supports);
        DocumentService documents = new DocumentService(project);
        DocumentService.DeletedArticle gone = documents.delete(doc.id());
        assertEquals(0, project.links().count(null, null));
        documents.restore(gone);
        assertEquals(List.of(made), service.links(doc.id(), ana.id()));
    }

    private static void refused(Runnable edit, String saying) {
        AnnotationConflictException e = assertThrows(AnnotationConflictException.class, edit::run);
        assertTrue(e.getMessage().contains(saying), e.getMessage());
    }
}
