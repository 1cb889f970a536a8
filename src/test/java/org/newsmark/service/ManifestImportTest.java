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
import org.newsmark.domain.TaskControl;
import org.newsmark.io.ImportException;
import org.newsmark.io.csv.ManifestReader;

/** A manifest imports what it names by path with its metadata, sets metadata by sha256, and refuses whole with file and line. */
class ManifestImportTest {

    @TempDir
    Path dir;

    @Test
    void pathRowsImportWithMetadataOverTheFilesOwnAndShaRowsSetMetadata() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus/2024"));
        Files.writeString(corpus.resolve("bridge.html"), "<html lang=\"en\"><head><meta property=\"og:site_name\" content=\"Page Says\">"
                + "<meta name=\"author\" content=\"Ilse Marten\"><title>Bridge</title></head>"
                + "<body><article><p>The mayor said the bridge will close.</p></article></body></html>");
        Files.writeString(corpus.resolve("note.txt"), "A note on the council vote.");
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            Document old = s.documents().add("Old title", "old.txt", "An article already in the project.").document();
            s.metadata().declare("wave");
            Path manifest = dir.resolve("corpus/manifest.csv");
            Files.writeString(manifest, "path,title,outlet,published,wave,desk\n"
                    + "2024/bridge.html,,Harbour Gazette,2024-02-08,1,Local\n"
                    + "2024/note.txt,Council note,,2024-02-09T08:00:00+01:00,1,\n");
            ManifestImport.Report r = run(s, manifest);
            assertEquals(2, r.imported().size());
            assertEquals(List.of("desk"), r.fieldsDeclared(), "wave was declared already");
            assertEquals(List.of("wave", "desk"), s.metadata().fields());
            Document bridge = r.imported().get(0).document();
            assertEquals(new ArticleMetadata("Harbour Gazette", "Ilse Marten", "2024-02-08", null, "en", Map.of("wave", "1", "desk", "Local")),
                    s.metadata().of(bridge.id()), "the manifest over the page's outlet; the page's author and language kept");
            Document note = s.documents().find(r.imported().get(1).document().id()).orElseThrow();
            assertEquals("Council note", note.title());
            Path bySha = dir.resolve("by-sha.csv");
            Files.writeString(bySha, "sha256,title,url,wave\n" + old.sha256().toUpperCase() + ",New title,https://example.org/old,2\n");
            ManifestImport.Report updated = run(s, bySha);
            assertEquals(List.of(old.id()), updated.updated().stream().map(Document::id).toList());
            assertEquals("New title", s.documents().find(old.id()).orElseThrow().title());
            assertEquals(new ArticleMetadata(null, null, null, "https://example.org/old", null, Map.of("wave", "2")), s.metadata().of(old.id()));
            ManifestImport.Report again = run(s, manifest);
            assertTrue(again.imported().stream().noneMatch(DocumentService.AddResult::added), "the same files are not added twice");
            assertEquals(3, s.documents().summaries(null).size());
        }
    }

    @Test
    void aMissingFileAnUnknownHashOrABadDateRefusesTheWholeManifest() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "The first article.");
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            assertRefused(s, "path,wave\na.txt,1\nmissing.txt,2\n", "manifest.csv line 3", "names missing.txt, which does not exist");
            assertRefused(s, "path,wave\na.txt,1\na.txt,2\n", "manifest.csv line 3", "names a.txt as line 2 does");
            assertRefused(s, "sha256,wave\n" + "0".repeat(64) + ",1\n", "manifest.csv line 2", "is not an article of " + s.name());
            Path bad = dir.resolve("manifest.csv");
            Files.writeString(bad, "path,published,wave\na.txt,2024-02-08,1\na.txt,someday,2\n");
            ImportException e = assertThrows(ImportException.class, () -> ManifestReader.read(bad));
            assertEquals(3, e.line());
            assertEquals(0, s.documents().summaries(null).size(), "nothing half-added");
            assertEquals(List.of(), s.metadata().fields(), "no field declared");
        }
    }

    @Test
    void aReadOnlyProjectIsRefused() throws Exception {
        Path file = dir.resolve("p.newsmark");
        TestProjects.create(file).close();
        Files.writeString(dir.resolve("a.txt"), "The first article.");
        Files.writeString(dir.resolve("manifest.csv"), "path\na.txt\n");
        try (ProjectSession s = TestProjects.openReadOnly(file)) {
            assertThrows(AnnotationConflictException.class, () -> run(s, dir.resolve("manifest.csv")));
        }
    }

    private void assertRefused(ProjectSession s, String csv, String where, String problem) throws Exception {
        Path manifest = dir.resolve("manifest.csv");
        Files.writeString(manifest, csv);
        ImportException e = assertThrows(ImportException.class, () -> run(s, manifest));
        assertTrue(e.getMessage().contains(where) && e.getMessage().contains(problem), e.getMessage());
        assertEquals(0, s.documents().summaries(null).size(), "nothing added: " + e.getMessage());
        assertEquals(List.of(), s.metadata().fields());
    }

    private static ManifestImport.Report run(ProjectSession s, Path manifest) throws ImportException {
        return s.manifests().run(ManifestReader.read(manifest), List.of(), Optional.empty(), null, TaskControl.NONE);
    }
}
