package org.newsmark.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.service.AttributeFixture;
import org.newsmark.ui.common.ImmediateTasks;
import org.newsmark.ui.common.SaveStatusViewModel;
import org.newsmark.ui.common.ScriptedDialogs;

/** The Agreement tab's second table, "Attributes and article codes": its rows and what Ctrl+C copies. */
class AttributeRowsViewModelTest {

    @TempDir
    Path dir;
    AttributeFixture f;
    ComparisonViewModel vm;
    ScriptedDialogs dialogs;

    @BeforeEach
    void setUp() throws Exception {
        f = new AttributeFixture(dir.resolve("rows.newsmark"));
        dialogs = new ScriptedDialogs();
        vm = new ComparisonViewModel(f.session, new ImmediateTasks(), dialogs, new SaveStatusViewModel(dialogs, null));
    }

    @AfterEach
    void tearDown() {
        vm.close();
        f.session.close();
    }

    @Test
    void allDocumentsGiveOneRowPerAttributeThenPerArticleCode() {
        assertEquals(ComparisonViewModel.ALL, vm.scopeProperty().get());
        List<String> lines = vm.attributeTsv().lines().toList();
        assertEquals("Scope\tKind\tName\tUnits\tAgree\tα", lines.get(0));
        assertEquals(List.of(
                "all docs\tattribute\tcheck-worthy\t2\t0.500\t0.000",
                "all docs\tattribute\tframe\t5\t0.600\t0.533",
                "all docs\tattribute\tsource\t0\tn/a\tn/a",
                "all docs\tattribute\tspeaker\t0\tn/a\tn/a",
                "all docs\tattribute\tspeaker type\t0\tn/a\tn/a",
                "all docs\tattribute\tunit\t0\tn/a\tn/a",
                "all docs\tattribute\tvalue\t0\tn/a\tn/a",
                "all docs\tarticle code\tprimary frame\t1\t0.000\t0.000",
                "all docs\tarticle code\ttone\t3\t0.667\t0.545"), lines.subList(1, lines.size()));
        assertEquals(9, vm.attributeRows().size());
        AttributeTable.Row frame = vm.attributeRows().get(1);
        assertEquals(8.0 / 15, frame.result().alpha(), 1e-9);
    }

    @Test
    void oneDocumentComesFirstThenAllDocuments() {
        vm.scopeProperty().set(vm.documentChoices().stream().filter(c -> c.id() != null && c.id() == f.doc.id()).findFirst().orElseThrow());
        List<AttributeTable.Row> rows = vm.attributeRows();
        assertEquals(18, rows.size(), "9 rows for the document, then 9 for all documents");
        AttributeTable.Row tone = rows.get(8);
        assertEquals(List.of("this doc", "article code", "tone"), List.of(tone.scope(), tone.kind(), tone.name()));
        assertEquals(1, tone.result().units(), "only this article");
        assertEquals("this doc\tarticle code\ttone\t1\t1.000\tn/a", vm.attributeTsv().lines().toList().get(9));
        assertEquals(3, rows.get(17).result().units(), "all documents: every article both coded");
        assertTrue(rows.get(17).scope().equals("all docs"));
    }

    @Test
    void noAnalystsNoRows() {
        vm.analystBProperty().set(null);
        assertTrue(vm.attributeRows().isEmpty());
        assertEquals(1, vm.attributeTsv().lines().count(), "the header only");
    }

    private static String row(ValueConflictsViewModel.ValueDifference x) {
        return x.attribute().name() + " " + x.match().a().span() + " A" + x.a() + " B" + x.b() + " C" + x.consensus();
    }

    /** The "Attribute values" tab: the matches whose values differ; A's value, B's value or a typed one into consensus; Ctrl+Z. */
    @Test
    void attributeDifferencesAreSettledIntoConsensus() {
        assertEquals(List.of("frame [15,19) A[Economic] B[Morality] C[]", "frame [20,24) A[Political] B[] C[]",
                "check-worthy [40,44) A[yes] B[no] C[]"), vm.valueConflicts().stream().map(AttributeRowsViewModelTest::row).toList());
        vm.takeValueA();
        assertEquals("Select an attribute difference first.", vm.messageProperty().get());

        vm.acceptAllMatches();
        vm.selectedConflictProperty().set(vm.valueConflicts().get(0));
        vm.takeValueB();
        assertEquals("frame [15,19) A[Economic] B[Morality] C[Morality]", row(vm.valueConflicts().get(0)));
        assertEquals("frame [15,19) A[Economic] B[Morality] C[Morality]", row(vm.selectedConflictProperty().get()),
                "the same difference stays selected");
        assertTrue(vm.messageProperty().get().startsWith("frame of consensus's tag set to Morality."), vm.messageProperty().get());

        vm.selectedConflictProperty().set(vm.valueConflicts().get(2));
        dialogs.answer("No");
        vm.typeValue();
        assertEquals("check-worthy [40,44) A[yes] B[no] C[no]", row(vm.valueConflicts().get(2)), "typed, normalised");

        vm.undo();
        assertEquals("check-worthy [40,44) A[yes] B[no] C[]", row(vm.valueConflicts().get(2)), "Ctrl+Z takes the typed value back");
        assertEquals("frame [15,19) A[Economic] B[Morality] C[Morality]", row(vm.valueConflicts().get(0)), "and only that");
    }
}
