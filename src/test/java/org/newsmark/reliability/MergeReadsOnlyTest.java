package org.newsmark.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.domain.Span;
import org.newsmark.domain.TextHash;
import org.newsmark.service.AnnotationConflictException;
import org.newsmark.service.ProjectMergeService;
import org.newsmark.service.ProjectMergeService.NameClashResolver;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.service.port.ProjectRefusedException;
import org.newsmark.storage.OldProjectFiles;

/**
 * Issue 11, merges: {@code merge P OTHER} only reads OTHER (no lock, no upgrade, no log: its
 * folder stays byte-identical, an old-format OTHER is not migrated), refuses an OTHER that holds
 * code or tags that do not fit their article, and never puts two analysts under one name.
 * Every refusal leaves P as it was.
 */
class MergeReadsOnlyTest {

    @TempDir
    static Path templates;

    @TempDir
    Path root;

    Path pdir;
    Path project;
    Path odir;

    @BeforeAll
    static void makeProject() throws Exception {
        TaggedProject.create(templates.resolve("P.newsmark"), 6);
        try (ProjectSession o = TestProjects.create(templates.resolve("field team.newsmark"))) {
            Document a = articles(o).get(0);
            Document b = articles(o).get(1);
            Analyst cleo = o.analyst("Cleo");
            o.annotations().tag(a, cleo, o.labels().get(1), new Span(4, 9));
            o.annotations().tag(b, cleo, o.labels().get(2), new Span(0, 10));
            o.annotations().tag(b, cleo, o.labels().get(2), EMOJI);
            o.documents().add("Only here", "new.txt", "An article only the field team has.");
        }
    }

    /** 😀 in article B: a surrogate pair. */
    static final Span EMOJI = new Span(ProjectFixture.ARTICLE_B.indexOf("😀"), ProjectFixture.ARTICLE_B.indexOf("😀") + 2);
    static final List<Span> CLEOS_TAGS = List.of(new Span(4, 9), new Span(0, 10), EMOJI);

    /** P's two articles (the same texts, so tags land on P's documents), without P's analysts. */
    static List<Document> articles(ProjectSession s) {
        return List.of(s.documents().add("Roads", "a.txt", ProjectFixture.ARTICLE_A).document(),
                s.documents().add("Preise", "b.txt", ProjectFixture.ARTICLE_B).document());
    }

    @BeforeEach
    void copy() throws Exception {
        pdir = Files.createDirectory(root.resolve("p"));
        project = Files.copy(templates.resolve("P.newsmark"), pdir.resolve("P.newsmark"));
        Files.writeString(pdir.resolve("P.newsmark.lock"), ""); // as a closed project leaves it
        odir = Files.createDirectory(root.resolve("o"));
    }

    private Path other() throws Exception {
        return Files.copy(templates.resolve("field team.newsmark"), odir.resolve("field team.newsmark"));
    }

    /** Everything a project holds, for "unchanged" checks: articles, analysts, labels and every tag. */
    static Map<String, Object> content(Path file) throws Exception {
        Map<String, Object> out = new TreeMap<>();
        try (ProjectSession s = TestProjects.openReadOnly(file)) {
            List<DocumentSummary> docs = s.documents().summaries(null);
            out.put("documents", docs);
            out.put("analysts", s.analysts());
            out.put("labels", s.labels());
            List<Annotation> tags = new ArrayList<>();
            docs.forEach(d -> tags.addAll(TestProjects.store(s).annotations().forDocument(d.id(), null)));
            out.put("tags", tags);
        }
        return out;
    }

    private static List<Span> spansOf(Path file, String analyst) throws Exception {
        try (ProjectSession s = TestProjects.openReadOnly(file)) {
            Analyst a = s.findAnalyst(analyst).orElseThrow(() -> new AssertionError("no analyst " + analyst));
            List<Span> out = new ArrayList<>();
            s.documents().summaries(null).forEach(d -> s.annotations().annotations(d.id(), a.id()).forEach(t -> out.add(t.span())));
            return out;
        }
    }

    @Test
    void theCommandLineMergeOnlyReadsTheOtherProject() throws Exception {
        Path other = other();
        FolderState before = FolderState.of(odir);
        Cli.Run r = Cli.run("merge", project.toString(), other.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("Merged field team.newsmark into P.newsmark: 1 analyst, 3 tags, 1 new article"), r.out());
        assertEquals("", FolderState.of(odir).changesSince(before), "no lock, log or upgrade in the other project's folder");
        assertEquals(CLEOS_TAGS, spansOf(project, "Cleo"));
    }

    @Test
    void theServiceMergeOnlyReadsTheOtherProjectEvenWhileItIsOpenElsewhere() throws Exception {
        Path other = other();
        FolderState before = FolderState.of(odir);
        try (ProjectSession target = TestProjects.open(project)) {
            var report = target.merges().merge(other, NameClashResolver.suffixWithFileName()).orElseThrow();
            assertEquals(3, report.tagsAdded());
        }
        assertEquals("", FolderState.of(odir).changesSince(before));
        // and while someone edits the other project, the merge still reads it and leaves it to its writer
        try (ProjectSession editing = TestProjects.open(other)) {
            assertFalse(editing.isReadOnly());
            FolderState busy = FolderState.of(odir).without("field team.newsmark-shm");
            Path again = Files.copy(templates.resolve("P.newsmark"), pdir.resolve("again.newsmark"));
            try (ProjectSession target = TestProjects.open(again)) {
                assertEquals(3, target.merges().merge(other, NameClashResolver.suffixWithFileName()).orElseThrow().tagsAdded());
            }
            assertEquals("", FolderState.of(odir).without("field team.newsmark-shm").changesSince(busy));
            assertFalse(editing.isReadOnly(), "the merge took no lock from the writer");
        }
    }

    @Test
    void anOldFormatOtherProjectIsReadAsItIsNeverUpgraded() throws Exception {
        Path old = odir.resolve("old.newsmark");
        OldProjectFiles.version1(old);
        FolderState before = FolderState.of(odir);
        Cli.Run r = Cli.run("merge", project.toString(), old.toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals("", FolderState.of(odir).changesSince(before), "not migrated: no .bak-v1, no -wal, no .lock, same bytes");
        assertTrue(r.out().contains("Renamed analyst \"Ana\" to \"Ana (old)\""), r.out());
        assertEquals(List.of(new Span(3, 6), new Span(21, 23)), spansOf(project, "Ana (old)"));
    }

    @Test
    void anOtherProjectWithATriggerIsRefusedAndNothingIsMerged() throws Exception {
        Path other = other();
        HostileProjectFileTest.execute(other, "CREATE TRIGGER swallow BEFORE INSERT ON annotations BEGIN SELECT RAISE(IGNORE); END");
        assertRefused(other, "field team.newsmark", "\"swallow\"");
    }

    private void assertRefused(Path other, String... words) throws Exception {
        Map<String, Object> p = content(project);
        FolderState pBefore = FolderState.of(pdir);
        FolderState oBefore = FolderState.of(odir);
        Cli.Run r = Cli.run("merge", project.toString(), other.toString());
        assertTrue(r.refusedNaming(words), r.toString());
        assertEquals(p, content(project), "P is unchanged");
        assertEquals("", FolderState.of(pdir).changesSince(pBefore));
        assertEquals("", FolderState.of(odir).changesSince(oBefore));
        try (ProjectSession target = TestProjects.open(project)) {
            Exception e = assertThrows(Exception.class, () -> target.merges().merge(other, NameClashResolver.suffixWithFileName()));
            assertTrue(e instanceof AnnotationConflictException || e instanceof ProjectRefusedException, e.toString());
            for (String w : words) {
                assertTrue(e.getMessage().contains(w), e.getMessage());
            }
        }
        assertEquals(p, content(project));
    }

    @Test
    void aTagEndingBeyondItsArticleIsRefusedNamingIt() throws Exception {
        Path other = other();
        // the schema only checks begin < end; a script can write any end
        HostileProjectFileTest.execute(other, "UPDATE annotations SET end_utf16 = 5000 WHERE begin_utf16 = 4 AND end_utf16 = 9");
        assertRefused(other, "field team.newsmark", "Cleo", "Roads", "ends beyond");
    }

    @Test
    void aTagSplittingASurrogatePairIsRefusedNamingIt() throws Exception {
        Path other = other();
        HostileProjectFileTest.execute(other, "UPDATE annotations SET end_utf16 = " + (EMOJI.begin() + 1)
                + " WHERE begin_utf16 = " + EMOJI.begin() + " AND end_utf16 = " + EMOJI.end());
        assertRefused(other, "field team.newsmark", "Cleo", "Preise", "splits a character");
    }

    @Test
    void anArticleWhoseTextDoesNotMatchItsHashIsRefused() throws Exception {
        // OTHER claims its (longer) article is P's "Roads" by copying its SHA-256; its tag fits OTHER's text, not P's
        Path other = other();
        String longer = ProjectFixture.ARTICLE_A + " And much more text that the article of P does not have at all. ".repeat(4);
        HostileProjectFileTest.execute(other,
                "DELETE FROM annotations WHERE document_id = (SELECT id FROM documents WHERE title = 'Roads')",
                "DELETE FROM documents WHERE title = 'Roads'",
                "INSERT INTO documents(title, source_name, imported_at, text, sha256, length) VALUES ('Lookalike', NULL,"
                        + " '2026-01-01T00:00:00Z', '" + longer + "', '" + TextHash.sha256(ProjectFixture.ARTICLE_A) + "', "
                        + longer.length() + ")",
                "INSERT INTO annotations(document_id, analyst_id, label_id, begin_utf16, end_utf16, created_at, updated_at)"
                        + " SELECT (SELECT id FROM documents WHERE title = 'Lookalike'), (SELECT id FROM analysts WHERE name = 'Cleo'),"
                        + " 1, 200, 250, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'");
        assertRefused(other, "field team.newsmark", "Lookalike", "SHA-256");
    }

    @Test
    void aTagPointingAtNoLabelIsRefusedNamingIt() throws Exception {
        Path other = other();
        // plain SQLite does not enforce foreign keys unless asked
        HostileProjectFileTest.execute(other, "UPDATE annotations SET label_id = 999 WHERE begin_utf16 = 4 AND end_utf16 = 9");
        assertRefused(other, "field team.newsmark", "Cleo", "label");
    }

    @Test
    void aNameClashNeverPutsTheOtherAnalystIntoAnExistingOne() throws Exception {
        Path p = pdir.resolve("team.newsmark");
        Path other = odir.resolve("field team.newsmark");
        try (ProjectSession s = TestProjects.create(p)) {
            Document a = articles(s).get(0);
            s.annotations().tag(a, s.analyst("Ben"), s.labels().get(0), new Span(0, 3));
            s.annotations().tag(a, s.analyst("Ben (field team)"), s.labels().get(0), new Span(4, 9));
        }
        try (ProjectSession o = TestProjects.create(other)) {
            o.annotations().tag(articles(o).get(0), o.analyst("Ben"), o.labels().get(1), new Span(10, 20));
        }
        Cli.Run r = Cli.run("merge", p.toString(), other.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("Renamed analyst \"Ben\" to \"Ben (field team) 2\""), r.out());
        assertEquals(List.of(new Span(0, 3)), spansOf(p, "Ben"), "our Ben is untouched");
        assertEquals(List.of(new Span(4, 9)), spansOf(p, "Ben (field team)"), "the other Ben is not fused into him");
        assertEquals(List.of(new Span(10, 20)), spansOf(p, "Ben (field team) 2"));
    }

    @Test
    void aResolverThatNamesAnotherAnalystIsRefusedAndNothingIsMerged() throws Exception {
        Path other = other();
        try (ProjectSession s = TestProjects.open(project)) {
            s.analyst("Cleo"); // a clash, so the resolver is asked
        }
        Map<String, Object> before = content(project);
        try (ProjectSession target = TestProjects.open(project)) {
            List<Set<String>> asked = new ArrayList<>();
            AnnotationConflictException e = assertThrows(AnnotationConflictException.class, () -> target.merges().merge(other,
                    (name, file, taken) -> {
                        asked.add(taken);
                        return "Ana";
                    }));
            assertTrue(e.getMessage().contains("\"Ana\"") && e.getMessage().contains("Nothing was merged"), e.getMessage());
            assertTrue(asked.get(0).containsAll(Set.of("Ana", "Bo")) && !asked.get(0).contains("Cleo"),
                    "the resolver is told which names are taken: " + asked);
            AnnotationConflictException padded = assertThrows(AnnotationConflictException.class,
                    () -> target.merges().merge(other, (name, file, taken) -> "  Bo "));
            assertTrue(padded.getMessage().contains("\"Bo\""), padded.getMessage());
        }
        assertEquals(before, content(project), "P is unchanged");
        try (ProjectSession target = TestProjects.open(project)) {
            assertEquals(ProjectMergeService.MergeReport.class, target.merges()
                    .merge(other, (name, file, taken) -> name).orElseThrow().getClass(), "its own name, knowingly, joins the two");
        }
        assertEquals(CLEOS_TAGS, spansOf(project, "Cleo"));
    }
}
