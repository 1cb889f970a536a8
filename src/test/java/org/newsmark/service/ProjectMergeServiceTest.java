package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectMergeService.MergeReport;
import org.newsmark.service.port.ProjectRefusedException;

class ProjectMergeServiceTest {

    @TempDir
    Path dir;

    /** Target: the two-analyst fixture. Other: Ben again (a clash), Cleo, one shared and one new document, a new label. */
    Path other() throws Exception {
        Path file = dir.resolve("field team.newsmark");
        try (ProjectSession o = TestProjects.create(file)) {
            Label per = o.addLabel("PER", "#0072B2", null, "");
            Label event = o.addLabel("EVENT", "#CC79A7", null, "an event");
            Document shared = o.documents().add("Same text, other title", null, TwoAnalystFixture.TEXT).document();
            Document fresh = o.documents().add("New", "new.txt", "A summit in Rome.").document();
            Analyst ben = o.analyst("Ben");
            Analyst cleo = o.analyst("Cleo");
            o.annotations().tag(shared, ben, per, new Span(0, 6));
            o.annotations().tag(shared, cleo, per, new Span(18, 24));
            o.annotations().tag(fresh, cleo, event, new Span(2, 8));
        }
        return file;
    }

    @Test
    void bringsAnalystsInMatchingDocumentsBySha256AndLabelsByName() throws Exception {
        Path other = other();
        TwoAnalystFixture f = new TwoAnalystFixture(dir.resolve("t.newsmark"));
        try (ProjectSession target = f.session) {
            int documentsBefore = target.documents().summaries(null).size();
            MergeReport r = target.merges().merge(other,
                    ProjectMergeService.NameClashResolver.suffixWithFileName()).orElseThrow();
            assertEquals(Map.of("Ben", "Ben (field team)"), r.renamed());
            assertEquals(1, r.documentsAdded());
            assertEquals(1, r.labelsAdded());
            assertEquals(2, r.analystsAdded());
            assertEquals(3, r.tagsAdded());
            assertEquals(documentsBefore + 1, target.documents().summaries(null).size());
            Analyst renamed = target.findAnalyst("Ben (field team)").orElseThrow();
            Analyst cleo = target.findAnalyst("Cleo").orElseThrow();
            assertEquals(List.of(new Span(0, 6)), target.annotations().annotations(f.doc.id(), renamed.id()).stream().map(a -> a.span()).toList(),
                    "the shared text's tags land on the existing document");
            assertEquals(4, target.annotations().annotations(f.doc.id(), f.ben.id()).size(), "our Ben is untouched");
            Label event = target.labels().stream().filter(l -> l.name().equals("EVENT")).findFirst().orElseThrow();
            assertEquals("#CC79A7", event.color());
            assertEquals(2, target.annotations().annotations(f.doc.id(), cleo.id()).size()
                    + target.documents().summaries(cleo.id()).stream().filter(s -> s.id() != f.doc.id()).mapToInt(s -> s.annotationCount()).sum());
        }
    }

    @Test
    void aFailureMidwayLeavesTheTargetUnchanged() throws Exception {
        Path other = other();
        TwoAnalystFixture f = new TwoAnalystFixture(dir.resolve("t.newsmark"));
        try (ProjectSession target = f.session) {
            var before = List.of(target.documents().summaries(null), target.analysts(), target.labels());
            assertThrows(IllegalStateException.class, () -> target.merges().merge(other,
                    ProjectMergeService.NameClashResolver.suffixWithFileName(),
                    analyst -> { throw new IllegalStateException("disk pulled after " + analyst); }));
            assertEquals(before, List.of(target.documents().summaries(null), target.analysts(), target.labels()));
        }
    }

    @Test
    void cancellingTheNameWritesNothingAndBadFilesAreRefused() throws Exception {
        Path other = other();
        TwoAnalystFixture f = new TwoAnalystFixture(dir.resolve("t.newsmark"));
        try (ProjectSession target = f.session) {
            assertTrue(target.merges().merge(other, (name, file, taken) -> null).isEmpty());
            assertTrue(target.findAnalyst("Cleo").isEmpty());
            Path junk = dir.resolve("junk.newsmark");
            java.nio.file.Files.writeString(junk, "not a database");
            assertThrows(ProjectRefusedException.class, () -> target.merges().merge(junk,
                    ProjectMergeService.NameClashResolver.suffixWithFileName()));
            assertThrows(AnnotationConflictException.class, () -> target.merges().merge(target.file().orElseThrow(),
                    ProjectMergeService.NameClashResolver.suffixWithFileName()));
        }
    }

    @Test
    void incomingNamesFollowTheNameRule() throws Exception {
        Path other = dir.resolve("old tool.newsmark");
        try (ProjectSession o = TestProjects.create(other)) {
            Document d = o.documents().add("T", null, "Some words here.").document();
            // a project written before the name rule, or by another program: straight into the store
            var store = TestProjects.store(o);
            var bidi = store.analysts().findOrCreate("Eve\u202Ename");
            Label l = o.labels().get(0);
            o.annotations().tag(d, bidi, l, new Span(0, 4));
        }
        TwoAnalystFixture f = new TwoAnalystFixture(dir.resolve("t.newsmark"));
        try (ProjectSession target = f.session) {
            var before = List.of(target.documents().summaries(null), target.analysts(), target.labels());
            AnnotationConflictException e = assertThrows(AnnotationConflictException.class, () -> target.merges().merge(other,
                    ProjectMergeService.NameClashResolver.suffixWithFileName()));
            assertTrue(e.getMessage().contains("old tool.newsmark") && e.getMessage().contains("Nothing was merged"), e.getMessage());
            assertEquals(before, List.of(target.documents().summaries(null), target.analysts(), target.labels()));
            AnnotationConflictException typed = assertThrows(AnnotationConflictException.class, () -> target.merges().merge(
                    other(), (name, file, taken) -> "Ben\u0007"));
            assertTrue(typed.getMessage().contains("new analyst name is refused"), typed.getMessage());
        }
    }
}
