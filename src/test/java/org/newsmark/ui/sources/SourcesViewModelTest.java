package org.newsmark.ui.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Document;
import org.newsmark.domain.Source;
import org.newsmark.domain.SourceKind;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.common.ImmediateTasks;
import org.newsmark.ui.common.ScriptedDialogs;

/** The Sources view without a screen: the table and detail, edits, a confirmed merge, the export and opening a quote. */
class SourcesViewModelTest {

    static final String TEXT = "Merkel said the plan works. The ministry said costs rose. Merkel added that talks go on.";

    @TempDir
    Path dir;
    ProjectSession session;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    List<SourcesViewModel.Quote> opened = new ArrayList<>();
    SourcesViewModel vm;
    Source merkel;
    Source typo;
    Annotation second;

    @BeforeEach
    void setUp() throws Exception {
        session = TestProjects.create(dir.resolve("p.newsmark"));
        Document d = session.documents().add("One", "one.txt", TEXT).document();
        session.sources().setOutlet(d.id(), "Daily Planet");
        Analyst ana = session.analyst("Ana");
        merkel = session.sources().create("Angela Merkel", SourceKind.NAMED_PERSON, "", "");
        typo = session.sources().create("Angela Merkl", SourceKind.NAMED_PERSON, "", "");
        quote(d, ana, 0, 26, merkel);
        second = quote(d, ana, 58, 87, typo);
        vm = new SourcesViewModel(session.sources(), new ImmediateTasks(), dialogs, opened::add, dir, false);
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private Annotation quote(Document d, Analyst who, int begin, int end, Source source) {
        var label = session.codebook().codebook().label("attributed opinion").orElseThrow();
        long speaker = session.codebook().codebook().attributes().stream().filter(a -> a.name().equals("speaker")).findFirst().orElseThrow().id();
        Annotation tag = session.annotations().tag(d, who, label, new Span(begin, end));
        return session.annotations().setAttributes(tag, AttributeValues.EMPTY.with(speaker, List.of(source.valueId())));
    }

    @Test
    void theTableListsEverySourceAndTheDetailCountsTheSelectedOne() {
        assertEquals(List.of("Angela Merkel", "Angela Merkl"), vm.entries().stream().map(e -> e.source().name()).toList());
        assertEquals("2 sources", vm.messageProperty().get());
        vm.selectedProperty().set(vm.entries().get(1));
        assertEquals(List.of(new SourcesViewModel.Count("article", "One", 1), new SourcesViewModel.Count("outlet", "Daily Planet", 1),
                new SourcesViewModel.Count("label", "attributed opinion", 1)), vm.counts());
        assertEquals(List.of("Merkel added that talks go on"), vm.quotes().stream().map(SourcesViewModel.Quote::text).toList());
        vm.open(vm.quotes().get(0));
        assertEquals(second.id(), opened.get(0).tagId(), "the main window is asked to open the quote's tag");
    }

    @Test
    void renameAndKindAreSavedAndATwinNameIsRefusedWithAMessage() {
        vm.selectedProperty().set(vm.entries().get(1));
        dialogs.answer("Angela Merkel, Dr.");
        vm.rename();
        assertEquals("Angela Merkel, Dr.", session.sources().find(typo.id()).orElseThrow().name());
        assertEquals(typo.id(), vm.selectedProperty().get().source().id(), "still selected after the table is read again");
        dialogs.answer("official body");
        vm.changeKind();
        assertEquals(SourceKind.OFFICIAL_BODY, session.sources().find(typo.id()).orElseThrow().kind());
        dialogs.answer("mayor").answer("City");
        vm.editRoleAndAffiliation();
        assertEquals("City", session.sources().find(typo.id()).orElseThrow().affiliation());
        dialogs.answer("named person");
        vm.changeKind();
        dialogs.answer("ANGELA MERKEL");
        vm.rename();
        assertEquals(1, dialogs.errors.size(), "the same name and kind as another source is a merge: refused");
        assertEquals("Angela Merkel, Dr.", session.sources().find(typo.id()).orElseThrow().name());
    }

    @Test
    void aMergeAsksWhichIsKeptThenConfirmsAndMovesTheQuotes() {
        vm.merge(List.of(vm.entries().get(0)));
        assertEquals("Select two sources to merge (Ctrl+click the second).", vm.messageProperty().get());
        dialogs.answer("Angela Merkel (named person)").answer(Boolean.FALSE);
        vm.merge(List.copyOf(vm.entries()));
        assertEquals(2, session.sources().all().size(), "not confirmed: nothing merged");
        dialogs.answer("Angela Merkel (named person)").answer(Boolean.TRUE);
        vm.merge(List.copyOf(vm.entries()));
        assertTrue(dialogs.questions.get(dialogs.questions.size() - 1).contains("1 quotes will point to \"Angela Merkel\""),
                dialogs.questions.toString());
        assertEquals(List.of(merkel), session.sources().all());
        assertEquals(2, vm.selectedProperty().get().quotes());
        assertEquals("\"Angela Merkl\" merged into \"Angela Merkel\" (1 quotes moved)", vm.messageProperty().get());
    }

    @Test
    void exportWritesTheTableWhereTheUserChose() throws Exception {
        Path out = dir.resolve("chosen.csv");
        dialogs.answer(out);
        vm.export();
        assertEquals("source_id,name,kind,role,affiliation,quotes,articles,outlets", Files.readAllLines(out).get(0));
        assertEquals(3, Files.readAllLines(out).size());
        assertEquals("2 sources exported to " + out, vm.messageProperty().get());
    }

    @Test
    void aReadOnlyProjectRefusesEdits() {
        SourcesViewModel reader = new SourcesViewModel(session.sources(), new ImmediateTasks(), dialogs, opened::add, dir, true);
        reader.selectedProperty().set(reader.entries().get(0));
        reader.rename();
        assertEquals("The project is open read-only.", reader.messageProperty().get());
        assertEquals(List.of(), dialogs.questions);
    }
}
