package org.newsmark.ui.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.common.ImmediateTasks;
import org.newsmark.ui.common.ScriptedDialogs;

/** File › Import with Manifest… without a screen: the articles added and said; a bad row shown with its line, nothing added. */
class ManifestImportViewModelTest {

    @TempDir
    Path dir;

    final List<String> said = new ArrayList<>();
    final ProjectView view = new ProjectView() {
        @Override
        public void articlesAdded(long documentId, String message) {
            said.add("added " + documentId + ": " + message);
        }

        @Override
        public void projectChanged(String message) {
            said.add("changed: " + message);
        }

        @Override
        public void say(String message) {
            said.add(message);
        }
    };

    @Test
    void importsTheManifestsArticlesWithTheirMetadata() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "The mayor said the bridge will close.");
        Path manifest = dir.resolve("manifest.csv");
        Files.writeString(manifest, "path,outlet,wave\na.txt,Harbour Gazette,1\n");
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            ScriptedDialogs dialogs = new ScriptedDialogs().answer(manifest);
            new ManifestImportViewModel(s.manifests(), new ImmediateTasks().onWorkerThread(), dialogs, view).chooseAndImport();
            assertEquals(List.of(), dialogs.errors);
            long id = s.documents().summaries(null).get(0).id();
            assertEquals(List.of("added " + id + ": Imported 1 of 1 article; new fields: wave"), said);
            assertEquals("Harbour Gazette", s.metadata().of(id).outlet());
        }
    }

    @Test
    void aBadRowIsShownWithItsLineAndNothingIsAdded() throws Exception {
        Path manifest = dir.resolve("manifest.csv");
        Files.writeString(manifest, "path,published\nmissing.txt,2024-02-08\n");
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            ScriptedDialogs dialogs = new ScriptedDialogs();
            new ManifestImportViewModel(s.manifests(), new ImmediateTasks().onWorkerThread(), dialogs, view).importManifest(manifest);
            assertEquals(1, dialogs.errors.size());
            assertTrue(dialogs.errors.get(0).startsWith("Nothing was imported: manifest.csv line 2: names missing.txt, which does not exist"),
                    dialogs.errors.get(0));
            assertEquals(0, s.documents().summaries(null).size());
        }
    }
}
