package org.newsmark.ui.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Label;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.common.ImmediateTasks;
import org.newsmark.ui.common.ScriptedDialogs;

/** Export and import of a codebook file from the window: the plan is shown and asked for; a refusal changes nothing. */
class CodebookFilesViewModelTest {

    @TempDir
    Path dir;
    ProjectSession from;
    ProjectSession to;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    StringBuilder said = new StringBuilder();

    @BeforeEach
    void setUp() throws Exception {
        from = TestProjects.create(dir.resolve("from.newsmark"));
        to = TestProjects.create(dir.resolve("to.newsmark"));
    }

    @AfterEach
    void tearDown() {
        from.close();
        to.close();
    }

    private CodebookFilesViewModel vm(ProjectSession s) {
        return new CodebookFilesViewModel(s.codebookFiles(), new ImmediateTasks(), dialogs, new ProjectView() {
            @Override
            public void articlesAdded(long documentId, String message) {
            }

            @Override
            public void projectChanged(String message) {
                said.append(message);
            }

            @Override
            public void say(String message) {
                said.append(message);
            }
        }, s.name(), dir);
    }

    @Test
    void exportThenImportAsksWithThePlanAndApplies() throws Exception {
        org.newsmark.service.TestProjects.assumeFile("the project file's folder");
        from.codebook().addLabel("source", "#0072B2", "5", "Who is quoted.");
        Path file = dir.resolve("from-codebook.json");
        dialogs.answer(file);
        vm(from).exportCodebook();
        assertTrue(Files.exists(file));
        assertTrue(dialogs.questions.get(0).contains("from-codebook.json"), "the save dialog offers a name: " + dialogs.questions);

        dialogs.answer(file).answer(null); // chosen, then Cancel at the question
        vm(to).importCodebook();
        assertTrue(dialogs.questions.get(2).contains("adds 1 label"), dialogs.questions.get(2));
        assertTrue(to.codebook().codebook().label("source").isEmpty(), "Cancel changes nothing");

        dialogs.answer(file).answer(true);
        vm(to).importCodebook();
        Label source = to.codebook().codebook().label("source").orElseThrow();
        assertEquals("5", source.key());
        assertTrue(said.toString().contains("Codebook imported: adds 1 label"), said.toString());
    }

    @Test
    void aRefusedPlanIsShownAndNothingChanges() throws Exception {
        // a key that "claim", which the file does not name, keeps
        Path file = Files.writeString(dir.resolve("clash.json"), "{\"format\": \"newsmark-codebook\", \"version\": 1,"
                + " \"labels\": [{\"name\": \"rumour\", \"color\": \"#0072B2\", \"key\": \"1\"}]}");
        var before = to.codebook().codebook();
        dialogs.answer(file);
        vm(to).importCodebook();
        assertEquals(1, dialogs.errors.size(), dialogs.errors.toString());
        assertTrue(dialogs.errors.get(0).contains("Nothing was changed."), dialogs.errors.get(0));
        assertEquals(before, to.codebook().codebook());
    }

    @Test
    void theBuiltInParcCodebookIsAskedWithItsPlanThenAddedAndAgainSaysNothingToImport() {
        dialogs.answer(null); // Cancel
        vm(to).importBuiltIn("parc");
        assertTrue(dialogs.questions.get(0).contains("Import Attribution (PARC)?"), dialogs.questions.toString());
        assertTrue(dialogs.questions.get(0).contains("adds 3 labels, 1 attribute, 2 link types"), dialogs.questions.get(0));
        assertTrue(to.codebook().codebook().label("source").isEmpty(), "Cancel changes nothing");

        dialogs.answer(true);
        vm(to).importBuiltIn("parc");
        assertTrue(to.codebook().codebook().linkType("cue of").isPresent());
        assertTrue(said.toString().contains("Codebook imported: adds 3 labels, 1 attribute, 2 link types"), said.toString());
        vm(to).importBuiltIn("parc");
        assertTrue(said.toString().endsWith("Attribution (PARC): the codebook is the same; nothing to import."), said.toString());
    }
}
