package org.newsmark.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.attributes.NewTagValuesViewModel;
import org.newsmark.ui.common.ImmediateTasks;
import org.newsmark.ui.common.ScriptedDialogs;

/** The Corpus Search window without a screen: hits grouped by article, opening a hit, Tag all… with values and preview, cancel, read-only. */
class CorpusSearchViewModelTest {

    @TempDir
    Path dir;
    ProjectSession session;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    ImmediateTasks tasks = new ImmediateTasks();
    List<CorpusSearchViewModel.Jump> opened = new ArrayList<>();
    Document one;
    Document two;
    Analyst ana;
    CorpusSearchViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        session = TestProjects.create(dir.resolve("p.newsmark"));
        one = session.documents().add("One", "one.txt", "The bridge closes. A new bridge opens.").document();
        two = session.documents().add("Two", "two.txt", "😀 Bridge tolls rise.").document();
        session.documents().add("Three", "three.txt", "Nothing about it.");
        ana = session.analyst("Ana");
        vm = vm(session, false);
    }

    private CorpusSearchViewModel vm(ProjectSession s, boolean readOnly) {
        return new CorpusSearchViewModel(s.corpusSearch(), s.corpusTagAll(), s::labels, () -> ana, tasks, dialogs, opened::add, readOnly,
                new NewTagValuesViewModel(s.codebook(), s.sources(), dialogs));
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void hitsAreGroupedByArticleAndOpenAtTheHit() {
        vm.rankedProperty().set(false);
        vm.queryProperty().set("bridge");
        vm.search();
        assertEquals(List.of("One 2", "One [4,10)", "One [25,31)", "Two 1", "Two [3,9)"), vm.rows().stream()
                .map(r -> r.title() + " " + (r.isHeading() ? String.valueOf(r.count()) : r.span().toString())).toList());
        assertEquals("3 hits in 2 articles.", vm.summaryProperty().get());
        assertTrue(vm.canTagAllProperty().get());
        vm.open(vm.rows().get(4));
        assertEquals(new CorpusSearchViewModel.Jump(two.id(), new Span(3, 9)), opened.get(0), "UTF-16 span after the emoji");
        vm.open(vm.rows().get(0));
        assertEquals(new CorpusSearchViewModel.Jump(one.id(), new Span(4, 10)), opened.get(1), "a heading opens at its first hit");
        vm.queryProperty().set("harbour");
        vm.search();
        assertEquals(List.of(), vm.rows());
        assertEquals("No article holds \u201Charbour\u201D.", vm.summaryProperty().get());
        assertFalse(vm.canTagAllProperty().get());
    }

    @Test
    void tagAllPreviewsAndWritesAfterConfirmation() {
        vm.queryProperty().set("bridge");
        vm.search();
        dialogs.answer("claim").answer(Boolean.FALSE);
        vm.tagAll();
        assertTrue(dialogs.questions.get(1).contains("3 new tags in 2 articles; 0 hits are tagged claim already."), dialogs.questions.toString());
        assertEquals(0, session.annotations().annotations(one.id(), ana.id()).size(), "declined: nothing written");
        dialogs.answer("claim").answer(Boolean.TRUE);
        vm.tagAll();
        assertEquals(2, session.annotations().annotations(one.id(), ana.id()).size());
        assertEquals(1, session.annotations().annotations(two.id(), ana.id()).size());
        assertEquals("Tagged 3 hits as claim.", vm.summaryProperty().get());
        dialogs.answer("claim");
        vm.tagAll();
        assertEquals("Nothing to tag: 0 new tags in 0 articles; 3 hits are tagged claim already.", dialogs.infos.get(0));
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void tagAllAsksTheLabelsValuesAndWritesThemOnEveryNewTag() {
        Label statistic = session.labels().get(1);
        List<Attribute> declared = session.codebook().codebook().attributesOf(statistic.id());
        Attribute value = declared.get(0);
        Attribute unit = declared.get(1);
        vm.values().askWith((title, form) -> {
            assertEquals(List.of("value", "unit", "source"), form.fields().stream().map(Attribute::name).toList());
            assertTrue(form.commit(value, List.of("+1 200")));
            assertTrue(form.commit(unit, List.of("  vehicles a day ")));
            return true;
        });
        vm.queryProperty().set("bridge");
        vm.search();
        dialogs.answer("statistic").answer(Boolean.TRUE);
        vm.tagAll();
        String preview = dialogs.questions.get(1);
        assertTrue(preview.startsWith("Tag all hits of \u201Cbridge\u201D as statistic with value = 1200, unit = vehicles a day?"
                + " 3 new tags with value = 1200, unit = vehicles a day in 2 articles; 0 hits are tagged statistic already."), preview);
        AttributeValues expected = AttributeValues.EMPTY.with(value.id(), List.of("1200")).with(unit.id(), List.of("vehicles a day"));
        List<Annotation> written = new ArrayList<>(session.annotations().annotations(one.id(), ana.id()));
        written.addAll(session.annotations().annotations(two.id(), ana.id()));
        assertEquals(List.of(expected, expected, expected), written.stream().map(Annotation::attributes).toList());
        assertEquals("Tagged 3 hits as statistic with value = 1200, unit = vehicles a day.", vm.summaryProperty().get());
        session.annotations().undo(one.id(), ana.id());
        session.annotations().undo(two.id(), ana.id());
        assertEquals(0, session.annotations().annotations(one.id(), ana.id()).size() + session.annotations().annotations(two.id(), ana.id()).size(),
                "an undo in each article takes its tags back");

        vm.values().askWith((title, form) -> false);
        int asked = dialogs.questions.size();
        dialogs.answer("statistic");
        vm.tagAll();
        assertEquals(asked + 1, dialogs.questions.size(), "cancelled at the values: the label asked, no preview");
        assertEquals(0, session.annotations().annotations(one.id(), ana.id()).size());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void onlyTheArticlesListedAreSearchedAndTaggedWhenSoChosen() {
        vm.setListed(() -> List.of(two.id())); // the article table's filter shows only "Two"
        vm.onlyListedProperty().set(true);
        vm.queryProperty().set("bridge");
        vm.search();
        assertEquals("1 hit in 1 article.", vm.summaryProperty().get(), "One is not listed: its two hits are not searched");
        dialogs.answer("claim").answer(Boolean.TRUE);
        vm.tagAll();
        assertTrue(dialogs.questions.get(0).contains("in the article the list shows"), dialogs.questions.toString());
        assertEquals(0, session.annotations().annotations(one.id(), ana.id()).size(), "an article not listed is not tagged");
        assertEquals(1, session.annotations().annotations(two.id(), ana.id()).size());
        vm.onlyListedProperty().set(false);
        vm.search();
        assertEquals("3 hits in 2 articles.", vm.summaryProperty().get(), "every article again");
    }

    @Test
    void aQueryWithPatternOrQuerySyntaxIsAPhraseNeverAnError() {
        for (String q : List.of("(bridge", "bridge*", "\"bridge", "[bridge", "bridge\\")) {
            vm.queryProperty().set(q);
            vm.search();
            assertEquals("3 hits in 2 articles.", vm.summaryProperty().get(), q);
        }
        assertEquals(List.of(), dialogs.errors, "corpus search has no regular expressions and no FTS5 syntax: nothing fails to compile");
    }

    @Test
    void aCancelledRunWritesNothingAndReadOnlyOffersNoTagAll() throws Exception {
        vm.queryProperty().set("bridge");
        vm.search();
        tasks.cancelAll();
        dialogs.answer("claim");
        vm.tagAll();
        assertEquals("Cancelled: nothing was written.", vm.summaryProperty().get());
        assertEquals(0, session.annotations().annotations(one.id(), ana.id()).size());
        session.close();
        session = TestProjects.openReadOnly(dir.resolve("p.newsmark"));
        tasks = new ImmediateTasks();
        CorpusSearchViewModel ro = vm(session, true);
        ro.queryProperty().set("tolls");
        ro.search();
        assertEquals(2, ro.rows().size(), "a read-only project searches");
        assertFalse(ro.canTagAllProperty().get());
    }
}
