package org.newsmark.ui.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.newsmark.ui.common.ImmediateTasks;
import org.newsmark.ui.common.ScriptedDialogs;
import org.newsmark.ui.workbench.WorkbenchViewModel;

/**
 * Find in the article and Tag All… without a screen: queries and options, next and previous
 * wrapping from the caret, the count, a regular expression that does not compile, the preview
 * of tag all (new and already tagged), the values it gives the new tags, its one-step undo, a
 * read-only layer refused.
 */
class FindViewModelTest {

    //                          0         1         2         3         4         5         6         7
    //                          01234567890123456789012345678901234567890123456789012345678901234567890123
    static final String TEXT = "The Mayor said roads are safe. The mayor's roads? A mayoral road plan.";

    @TempDir
    Path dir;
    ProjectSession session;
    ScriptedDialogs dialogs;
    ImmediateTasks tasks;
    WorkbenchViewModel vm;
    FindViewModel find;
    Document doc;
    Analyst ana;
    Label claim;

    @BeforeEach
    void setUp() throws Exception {
        session = TestProjects.create(dir.resolve("p.newsmark"));
        doc = session.documents().add("Roads", "roads.txt", TEXT).document();
        ana = session.analyst("Ana");
        claim = session.labels().get(0);
        dialogs = new ScriptedDialogs();
        tasks = new ImmediateTasks();
        vm = new WorkbenchViewModel(session, ana, tasks, dialogs);
        vm.openDocument(doc.id());
        find = vm.find();
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private List<String> hitTexts() {
        return find.hits().stream().map(s -> s.textOf(TEXT)).toList();
    }

    @Test
    void plainIgnoresCaseAndTheOptionsNarrowIt() {
        find.open("", 0);
        find.queryProperty().set("mayor");
        assertEquals(List.of("Mayor", "mayor", "mayor"), hitTexts());
        assertEquals("1 of 3", find.countProperty().get());
        find.matchCaseProperty().set(true);
        assertEquals(List.of(new Span(35, 40), new Span(52, 57)), find.hits());
        find.wholeWordProperty().set(true);
        assertEquals(List.of(new Span(35, 40)), find.hits());
        find.queryProperty().set("nowhere");
        assertEquals("No matches", find.countProperty().get());
        assertNull(find.currentProperty().get());
        find.queryProperty().set("");
        assertEquals("", find.countProperty().get());
    }

    @Test
    void openingTakesTheSelectionAndCountsFromIt() {
        find.regexProperty().set(true);
        find.open("roads", 43);
        assertEquals("roads", find.queryProperty().get());
        assertFalse(find.regexProperty().get(), "a selected text is meant literally");
        assertTrue(find.openProperty().get());
        assertEquals(new Span(43, 48), find.currentProperty().get());
        assertEquals("2 of 2", find.countProperty().get());
        // a selection over a line end is not a query
        find.open("a\nb", 0);
        assertEquals("roads", find.queryProperty().get());
    }

    @Test
    void nextAndPreviousWrapFromTheCaret() {
        find.open("", 0);
        find.queryProperty().set("road");
        assertEquals(List.of(new Span(15, 19), new Span(43, 47), new Span(60, 64)), find.hits());
        find.next(19); // caret at the end of the first hit
        assertEquals(new Span(43, 47), find.currentProperty().get());
        assertEquals("2 of 3", find.countProperty().get());
        find.next(47);
        find.next(64);
        assertEquals(new Span(15, 19), find.currentProperty().get(), "after the last: the first");
        find.previous(15);
        assertEquals(new Span(60, 64), find.currentProperty().get(), "before the first: the last");
        find.previous(60);
        assertEquals(new Span(43, 47), find.currentProperty().get());
        find.next(50); // the caret moved on in the article
        assertEquals(new Span(60, 64), find.currentProperty().get());
        assertEquals(List.of(new Span(43, 47)), find.hitsBetween(20, 60));
    }

    @Test
    void reopeningCountsFromTheCaretAndKeepsTheQuery() {
        find.open("", 0);
        find.queryProperty().set("road");
        find.next(50);
        assertEquals(new Span(60, 64), find.currentProperty().get());
        assertEquals(new Span(60, 64), find.close());
        assertFalse(find.openProperty().get());
        find.reopen(20); // F3 after the analyst moved the caret
        assertTrue(find.openProperty().get());
        assertEquals(new Span(43, 47), find.currentProperty().get());
        assertEquals("2 of 3", find.countProperty().get());
    }

    @Test
    void typingKeepsTheCurrentHitNearTheCaret() {
        find.open("", 40);
        find.queryProperty().set("r");
        assertTrue(find.currentProperty().get().begin() >= 40);
        find.queryProperty().set("ro");
        assertEquals(new Span(43, 45), find.currentProperty().get());
    }

    @Test
    void aRegularExpressionThatDoesNotCompileSaysWhere() {
        find.open("", 0);
        find.regexProperty().set(true);
        find.queryProperty().set("(ma");
        assertEquals("Unclosed group at the end", find.problemProperty().get(), "said beside the field that shows the pattern");
        assertTrue(find.hits().isEmpty());
        find.queryProperty().set("ma*+?yor");
        assertEquals("Dangling meta character '?' at position 5", find.problemProperty().get(), "the character, counted from 1");
        find.queryProperty().set("(ma)yor\\b");
        assertEquals("", find.problemProperty().get());
        assertEquals(List.of("Mayor", "mayor"), hitTexts());
    }

    @Test
    void anotherArticleIsSearchedAgain() throws Exception {
        find.open("", 0);
        find.queryProperty().set("road");
        Document other = session.documents().add("Other", "other.txt", "No r-o-a-d here, one road.").document();
        vm.openDocument(other.id());
        assertEquals(List.of(new Span(21, 25)), find.hits());
    }

    @Test
    void aSlowSearchGoesThroughTheTaskRunner() {
        String big = "a".repeat(30) + "!"; // (.*a){12}b backtracks for ages on it
        Document slow = session.documents().add("Slow", "slow.txt", big + " " + big).document();
        vm.openDocument(slow.id());
        find.open("", 0);
        find.regexProperty().set(true);
        tasks.cancelAll(); // the background run is cancelled at once: the bar says so
        find.queryProperty().set("(.*a){12}b");
        assertEquals(List.of("Searching the article"), tasks.titles());
        assertEquals("The search was stopped.", find.problemProperty().get());
    }

    @Test
    void tagAllPreviewsNewAndAlreadyTaggedAndUndoesInOneStep() {
        vm.tag(claim, 43, 48); // "roads" in "The mayor's roads?"
        find.open("", 0);
        find.queryProperty().set("roads");
        dialogs.answer(claim.name()).answer(Boolean.TRUE);
        List<Annotation> made = vm.tagAll().tagAll();
        assertEquals(1, made.size());
        assertEquals(new Span(15, 20), made.get(0).span());
        String preview = dialogs.questions.get(1);
        assertTrue(preview.contains("Tag 1 match of \u201Croads\u201D as " + claim.name() + "?"), preview);
        assertTrue(preview.contains("1 new " + claim.name() + " tag; 1 match is tagged " + claim.name() + " already and stays as it is."),
                preview);
        assertEquals(2, vm.annotations().size());
        vm.undo();
        assertEquals(List.of(new Span(43, 48)), vm.annotations().stream().map(Annotation::span).toList(),
                "one undo takes back every tag the step made, and only those");
    }

    @Test
    void tagAllGivesEveryNewTagTheValuesSetAndLeavesATaggedMatchAlone() {
        Attribute checkWorthy = session.codebook().codebook().attributesOf(claim.id()).get(0);
        Annotation byHand = vm.tag(claim, 43, 48).orElseThrow(); // "roads" in "The mayor's roads?", check-worthy = no
        session.annotations().setAttributes(byHand, AttributeValues.EMPTY.with(checkWorthy.id(), List.of("no")));
        List<String> asked = new ArrayList<>();
        vm.tagAll().values().askWith((title, form) -> {
            asked.add(form.headingProperty().get() + ": " + form.fields().stream().map(Attribute::name).toList());
            assertFalse(form.commit(checkWorthy, List.of("maybe")), "checked as the Tags panel checks it");
            assertTrue(form.problemProperty().get().contains("is not yes or no"), form.problemProperty().get());
            assertTrue(form.commit(checkWorthy, List.of("TRUE")));
            return true;
        });
        find.open("", 0);
        find.queryProperty().set("roads");
        dialogs.answer(claim.name()).answer(Boolean.TRUE);
        List<Annotation> made = vm.tagAll().tagAll();

        assertEquals(List.of("Values for every new claim tag: [check-worthy]"), asked, "asked once the label is chosen");
        String preview = dialogs.questions.get(1);
        assertTrue(preview.startsWith("Tag 1 match of \u201Croads\u201D as claim with check-worthy = yes? 1 new claim tag with"
                + " check-worthy = yes; 1 match is tagged claim already, whatever its values, and stays as it is."), preview);
        assertEquals(1, made.size());
        AttributeValues yes = AttributeValues.EMPTY.with(checkWorthy.id(), List.of("yes"));
        assertEquals(yes, made.get(0).attributes(), "stored normalised, as the panel stores it");
        assertEquals(List.of(yes, AttributeValues.EMPTY.with(checkWorthy.id(), List.of("no"))),
                session.annotations().annotations(doc.id(), ana.id()).stream().sorted(java.util.Comparator.comparing(Annotation::span))
                        .map(Annotation::attributes).toList(), "the tag there already keeps its own value");
        assertTrue(vm.messageProperty().get().startsWith("Tagged 1 match as claim with check-worthy = yes"), vm.messageProperty().get());
        vm.undo();
        assertEquals(List.of(new Span(43, 48)), vm.annotations().stream().map(Annotation::span).toList());
    }

    @Test
    void tagAllCancelledAtTheValuesMakesNothingAndAsksNoPreview() {
        vm.tagAll().values().askWith((title, form) -> false);
        find.open("", 0);
        find.queryProperty().set("road");
        dialogs.answer(claim.name()).answer(Boolean.TRUE);
        assertTrue(vm.tagAll().tagAll().isEmpty());
        assertEquals(1, dialogs.questions.size(), "only the label was asked");
        assertTrue(vm.annotations().isEmpty());
    }

    @Test
    void tagAllMakesOneTagPerHitAsOneStep() {
        find.open("", 0);
        find.queryProperty().set("road");
        dialogs.answer(claim.name()).answer(Boolean.TRUE);
        assertEquals(3, vm.tagAll().tagAll().size());
        assertEquals(3, vm.annotations().size());
        assertTrue(vm.messageProperty().get().startsWith("Tagged 3 matches as " + claim.name()), vm.messageProperty().get());
        vm.undo();
        assertTrue(vm.annotations().isEmpty());
        vm.redo();
        assertEquals(3, vm.annotations().size());
        // all tagged already: nothing asked to confirm, nothing made
        dialogs.answer(claim.name());
        assertTrue(vm.tagAll().tagAll().isEmpty());
        assertTrue(dialogs.infos.get(0).contains("tagged " + claim.name() + " already (3 matches)"), dialogs.infos.toString());
    }

    @Test
    void tagAllCancelledAtThePreviewMakesNothing() {
        find.open("", 0);
        find.queryProperty().set("road");
        dialogs.answer(claim.name()).answer(Boolean.FALSE);
        assertTrue(vm.tagAll().tagAll().isEmpty());
        assertTrue(vm.annotations().isEmpty());
    }

    @Test
    void tagAllOnAnotherAnalystsLayerIsRefused() throws Exception {
        Analyst bo = session.analyst("Bo");
        session.annotations().tag(doc, bo, claim, new Span(0, 3));
        vm.showLayerOf(bo);
        find.open("", 0);
        find.queryProperty().set("road");
        assertTrue(vm.tagAll().tagAll().isEmpty());
        assertTrue(dialogs.questions.isEmpty(), "no label is asked for");
        assertTrue(vm.messageProperty().get().contains("Bo's tags, read-only"), vm.messageProperty().get());
        assertEquals(1, session.annotations().annotations(doc.id(), bo.id()).size());
    }
}
