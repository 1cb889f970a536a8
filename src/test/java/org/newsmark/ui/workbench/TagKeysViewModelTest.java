package org.newsmark.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Document;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.common.ImmediateTasks;
import org.newsmark.ui.common.ScriptedDialogs;

/** The keys that select tags (Enter, Alt+Down, Alt+Up) and the note they lead to, without a screen. */
class TagKeysViewModelTest {

    static final String TEXT = "Officials said unemployment fell to 4.2 percent in March.\n\nCritics called the figure a mirage.";

    @TempDir
    Path dir;
    ProjectSession session;
    ScriptedDialogs dialogs;
    WorkbenchViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        session = TestProjects.create(dir.resolve("keys.newsmark"));
        Document d = session.documents().add("Officials said", "o.txt", TEXT).document();
        var ina = session.analyst("Ina");
        session.annotations().tag(d, ina, session.labels().get(0), new Span(0, 57));   // claim: the first sentence
        session.annotations().tag(d, ina, session.labels().get(1), new Span(36, 47));  // statistic: "4.2 percent"
        session.annotations().tag(d, ina, session.labels().get(3), new Span(59, 66));  // framing: "Critics"
        dialogs = new ScriptedDialogs();
        vm = new WorkbenchViewModel(session, ina, new ImmediateTasks(), dialogs);
        vm.openDocument(d.id());
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private Span selected() {
        return vm.selectedProperty().get() == null ? null : vm.selectedProperty().get().span();
    }

    @Test
    void nextAndPreviousWalkEveryTagInTextOrderNestedOnesTooAndGoRound() {
        vm.selectNextTag(0);
        assertEquals(new Span(0, 57), selected());
        vm.selectNextTag(0);
        assertEquals(new Span(36, 47), selected(), "the tag inside comes next");
        vm.selectNextTag(0);
        assertEquals(new Span(59, 66), selected());
        vm.selectNextTag(0);
        assertEquals(new Span(0, 57), selected(), "past the last: the first");
        vm.selectPreviousTag(0);
        assertEquals(new Span(59, 66), selected(), "before the first: the last");
        vm.selectPreviousTag(0);
        assertEquals(new Span(36, 47), selected());
    }

    @Test
    void withNoTagSelectedTheCaretSaysWhereToStart() {
        vm.selectNextTag(50);
        assertEquals(new Span(59, 66), selected(), "the first tag starting after the caret");
        vm.selectedProperty().set(null);
        vm.selectPreviousTag(50);
        assertEquals(new Span(36, 47), selected(), "the last tag starting before the caret");
        vm.selectedProperty().set(null);
        vm.selectNextTag(80);
        assertEquals(new Span(0, 57), selected(), "after the last tag: round to the first");
    }

    @Test
    void enterSelectsTheInnermostTagAtTheCaretThenTheOnesAroundIt() {
        vm.selectTagAt(38);
        assertEquals(new Span(36, 47), selected());
        vm.selectTagAt(38);
        assertEquals(new Span(0, 57), selected());
        vm.selectTagAt(38);
        assertEquals(new Span(36, 47), selected(), "round again");

        vm.selectTagAt(57); // just after "March.": the character before the caret is tagged
        assertEquals(new Span(0, 57), selected());
        vm.selectTagAt(58); // the blank line
        assertNull(selected());
        assertTrue(vm.messageProperty().get().contains("No tag"), vm.messageProperty().get());
    }

    @Test
    void inAnArticleWithoutTagsTheStepKeysSaySo() {
        Document empty = session.documents().add("Empty", "e.txt", "Nothing tagged here.").document();
        vm.openDocument(empty.id());
        vm.selectNextTag(0);
        assertNull(selected());
        assertTrue(vm.messageProperty().get().contains("No tags"), vm.messageProperty().get());
    }

    @Test
    void theTooltipNamesEveryTagOverTheCharacterInnermostFirstWithItsNote() {
        var claim = vm.annotations().get(0);
        var statistic = vm.annotations().get(1);
        vm.setNote(statistic, "check against\nthe ministry figure");
        statistic = vm.annotations().get(1);
        assertEquals("statistic: \u201c4.2 percent\u201d\n    note: check against / the ministry figure\n"
                        + "claim: \u201cOfficials said unemployment fell to 4.2 percent in March.\u201d",
                vm.describeTags(java.util.List.of(claim, statistic)));
    }

    @Test
    void f2AsksForTheSelectedTagsNoteAndSavesTheAnswer() {
        vm.selectTagAt(38);
        dialogs.answer("check against the ministry figure");
        vm.editSelectedNote();
        assertEquals("statistic: 4.2 percent", dialogs.questions.get(0));
        assertEquals("check against the ministry figure", vm.selectedProperty().get().note());
        dialogs.answer(null);
        vm.editSelectedNote();
        assertEquals("check against the ministry figure", vm.selectedProperty().get().note(), "cancel keeps the note");
    }
}
