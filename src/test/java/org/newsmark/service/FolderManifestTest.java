package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.domain.TaskControl;
import org.newsmark.io.ImportException;

/**
 * A folder imported with a manifest (ADR 0029, "Folder and manifest"): each file gets the row
 * naming it, files no row names come in without, a row naming nothing of the folder is refused
 * with the manifest's name and line, and all or nothing writes nothing then.
 */
class FolderManifestTest {

    @TempDir
    Path dir;

    private Path corpus() throws Exception {
        Path c = dir.resolve("corpus");
        Files.createDirectories(c.resolve("feb"));
        Files.createDirectories(c.resolve(".cache"));
        Files.writeString(c.resolve("a.txt"), "The mayor said the bridge will close.");
        Files.writeString(c.resolve("feb/b.txt"), "The council voted on Tuesday.");
        Files.writeString(c.resolve("feb/c.txt"), "A third article, no row names it.");
        Files.writeString(c.resolve("z-copy.txt"), "The mayor said the bridge will close.");
        Files.writeString(c.resolve("notes.csv"), "x,y\n");
        Files.writeString(c.resolve(".cache/d.txt"), "In a hidden folder.");
        return c;
    }

    private Path manifest(Path c, String csv) throws Exception {
        return Files.writeString(c.resolve("manifest.csv"), csv);
    }

    private static FolderImport.Plan plan(ProjectSession s, Path folder, Path manifest) throws Exception {
        return s.folderImports().plan(folder, Optional.of(manifest), Optional.empty(), null, TaskControl.NONE);
    }

    @Test
    void eachFileGetsItsRowsMetadataAndTheOthersComeInWithout() throws Exception {
        Path c = corpus();
        Path m = manifest(c, "path,title,outlet,published,wave\n"
                + "a.txt,Bridge closes,Harbour Gazette,2024-02-08,1\n"
                + "feb/b.txt,,Riverside Weekly,2024-02-09T10:15:00+01:00,2\n");
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            FolderImport.Plan plan = plan(s, c, m);
            assertEquals("3 articles to add; metadata from manifest.csv for 2 of 3 articles; 3 skipped (1 hidden, 1 not an article file,"
                    + " 1 copy)", plan.summary(), "the manifest itself is not listed as skipped");
            assertEquals(List.of("wave"), plan.newFields());
            assertEquals(0, s.documents().summaries(null).size(), "planning writes nothing");
            FolderImport.Result r = s.folderImports().run(plan, FolderImport.Mode.ALL_OR_NOTHING, TaskControl.NONE);
            assertEquals(List.of("wave"), r.fieldsDeclared());
            List<DocumentSummary> docs = s.documents().summaries(null);
            assertEquals(List.of("Bridge closes", "The council voted on Tuesday.", "A third article, no row names it."),
                    docs.stream().map(DocumentSummary::title).toList(), "in path order, a.txt first, then feb/");
            assertEquals(new ArticleMetadata("Harbour Gazette", null, "2024-02-08", null, null, Map.of("wave", "1")),
                    s.metadata().of(docs.get(0).id()));
            assertEquals(new ArticleMetadata("Riverside Weekly", null, "2024-02-09T10:15:00+01:00", null, null, Map.of("wave", "2")),
                    s.metadata().of(docs.get(1).id()));
            assertTrue(s.metadata().of(docs.get(2).id()).isEmpty(), "a file no row names comes in without metadata");
        }
    }

    @Test
    void aRowNamingACopyGivesTheArticleItsMetadataAndARowForAnArticleInTheProjectSetsItsDetails() throws Exception {
        Path c = corpus();
        Path m = manifest(c, "path,outlet\nz-copy.txt,Harbour Gazette\nfeb/b.txt,Riverside Weekly\n");
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            Document b = s.documents().add("Council", "b.txt", "The council voted on Tuesday.").document();
            FolderImport.Plan plan = plan(s, c, m);
            assertEquals("2 articles to add; metadata from manifest.csv for 1 of 2 articles; details set on 1 article already in the"
                    + " project; 4 skipped (1 hidden, 1 not an article file, 1 already in the project, 1 copy)", plan.summary());
            assertTrue(plan.skipped().contains(new FolderImport.Skip(Path.of("feb/b.txt"),
                    "already in the project as \u201cCouncil\u201d; manifest.csv line 3 sets its details")), plan.skipped().toString());
            assertTrue(plan.skipped().contains(new FolderImport.Skip(Path.of("z-copy.txt"),
                    "a copy of a.txt; its row, manifest.csv line 2, gives that article its metadata")), plan.skipped().toString());
            FolderImport.Result r = s.folderImports().run(plan, FolderImport.Mode.ALL_OR_NOTHING, TaskControl.NONE);
            assertEquals(List.of(b.id()), r.updated().stream().map(Document::id).toList());
            assertEquals("Riverside Weekly", s.metadata().of(b.id()).outlet());
            long a = r.added().get(0).document().id();
            assertEquals("The mayor said the bridge will close.", r.added().get(0).document().text());
            assertEquals("Harbour Gazette", s.metadata().of(a).outlet(), "the copy's row went to the article its text is");

            Path both = manifest(c, "path,outlet\na.txt,First\nz-copy.txt,Second\n");
            FolderImport.Plan again = plan(s, c, both);
            assertTrue(again.skipped().contains(new FolderImport.Skip(Path.of("z-copy.txt"),
                    "a copy of a.txt; manifest.csv line 3 is not used: line 2 gives this text its metadata")), again.skipped().toString());
        }
    }

    @Test
    void aRowNamingNothingOfTheFolderOrABadDateIsRefusedWithFileAndLineAndNothingIsWritten() throws Exception {
        Path c = corpus();
        Files.writeString(dir.resolve("outside.txt"), "Beside the folder, not in it.");
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            assertRefused(s, c, "path,wave\na.txt,1\nfeb/missing.txt,2\n", "manifest.csv line 3: names feb/missing.txt, which does not exist");
            assertRefused(s, c, "path,published,wave\na.txt,2024-02-08,1\nfeb/b.txt,8 Feb 2024,2\n",
                    "manifest.csv line 3: published \"8 Feb 2024\" is not an ISO 8601 date");
            assertRefused(s, c, "path,wave\n../outside.txt,1\n", "manifest.csv line 2: names ../outside.txt, which is not in the folder corpus");
            assertRefused(s, c, "path,wave\nnotes.csv,1\n", "manifest.csv line 2: names notes.csv, which the folder import passes over"
                    + " (not an article file (.csv))");
            assertRefused(s, c, "path,wave\n.cache/d.txt,1\n", "names .cache/d.txt, which the folder import passes over (.cache: a hidden folder)");
            assertRefused(s, c, "path,wave\nfeb,1\n", "names feb, which is a folder, not a file");
            assertRefused(s, c, "path,wave\na.txt,1\n./a.txt,2\n", "manifest.csv line 3: names ./a.txt as line 2 does");
            assertRefused(s, c, "sha256,wave\n" + "0".repeat(64) + ",1\n",
                    "manifest.csv line 2: sha256 " + "0".repeat(64) + " is neither the text of a file of corpus nor an article of " + s.name());
        }
    }

    private void assertRefused(ProjectSession s, Path c, String csv, String message) throws Exception {
        FolderImport.Plan plan = plan(s, c, manifest(c, csv));
        assertEquals(1, plan.refusedRows().size(), plan.summary());
        ImportException e = assertThrows(ImportException.class,
                () -> s.folderImports().run(plan, FolderImport.Mode.ALL_OR_NOTHING, TaskControl.NONE));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(e.getMessage().endsWith("; nothing was imported from corpus (1 manifest row refused)"), e.getMessage());
        assertEquals(0, s.documents().summaries(null).size(), "nothing half-added: " + csv);
        assertEquals(List.of(), s.metadata().fields(), "no field declared: " + csv);
    }

    @Test
    void eachFileAddsTheOthersAndLeavesOutTheArticleOfARefusedRow() throws Exception {
        Path c = corpus();
        Path m = manifest(c, "path,published,wave\na.txt,2024-02-08,1\nfeb/b.txt,someday,2\nfeb/gone.txt,2024-02-09,3\n");
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            FolderImport.Plan plan = plan(s, c, m);
            assertEquals("2 articles to add; metadata from manifest.csv for 1 of 2 articles; 4 skipped (1 hidden, 1 not an article file,"
                    + " 1 copy, 1 with a refused manifest row); 2 manifest rows refused", plan.summary());
            assertTrue(plan.skipped().contains(new FolderImport.Skip(Path.of("feb/b.txt"), "its manifest row is refused (manifest.csv line 3)")),
                    plan.skipped().toString());
            FolderImport.Result r = s.folderImports().run(plan, FolderImport.Mode.EACH_FILE, TaskControl.NONE);
            assertEquals(List.of("manifest.csv line 3: published \"someday\" is not an ISO 8601 date (2024-02-08) or date-time"
                            + " (2024-02-08T10:15:00Z)", "manifest.csv line 4: names feb/gone.txt, which does not exist"),
                    r.failed().stream().map(ImportException::getMessage).toList());
            assertEquals(List.of("The mayor said the bridge will close.", "A third article, no row names it."),
                    s.documents().summaries(null).stream().map(DocumentSummary::title).toList(), "b.txt, whose row is refused, is not added");
            assertEquals("2024-02-08", s.metadata().of(r.added().get(0).document().id()).published());
            assertEquals(List.of("wave"), s.metadata().fields());
        }
    }

    @Test
    void aShaRowNamesAFileOfTheFolderOrAnArticleOfTheProject() throws Exception {
        Path c = corpus();
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            Document old = s.documents().add("Old", "old.txt", "An article already in the project, not in the folder.").document();
            String bSha = org.newsmark.domain.TextHash.sha256("The council voted on Tuesday.");
            Path m = manifest(c, "sha256,title,desk\n" + bSha.toUpperCase() + ",Council vote,Local\n" + old.sha256() + ",Old story,City\n");
            FolderImport.Result r = s.folderImports().run(plan(s, c, m), FolderImport.Mode.ALL_OR_NOTHING, TaskControl.NONE);
            Document b = r.added().stream().map(DocumentService.AddResult::document).filter(d -> d.sha256().equals(bSha)).findFirst().orElseThrow();
            assertEquals("Council vote", b.title());
            assertEquals(Map.of("desk", "Local"), s.metadata().of(b.id()).fields());
            assertEquals("Old story", s.documents().find(old.id()).orElseThrow().title());
            assertEquals(Map.of("desk", "City"), s.metadata().of(old.id()).fields());
        }
    }

    @Test
    void theAppTakesTheFoldersOwnManifestAndABrokenHeaderStopsBeforeReading() throws Exception {
        Path c = corpus();
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            assertEquals(null, s.folderImports().planWithOwnManifest(c, TaskControl.NONE).manifestName(), "no manifest.csv: none");
            manifest(c, "path,outlet\na.txt,Harbour Gazette\n");
            FolderImport.Plan plan = s.folderImports().planWithOwnManifest(c, TaskControl.NONE);
            assertTrue(plan.summary().contains("metadata from manifest.csv for 1 of 3 articles"), plan.summary());
            manifest(c, "title,outlet\nA,B\n");
            ImportException e = assertThrows(ImportException.class, () -> s.folderImports().planWithOwnManifest(c, TaskControl.NONE));
            assertEquals("manifest.csv line 1: has neither a path nor a sha256 column, one of which names each article", e.getMessage());
        }
    }
}
