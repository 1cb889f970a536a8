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

/** File › Import Folder… without a screen: the preview first, the choice explicit when files cannot be read, then the report. */
class FolderImportViewModelTest {

    @TempDir
    Path dir;
    final List<String> said = new ArrayList<>();
    final List<Long> opened = new ArrayList<>();
    final ProjectView view = new ProjectView() {
        @Override
        public void articlesAdded(long documentId, String message) {
            opened.add(documentId);
            said.add(message);
        }

        @Override
        public void projectChanged(String message) {
            said.add(message);
        }

        @Override
        public void say(String message) {
            said.add(message);
        }
    };

    private Path folder(boolean withBrokenPdf) throws Exception {
        Path c = dir.resolve("corpus");
        Files.createDirectories(c.resolve("sub"));
        Files.writeString(c.resolve("a.txt"), "First article text.");
        Files.writeString(c.resolve("sub/b.txt"), "Second article text.");
        Files.writeString(c.resolve("sub/b-again.txt"), "Second article text.");
        Files.writeString(c.resolve("notes.csv"), "x,y\n");
        if (withBrokenPdf) {
            Files.write(c.resolve("sub/broken.pdf"), new byte[] {0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0, 1, 2});
        }
        return c;
    }

    @Test
    void thePreviewListsWhatIsSkippedAndNothingIsWrittenBeforeTheAnswer() throws Exception {
        Path c = folder(false);
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            ScriptedDialogs dialogs = new ScriptedDialogs();
            dialogs.answer(c).answer(null);
            var vm = new FolderImportViewModel(s.folderImports(), new ImmediateTasks(), dialogs, view);
            vm.chooseAndImport();
            String q = dialogs.questions.get(dialogs.questions.size() - 1);
            assertTrue(q.contains("2 articles to add; 2 skipped (1 not an article file, 1 copy)"), q);
            assertTrue(q.contains("sub/b.txt \u2014 a copy of sub/b-again.txt"), q);
            assertTrue(q.contains("notes.csv \u2014 not an article file (.csv)"), q);
            assertEquals(0, s.documents().summaries(null).size(), "cancelled at the preview: nothing added");
            assertEquals(List.of("Nothing imported from corpus."), said);

            dialogs.answer(c).answer(FolderImportViewModel.ADD);
            vm.chooseAndImport();
            assertEquals(2, s.documents().summaries(null).size());
            assertEquals(1, opened.size(), "the first article added is opened");
            assertEquals("Imported 2 article(s) from corpus; 2 skipped.", said.get(said.size() - 1));
        }
    }

    @Test
    void withAnUnreadableFileTheUserChoosesBetweenTheOthersAndNothing() throws Exception {
        Path c = folder(true);
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            ScriptedDialogs dialogs = new ScriptedDialogs();
            var vm = new FolderImportViewModel(s.folderImports(), new ImmediateTasks(), dialogs, view);
            dialogs.answer(FolderImportViewModel.ALL_OR_NOTHING);
            vm.importFolder(c);
            assertTrue(dialogs.questions.get(0).contains("Cannot be read:\n  sub/broken.pdf"), dialogs.questions.get(0));
            assertEquals(0, s.documents().summaries(null).size(), "all or nothing: nothing");
            dialogs.answer(FolderImportViewModel.EACH_FILE);
            vm.importFolder(c);
            assertEquals(2, s.documents().summaries(null).size(), "the others are added");
            assertTrue(dialogs.infos.get(dialogs.infos.size() - 1).startsWith("Some files were not imported: sub/broken.pdf"),
                    dialogs.infos.toString());
            assertEquals("Imported 2 article(s) from corpus; 2 skipped; 1 not imported.", said.get(said.size() - 1));
        }
    }
    @Test
    void theFoldersOwnManifestGivesMetadataAndARefusedRowMakesTheChoiceExplicit() throws Exception {
        Path c = folder(false);
        Files.writeString(c.resolve("manifest.csv"), "path,outlet,published\na.txt,Harbour Gazette,2024-02-08\nsub/b.txt,,someday\n");
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            ScriptedDialogs dialogs = new ScriptedDialogs();
            var vm = new FolderImportViewModel(s.folderImports(), new ImmediateTasks(), dialogs, view);
            dialogs.answer(FolderImportViewModel.ALL_OR_NOTHING);
            vm.importFolder(c);
            String q = dialogs.questions.get(0);
            assertTrue(q.startsWith("1 article to add; metadata from manifest.csv for 1 of 1 article; 3 skipped"), q);
            assertTrue(q.contains("Manifest rows refused:\n  manifest.csv line 3: published \"someday\" is not an ISO 8601 date"), q);
            assertTrue(q.contains("sub/b-again.txt \u2014 its manifest row is refused (manifest.csv line 3)"), q);
            assertEquals(0, s.documents().summaries(null).size());
            assertEquals("Nothing imported from corpus: 1 manifest row is refused, and all or nothing was chosen.", said.get(said.size() - 1));

            Files.writeString(c.resolve("manifest.csv"), "path,outlet,published\na.txt,Harbour Gazette,2024-02-08\n");
            dialogs.answer(FolderImportViewModel.ADD);
            vm.importFolder(c);
            q = dialogs.questions.get(1);
            assertTrue(q.startsWith("2 articles to add; metadata from manifest.csv for 1 of 2 articles; 2 skipped"), q);
            assertEquals("Imported 2 article(s) from corpus (metadata from manifest.csv for 1); 2 skipped.", said.get(said.size() - 1));
            long a = s.documents().summaries(null).stream().filter(d -> d.title().equals("First article text.")).findFirst().orElseThrow().id();
            assertEquals("Harbour Gazette", s.metadata().of(a).outlet());
            assertEquals(List.of(), dialogs.errors);
        }
    }

    @Test
    void aManifestThatCannotBeReadIsShownAndNothingIsAsked() throws Exception {
        Path c = folder(false);
        Files.writeString(c.resolve("manifest.csv"), "title,outlet\nA,B\n");
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            ScriptedDialogs dialogs = new ScriptedDialogs();
            new FolderImportViewModel(s.folderImports(), new ImmediateTasks(), dialogs, view).importFolder(c);
            assertEquals(List.of("Nothing was imported: manifest.csv line 1: has neither a path nor a sha256 column, one of which names"
                    + " each article"), dialogs.errors);
            assertEquals(List.of(), dialogs.questions);
            assertEquals(0, s.documents().summaries(null).size());
        }
    }
}
