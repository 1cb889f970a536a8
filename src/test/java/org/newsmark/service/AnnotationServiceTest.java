package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;
import org.newsmark.service.port.ProjectStore;
import org.newsmark.storage.SqliteProjectStores;

class AnnotationServiceTest {

    @TempDir
    Path dir;
    Path file;
    ProjectStore project;
    AnnotationService service;
    Document doc;
    Analyst ana;
    Label claim;
    Label statistic;

    @BeforeEach
    void setUp() throws Exception {
        file = dir.resolve("s.newsmark");
        project = new SqliteProjectStores().create(file);
        service = new AnnotationService(project);
        doc = new DocumentService(project).add("T", null, "The mayor said 40% of roads are broken.").document();
        ana = project.analysts().findOrCreate("Ana");
        claim = project.labels().all().get(0);
        statistic = project.labels().all().get(1);
    }

    @org.junit.jupiter.api.AfterEach
    void tearDown() {
        project.close();
    }

    @Test
    void everyEditIsStoredBeforeItIsAnnounced() {
        List<Integer> countsSeenByListener = new ArrayList<>();
        service.addListener(c -> countsSeenByListener.add(service.annotations(doc.id(), ana.id()).size()));
        Annotation a = service.tag(doc, ana, statistic, new Span(15, 18));
        service.setNote(a, "check source");
        service.delete(service.annotations(doc.id(), ana.id()).get(0));
        assertEquals(List.of(1, 1, 0), countsSeenByListener);
    }

    @Test
    void listenersSeeTheUndoHistoryAlreadyUpdated() {
        List<String> seen = new ArrayList<>();
        service.addListener(c -> seen.add(service.canUndo(doc.id(), ana.id()) + "/" + service.canRedo(doc.id(), ana.id())));
        service.tag(doc, ana, statistic, new Span(15, 18));
        service.undo(doc.id(), ana.id());
        service.redo(doc.id(), ana.id());
        // after the tag: undo possible; after undo: only redo; after redo: undo again
        assertEquals(List.of("true/false", "false/true", "true/false"), seen);
    }

    @Test
    void undoAndRedoWalkBackAndForthThroughAllEditKinds() throws Exception {
        Annotation a = service.tag(doc, ana, claim, new Span(0, 38));
        Annotation relabelled = service.relabel(a, statistic);
        Annotation noted = service.setNote(relabelled, "n");
        Annotation resized = service.resize(noted, new Span(4, 38), doc.text());
        service.delete(resized);
        assertTrue(current().isEmpty());

        service.undo(doc.id(), ana.id());
        assertEquals(List.of(resized), current());
        service.undo(doc.id(), ana.id());
        assertEquals(new Span(0, 38), current().get(0).span());
        service.undo(doc.id(), ana.id());
        assertEquals("", current().get(0).note());
        service.undo(doc.id(), ana.id());
        assertEquals(claim.id(), current().get(0).labelId());
        service.undo(doc.id(), ana.id());
        assertTrue(current().isEmpty());
        assertFalse(service.canUndo(doc.id(), ana.id()));

        for (int i = 0; i < 4; i++) {
            service.redo(doc.id(), ana.id());
        }
        assertEquals(List.of(resized), current());
        service.redo(doc.id(), ana.id());
        assertTrue(current().isEmpty());
        assertFalse(service.canRedo(doc.id(), ana.id()));

        service.undo(doc.id(), ana.id());
        project.close();
        try (ProjectStore reopened = new SqliteProjectStores().open(file)) {
            assertEquals(List.of(resized), reopened.annotations().forDocument(doc.id(), ana.id()),
                    "each undo step is committed as it happens");
        }
        project = new SqliteProjectStores().open(file);
    }

    @Test
    void aNewEditClearsRedo() {
        service.tag(doc, ana, claim, new Span(0, 3));
        service.undo(doc.id(), ana.id());
        assertTrue(service.canRedo(doc.id(), ana.id()));
        service.tag(doc, ana, claim, new Span(4, 9));
        assertFalse(service.canRedo(doc.id(), ana.id()));
    }

    @Test
    void refusesDuplicatesAndSpansOutsideTheText() {
        service.tag(doc, ana, claim, new Span(0, 3));
        assertThrows(AnnotationConflictException.class, () -> service.tag(doc, ana, claim, new Span(0, 3)));
        assertThrows(AnnotationConflictException.class, () -> service.tag(doc, ana, claim, new Span(30, 400)));
        Annotation other = service.tag(doc, ana, statistic, new Span(0, 3));
        assertThrows(AnnotationConflictException.class, () -> service.relabel(other, claim));
        assertEquals(2, current().size());
    }

    @Test
    void overlappingAndNestedTagsOfDifferentLabelsCoexist() {
        service.tag(doc, ana, claim, new Span(0, 38));
        service.tag(doc, ana, statistic, new Span(15, 18));
        service.tag(doc, ana, statistic, new Span(15, 24));
        assertEquals(3, current().size());
    }

    @Test
    void undoIsPerDocumentAndAnalyst() {
        Analyst bo = project.analysts().findOrCreate("Bo");
        service.tag(doc, ana, claim, new Span(0, 3));
        service.tag(doc, bo, claim, new Span(0, 3));
        service.undo(doc.id(), ana.id());
        assertTrue(current().isEmpty());
        assertEquals(1, service.annotations(doc.id(), bo.id()).size());
    }

    private List<Annotation> current() {
        return service.annotations(doc.id(), ana.id());
    }
}
