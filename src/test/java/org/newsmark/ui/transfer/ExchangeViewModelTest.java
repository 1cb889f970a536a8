package org.newsmark.ui.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.service.ExchangeFixture;
import org.newsmark.service.ProjectContent;
import org.newsmark.service.ProjectSession;
import org.newsmark.ui.common.ImmediateTasks;
import org.newsmark.ui.common.ScriptedDialogs;
import org.newsmark.ui.workbench.WorkbenchViewModel;

/**
 * File › Export for Other Tools › and File › Import from Other Tools… through the workbench: an
 * export writes the file chosen, an import asks a new name for each analyst the project has, lands
 * in one piece and says what it did; a cancel or a broken file changes nothing.
 */
class ExchangeViewModelTest {

    @TempDir
    Path dir;
    ExchangeFixture f;
    ProjectSession session;
    ScriptedDialogs dialogs;
    WorkbenchViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        f = new ExchangeFixture(dir.resolve("study.newsmark"));
        session = f.session;
        dialogs = new ScriptedDialogs();
        vm = new WorkbenchViewModel(session, f.ana, new ImmediateTasks(), dialogs);
        vm.openDocument(f.doc.id());
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void theImportChooserShowsEveryFormatFirstAndCancellingChangesNothing() throws Exception {
        var before = ProjectContent.all(ProjectContent.of(session));
        dialogs.answer(null);
        vm.exchange().chooseAndImport();
        assertEquals("Every format Newsmark reads from other tools", dialogs.openFilters.get(0).description());
        assertEquals(List.of("*.qdpx", "*.qdc", "*.zip", "*.xmi", "*.jsonld", "*.json"), dialogs.openFilters.get(0).patterns());
        assertEquals(1 + 4, dialogs.openFilters.size(), "then one filter per format");
        assertEquals(before, ProjectContent.all(ProjectContent.of(session)));
        assertEquals(List.of(), dialogs.infos);
    }

    @Test
    void theExportMenuOffersEachFormatAndWritesTheFileChosen() throws Exception {
        assertEquals(List.of("qdpx", "qdc", "xmi", "webanno-json"), vm.exchange().exportChoices().stream()
                .map(ExchangeViewModel.ExportChoice::id).toList());
        Path out = dir.resolve("for maxqda.qdpx");
        dialogs.answer(out);
        vm.exchange().exportChoices().get(0).action().run();
        assertTrue(dialogs.questions.get(0).endsWith(session.shortName() + ".qdpx]"), dialogs.questions.toString());
        assertTrue(Files.size(out) > 0);
        assertEquals("Exported as REFI-QDA project (MAXQDA, ATLAS.ti, NVivo, QualCoder) to " + out, vm.messageProperty().get());
    }

    @Test
    void anImportAsksANameForEachClashAndReportsWhatItTook() throws Exception {
        Path file = dir.resolve("round two.qdpx");
        vm.exchange().export(org.newsmark.service.ExchangeFormat.QDPX, file);
        var before = ProjectContent.tags(ProjectContent.of(session));
        dialogs.answer("Ana 2").answer("Ben 2");

        vm.exchange().importFile(file);

        assertEquals(2, dialogs.questions.size(), dialogs.questions.toString());
        assertTrue(dialogs.questions.get(0).contains("analyst named “Ana”.\nGive the analyst from round two.qdpx"));
        assertEquals(List.of(), dialogs.errors);
        assertEquals(List.of("Imported round two.qdpx: REFI-QDA project (MAXQDA, ATLAS.ti, NVivo, QualCoder): 2 analysts, 8 tags, 0 new articles,"
                + " 0 new labels, 2 links.\n“Ana” is now “Ana 2”.\n“Ben” is now “Ben 2”."), dialogs.infos);
        var after = ProjectContent.tags(ProjectContent.of(session));
        assertEquals(before, after.stream().filter(l -> !l.contains(" 2 ")).toList(), "our tags are untouched");
        assertEquals(before, after.stream().filter(l -> l.contains(" 2 ")).map(l -> l.replace("Ana 2 ", "Ana ")
                .replace("Ben 2 ", "Ben ")).toList());
        assertEquals("Imported round two.qdpx", vm.messageProperty().get());
    }

    @Test
    void aCancelledNameOrABrokenFileChangesNothing() throws Exception {
        Path file = dir.resolve("again.qdpx");
        vm.exchange().export(org.newsmark.service.ExchangeFormat.QDPX, file);
        var before = ProjectContent.all(ProjectContent.of(session));
        dialogs.answer(null);
        vm.exchange().importFile(file);
        assertEquals("Import cancelled: nothing was changed.", vm.messageProperty().get());

        Path broken = Files.write(dir.resolve("broken.zip"), new byte[] {1, 2, 3});
        vm.exchange().importFile(broken);
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("broken.zip"), dialogs.errors.toString());

        vm.exchange().importFile(Files.writeString(dir.resolve("notes.txt"), "x"));
        assertTrue(dialogs.errors.get(1).contains("notes.txt is not a file Newsmark imports from other tools"));
        assertEquals(before, ProjectContent.all(ProjectContent.of(session)));
    }

    @Test
    void aLongListOfWhatWasNotTakenIsCounted() {
        var merge = new org.newsmark.service.ProjectMergeService.MergeReport(0, 0, 0, 0, java.util.Map.of());
        List<String> many = java.util.stream.IntStream.range(0, 15).mapToObj(i -> "picture " + i).toList();
        String report = ExchangeViewModel.report(org.newsmark.service.ExchangeFormat.QDPX,
                new org.newsmark.service.ExchangeFiles.Imported(merge, many, 0));
        assertTrue(report.contains("• picture 11\n… and 3 more."), report);
        assertTrue(!report.contains("picture 12"), report);
    }
}
