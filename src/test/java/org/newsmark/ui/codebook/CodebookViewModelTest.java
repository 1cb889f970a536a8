package org.newsmark.ui.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.common.ImmediateTasks;
import org.newsmark.ui.common.ScriptedDialogs;
import org.newsmark.ui.workbench.WorkbenchViewModel;

/**
 * The codebook editor without a screen, next to the main window's view-model it changes: the
 * toolbar list and the keys follow every change at once; refusals change nothing and say why.
 */
class CodebookViewModelTest {

    static final String TEXT = "The mayor said 40% of roads are broken. Critics called the figure made up.";

    @TempDir
    Path dir;
    ProjectSession session;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    WorkbenchViewModel window;
    CodebookViewModel vm;
    Document doc;
    Analyst ana;

    @BeforeEach
    void setUp() throws Exception {
        session = TestProjects.create(dir.resolve("codebook.newsmark"));
        doc = session.documents().add("Roads", "roads.txt", TEXT).document();
        ana = session.analyst("Ana");
        window = new WorkbenchViewModel(session, ana, new ImmediateTasks(), dialogs);
        window.openDocument(doc.id());
        vm = window.newCodebook();
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void renamingKeepsTheTagsAndTheToolbarShowsTheNewName() {
        window.tag(label("claim"), 4, 9);
        select("claim");
        vm.fields().nameProperty().set("factual claim");
        vm.fields().commitName();
        assertEquals(List.of("factual claim", "statistic", "attributed opinion", "framing"), names(window.toolbarLabels()));
        assertEquals("factual claim", window.labelOf(window.annotations().get(0)).name(), "the tag keeps its label");
        assertEquals(1, window.annotations().size());
        assertEquals("factual claim", vm.selectedProperty().get().name());
        assertTrue(vm.messageProperty().get().startsWith("Renamed to factual claim"), vm.messageProperty().get());
        assertTrue(vm.canUndoProperty().get());
    }

    @Test
    void aClashShowsTheServicesMessageAndChangesNothing() {
        select("claim");
        vm.fields().nameProperty().set("statistic");
        vm.fields().commitName();
        assertEquals("The codebook already has a label named \"statistic\".", vm.messageProperty().get());
        assertEquals("claim", vm.fields().nameProperty().get(), "the field shows the label as it is");
        vm.fields().keyProperty().set("2");
        vm.fields().commitKey();
        assertEquals("The key 2 is taken by \"statistic\"; give that label another key first.", vm.messageProperty().get());
        assertEquals("1", vm.fields().keyProperty().get());
        assertEquals(List.of("claim", "statistic", "attributed opinion", "framing"), names(session.labels()));
        assertEquals("1", label("claim").key());
        assertFalse(vm.canUndoProperty().get(), "nothing to take back");
    }

    @Test
    void movingALabelReordersTheToolbarAndUndoPutsItBack() {
        select("framing");
        vm.moveUp();
        assertEquals(List.of("claim", "statistic", "framing", "attributed opinion"), names(window.toolbarLabels()));
        assertEquals("framing", vm.selectedProperty().get().name(), "the moved label stays selected");
        vm.moveUp();
        vm.moveUp();
        vm.moveUp(); // already first: nothing
        assertEquals(List.of("framing", "claim", "statistic", "attributed opinion"), names(vm.labels()));
        vm.undo();
        assertEquals(List.of("claim", "framing", "statistic", "attributed opinion"), names(window.toolbarLabels()));
    }

    @Test
    void aRetiredLabelLeavesTheToolbarAndItsKeyButKeepsItsTags() {
        window.tag(label("framing"), 4, 9);
        select("framing");
        vm.toggleRetired();
        assertEquals(List.of("claim", "statistic", "attributed opinion"), names(window.toolbarLabels()));
        assertTrue(window.labelForKey("4").isEmpty(), "its key does nothing now");
        assertEquals("framing (retired)", CodebookViewModel.display(vm.selectedProperty().get()));
        assertEquals("framing", window.labelOf(window.annotations().get(0)).name(), "its tag is still drawn");
        assertTrue(vm.fields().retiredProperty().get());
        vm.undo();
        assertEquals("framing", window.labelForKey("4").orElseThrow().name());
        assertEquals(4, window.toolbarLabels().size());
    }

    @Test
    void mergeSaysHowManyTagsMoveAndCanBeUndone() {
        window.tag(label("claim"), 4, 9);
        window.tag(label("claim"), 15, 18);
        window.tag(label("statistic"), 15, 18);
        select("claim");
        dialogs.answer("statistic").answer(true);
        vm.mergeSelected();
        assertTrue(dialogs.questions.get(1).contains("2 tags of \"claim\""), dialogs.questions.get(1));
        assertEquals(List.of("statistic", "attributed opinion", "framing"), names(window.toolbarLabels()));
        assertEquals(2, window.annotations().size(), "one moved, one folded");
        assertTrue(window.annotations().stream().allMatch(a -> window.labelOf(a).name().equals("statistic")));
        assertTrue(vm.messageProperty().get().startsWith("claim merged into statistic: 1 tag moved, 1 folded"), vm.messageProperty().get());
        assertEquals("statistic", vm.selectedProperty().get().name());

        vm.undo();
        assertEquals(List.of("claim", "statistic", "attributed opinion", "framing"), names(window.toolbarLabels()));
        assertEquals(List.of("claim", "claim", "statistic"), window.annotations().stream().map(a -> window.labelOf(a).name()).toList());
        assertEquals("Undone: Merge claim into statistic.", vm.messageProperty().get());
    }

    @Test
    void aMergeNotConfirmedChangesNothing() {
        window.tag(label("claim"), 4, 9);
        select("claim");
        dialogs.answer("statistic").answer(false);
        vm.mergeSelected();
        assertEquals(4, window.toolbarLabels().size());
        assertEquals("claim", window.labelOf(window.annotations().get(0)).name());
        assertFalse(vm.canUndoProperty().get());
    }

    @Test
    void undoFirstTakesBackWhatIsTypedThenTheNewestChange() {
        select("claim");
        vm.fields().nameProperty().set("claims");
        vm.fields().commitName();
        vm.fields().definitionProperty().set("half typed");
        vm.undo();
        assertEquals(session.labels().get(0).definition(), vm.fields().definitionProperty().get());
        assertEquals("claims", session.labels().get(0).name(), "the saved rename is still there");
        vm.undo();
        assertEquals("claim", vm.fields().nameProperty().get());
        assertEquals("claim", session.labels().get(0).name());
    }

    @Test
    void anAddedLabelTakesTheNextFreeKeyAndAColourOfItsOwn() {
        dialogs.answer("source");
        vm.addLabel();
        Label source = window.labelForKey("5").orElseThrow();
        assertEquals("source", source.name());
        assertTrue(session.labels().stream().filter(l -> l.id() != source.id()).noneMatch(l -> l.color().equalsIgnoreCase(source.color())));
        assertEquals("source", vm.selectedProperty().get().name());
        vm.undo();
        assertEquals(4, window.toolbarLabels().size());
    }

    @Test
    void theDefinitionRulesAndExamplesAreSavedTogether() {
        select("statistic");
        vm.fields().rulesProperty().set("Include: ranges. Exclude: dates.");
        vm.fields().examplesProperty().set("40%\nhalf of all roads");
        vm.fields().commitTexts();
        Label s = window.toolbarLabels().get(1);
        assertEquals("Include: ranges. Exclude: dates.", s.rules());
        assertTrue(s.description().endsWith("Examples: 40%\nhalf of all roads"), s.description());
    }

    @Test
    void attributesAreAddedRenamedMadeRequiredAndAChoiceInUseStays() {
        select("claim");
        AttributesViewModel attrs = vm.attributes();
        assertEquals(List.of("check-worthy"), attrs.list().stream().map(org.newsmark.domain.Attribute::name).toList());
        dialogs.answer("verdict").answer("choice").answer("true\nfalse\n\nunproven\n");
        attrs.add();
        org.newsmark.domain.Attribute verdict = attrs.selectedProperty().get();
        assertEquals("verdict", verdict.name());
        assertEquals(List.of("true", "false", "unproven"), verdict.choices(), "one a line, blank lines dropped");
        attrs.toggleRequired();
        assertTrue(attrs.selectedProperty().get().required());
        dialogs.answer("ruling");
        attrs.rename();
        assertEquals("ruling", session.codebook().codebook().attribute(verdict.id()).orElseThrow().name());

        var tag = window.tag(label("claim"), 4, 9).orElseThrow();
        session.annotations().setAttributes(tag, org.newsmark.domain.AttributeValues.of(java.util.Map.of(verdict.id(), List.of("unproven"))));
        dialogs.answer("true\nfalse");
        attrs.editChoices();
        assertEquals("The choice \"unproven\" of \"ruling\" is in use and cannot be removed.", vm.messageProperty().get());
        assertEquals(List.of("true", "false", "unproven"), session.codebook().codebook().attribute(verdict.id()).orElseThrow().choices());
    }

    private void select(String name) {
        vm.select(vm.labels().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow());
    }

    private Label label(String name) {
        return session.labels().stream().filter(l -> l.name().equals(name)).findFirst().orElse(null);
    }

    private static List<String> names(List<Label> labels) {
        return labels.stream().map(Label::name).toList();
    }
}
