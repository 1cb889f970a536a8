package org.newsmark.ui.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;
import org.newsmark.domain.TaskControl;
import org.newsmark.domain.suggest.Suggester;
import org.newsmark.domain.suggest.Suggestion;
import org.newsmark.domain.suggest.SuggestionKind;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.SuggestionService;
import org.newsmark.service.TestProjects;
import org.newsmark.service.TestSuggestions;
import org.newsmark.ui.common.ImmediateTasks;
import org.newsmark.ui.common.SaveStatusViewModel;
import org.newsmark.ui.common.ScriptedDialogs;
import org.newsmark.ui.workbench.WorkbenchViewModel;

/**
 * Issue 20.2 without a screen: suggestions hidden until asked for, found in the background,
 * stepped through in text order (round), accepted with the kind's label or another one (and then
 * gone), rejected for good (across a new view-model on the same project) and brought back by the
 * undo right after, all of a kind accepted after asking as one undo step, nothing written in a
 * read-only layer.
 */
class SuggestionsViewModelTest {

    //                   0         1         2         3         4         5         6         7         8         9
    //                   0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890
    static final String TEXT = "Unemployment fell to 4.2% in May. \u201cThe plan is working,\u201d said Maria Keller."
            + " Prices rose 3% and wages 6%.";

    @TempDir
    Path dir;
    ProjectSession session;
    SuggestionService service;
    Fixed detector = new Fixed();
    Document doc;
    Analyst ana;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    SaveStatusViewModel status;
    SimpleObjectProperty<Document> open = new SimpleObjectProperty<>();
    SimpleObjectProperty<Analyst> me = new SimpleObjectProperty<>();
    SimpleBooleanProperty readOnly = new SimpleBooleanProperty(false);
    ImmediateTasks tasks = new ImmediateTasks();
    SuggestionsViewModel vm;

    /** Two percentages, a quote with its speaker and cue, another percentage; a claim on the first sentence. */
    static final class Fixed implements Suggester {
        final AtomicInteger runs = new AtomicInteger();

        @Override
        public List<Suggestion> suggest(String text, TaskControl control) {
            runs.incrementAndGet();
            List<Suggestion> out = new ArrayList<>();
            out.add(new Suggestion(SuggestionKind.CLAIM, at(text, "Unemployment fell to 4.2% in May"), 0.3, null, null, null,
                    Map.of(), "an assertion"));
            out.add(new Suggestion(SuggestionKind.STATISTIC, at(text, "4.2%"), 0.9, null, null, null,
                    Map.of("value", "4.2", "unit", "percent"), "a percentage"));
            out.add(new Suggestion(SuggestionKind.ATTRIBUTED_OPINION, at(text, "The plan is working,"), 0.8, at(text, "said"),
                    at(text, "Maria Keller"), "Maria Keller", Map.of(), "quoted words"));
            out.add(new Suggestion(SuggestionKind.STATISTIC, at(text, "3%"), 0.9, null, null, null, Map.of("value", "3"), "a percentage"));
            out.add(new Suggestion(SuggestionKind.STATISTIC, at(text, "6%"), 0.9, null, null, null, Map.of("value", "6"), "a percentage"));
            out.sort(null);
            return out;
        }
    }

    static Span at(String text, String part) {
        int i = text.indexOf(part);
        return new Span(i, i + part.length());
    }

    @BeforeEach
    void setUp() throws Exception {
        session = TestProjects.create(dir.resolve("p.newsmark"));
        doc = session.documents().add("Jobs", "jobs.txt", TEXT).document();
        ana = session.analyst("Ana");
        service = TestSuggestions.withDetector(session, detector);
        status = new SaveStatusViewModel(dialogs, null);
        vm = newViewModel();
    }

    private SuggestionsViewModel newViewModel() {
        SuggestionsViewModel v = new SuggestionsViewModel(service, open, me, readOnly, tasks, dialogs, status);
        open.set(doc);
        me.set(ana);
        return v;
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private List<String> texts() {
        return vm.suggestions().stream().map(s -> s.span().textOf(TEXT)).toList();
    }

    private String current() {
        Suggestion s = vm.currentProperty().get();
        return s == null ? null : s.span().textOf(TEXT);
    }

    /** F8 as the view calls it: with the current suggestion selected in the article. */
    private void next() {
        Suggestion s = vm.currentProperty().get();
        vm.next(s.begin(), s.end());
    }

    private void previous() {
        Suggestion s = vm.currentProperty().get();
        vm.previous(s.begin(), s.end());
    }

    private List<String> tags() {
        return session.annotations().annotations(doc.id(), ana.id()).stream().map(a -> a.span().textOf(TEXT)).toList();
    }

    private Label label(String name) {
        return session.labels().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void hiddenUntilAskedThenFoundFromTheCaretAndSteppedRound() {
        assertEquals(List.of(), vm.suggestions());
        assertEquals(List.of(), vm.between(0, TEXT.length()), "nothing drawn while hidden");
        assertEquals("", vm.promptProperty().get());
        assertEquals(0, detector.runs.get(), "nothing is detected until asked");

        vm.toggle(30); // the caret after "4.2%"
        assertTrue(vm.shownProperty().get());
        assertEquals(List.of("4.2%", "The plan is working,", "3%", "6%"), texts(), "no claims unless asked");
        assertEquals("The plan is working,", current(), "the first one at the caret or after");
        assertEquals(List.of(""), tasks.titles(), "found quietly: no progress window's title");
        String prompt = vm.promptProperty().get();
        assertTrue(prompt.startsWith("Suggestion 2 of 4: attributed opinion · speaker “Maria Keller” · cue “said”"), prompt);
        assertTrue(prompt.contains("Shift+Enter accepts all of this kind (1)"), prompt);

        next();
        assertEquals("3%", current());
        next();
        assertEquals("6%", current());
        next();
        assertEquals("4.2%", current(), "round to the first");
        previous();
        assertEquals("6%", current(), "and back round to the last");
        vm.next(0, 0); // the caret moved to the start: from there, not from the current one
        assertEquals("4.2%", current());
        vm.previous(TEXT.length(), TEXT.length());
        assertEquals("6%", current());
        assertEquals(List.of("3%", "6%"), vm.between(60, TEXT.length()).stream().map(x -> x.span().textOf(TEXT)).toList(),
                "drawn: those over the text asked for");

        vm.withClaimsProperty().set(true);
        assertEquals(5, vm.suggestions().size(), "claims when asked");
        assertEquals("6%", current(), "the current one kept across the refresh");
        assertEquals(1, detector.runs.get(), "the article was read once; the rest came from the cache");

        vm.toggle(0);
        assertFalse(vm.shownProperty().get());
        assertNull(vm.currentProperty().get());
        assertEquals(List.of(), vm.between(0, TEXT.length()));
    }

    @Test
    void f8ShowsThemWhenHidden() {
        vm.next(0, 0);
        assertTrue(vm.shownProperty().get());
        assertEquals("4.2%", current());
    }

    @Test
    void enterAcceptsWithTheKindsLabelAndTheNextOneBecomesCurrent() {
        vm.toggle(0);
        assertEquals("4.2%", current());
        assertTrue(vm.isCurrent(21, 25));
        assertFalse(vm.isCurrent(21, 24), "only when exactly that text is selected");
        vm.accept(null);
        assertEquals(List.of("4.2%"), tags());
        Annotation tag = session.annotations().annotations(doc.id(), ana.id()).get(0);
        assertEquals(label("statistic").id(), tag.labelId());
        assertEquals(List.of("The plan is working,", "3%", "6%"), texts(), "accepted: no longer suggested");
        assertEquals("The plan is working,", current(), "on to the next");
        assertTrue(status.message().get().startsWith("Tagged as statistic: “4.2%”"), status.message().get());

        vm.accept(null);
        assertTrue(session.sources().named("Maria Keller").isPresent(), "the speaker joins the ledger");
        assertTrue(status.message().get().contains("speaker Maria Keller"), status.message().get());
        assertEquals("3%", current());

        session.annotations().undo(doc.id(), ana.id());
        assertEquals(List.of("4.2%"), tags());
        assertEquals(List.of("The plan is working,", "3%", "6%"), texts(), "an undo opens it again");
    }

    @Test
    void aLabelKeyAcceptsWithThatLabelAndTheSuggestionIsDecided() {
        vm.toggle(0);
        next();
        assertEquals("The plan is working,", current());
        vm.accept(label("claim"));
        Annotation tag = session.annotations().annotations(doc.id(), ana.id()).get(0);
        assertEquals(label("claim").id(), tag.labelId());
        assertEquals(List.of("4.2%", "3%", "6%"), texts(), "tagged with another label: decided, not suggested again");
        assertEquals("3%", current());
    }

    @Test
    void xRejectsForGoodAndTheUndoRightAfterBringsItBack() {
        vm.toggle(0);
        vm.reject();
        assertEquals(List.of("The plan is working,", "3%", "6%"), texts());
        assertEquals("The plan is working,", current());
        assertTrue(vm.canUndoRejectProperty().get());
        assertEquals(List.of(), tags(), "a rejection is no tag");

        assertTrue(vm.undoReject());
        assertEquals(List.of("4.2%", "The plan is working,", "3%", "6%"), texts());
        assertEquals("4.2%", current(), "the one brought back is current again");
        assertFalse(vm.canUndoRejectProperty().get());

        vm.reject();
        vm.tagsChanged(); // a tag made by hand after it: the rejection is no longer the last step
        assertFalse(vm.canUndoRejectProperty().get());
        assertFalse(vm.undoReject());

        SuggestionsViewModel again = newViewModel(); // the project opened anew (same store)
        open.set(null);
        open.set(doc);
        again.toggle(0);
        assertEquals(List.of("The plan is working,", "3%", "6%"),
                again.suggestions().stream().map(s -> s.span().textOf(TEXT)).toList(), "a rejection is remembered");
    }

    @Test
    void acceptAllOfAKindAsksThenMakesOneUndoStep() {
        vm.toggle(0);
        vm.acceptAll(null); // no answer queued: cancelled
        assertEquals(List.of(), tags());
        assertTrue(dialogs.questions.get(0).contains("Tag all 3 statistic suggestions in “Jobs” as statistic?"), dialogs.questions.toString());

        dialogs.answer(true);
        vm.acceptAll(SuggestionKind.STATISTIC);
        assertEquals(List.of("4.2%", "3%", "6%"), tags());
        assertEquals(List.of("The plan is working,"), texts());
        assertTrue(status.message().get().startsWith("3 statistic tags made from suggestions"), status.message().get());
        session.annotations().undo(doc.id(), ana.id());
        assertEquals(List.of(), tags(), "one step");
    }

    @Test
    void aReadOnlyLayerWritesNothing() {
        vm.toggle(0);
        readOnly.set(true);
        vm.accept(null);
        vm.reject();
        dialogs.answer(true);
        vm.acceptAll(SuggestionKind.STATISTIC);
        assertEquals(List.of(), tags());
        assertEquals(4, vm.suggestions().size());
        assertTrue(status.message().get().contains("read-only"), status.message().get());
    }

    /** The window's Ctrl+Z: a rejection since the last tag change is undone before any tag. */
    @Test
    void theWorkbenchUndoTakesBackTheRejectionFirst() throws Exception {
        WorkbenchViewModel w = new WorkbenchViewModel(session, ana, new ImmediateTasks(), dialogs);
        w.openDocument(doc.id());
        w.tag(label("claim"), 0, 12).orElseThrow();
        SuggestionsViewModel s = w.suggestions();
        s.toggle(0);
        Suggestion first = s.currentProperty().get();
        assertEquals("4.2%", first.span().textOf(TEXT), "the real detectors find the percentage");
        s.reject();
        assertTrue(w.canUndoProperty().get());
        w.undo();
        assertEquals(first, s.currentProperty().get(), "the rejection went first");
        assertEquals(List.of("Unemployment"), tags(), "the tag is still there");
        w.undo();
        assertEquals(List.of(), tags(), "then the tag");
    }
}
