package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Source;
import org.newsmark.domain.SourceKind;
import org.newsmark.domain.Span;
import org.newsmark.domain.TaskControl;
import org.newsmark.domain.suggest.Suggester;
import org.newsmark.domain.suggest.Suggestion;
import org.newsmark.domain.suggest.SuggestionKind;

/**
 * Suggestions as an analyst works with them, on a project of each backend: accepting makes the tag
 * with its attributes and its speaker in the source ledger as one undoable step; accept all of a
 * kind is one step; a rejection is kept per analyst across reopening; a suggestion over a tag of
 * its label is not offered. A fixed detector stands in for the real one (whose findings change as
 * it improves), counting its runs; one test goes through the session's own detectors.
 */
class SuggestionServiceTest {

    static final String TEXT = "Unemployment fell to 4.2% in May. \u201cThe plan is working,\u201d said Maria Keller."
            + " Prices rose 3% and wages 6%.";

    @TempDir
    Path dir;

    /** The detector's findings in {@link #TEXT}, and how often it ran. */
    static final class Fixed implements Suggester {
        final AtomicInteger runs = new AtomicInteger();

        @Override
        public List<Suggestion> suggest(String text, TaskControl control) {
            runs.incrementAndGet();
            List<Suggestion> out = new ArrayList<>();
            out.add(new Suggestion(SuggestionKind.CLAIM, at(text, "Unemployment fell to 4.2% in May"), 0.4, null, null, null,
                    Map.of(), "an assertion"));
            out.add(new Suggestion(SuggestionKind.STATISTIC, at(text, "4.2%"), 0.9, null, null, null,
                    Map.of("value", "4.2", "unit", "percent"), "a percentage"));
            out.add(new Suggestion(SuggestionKind.ATTRIBUTED_OPINION, at(text, "The plan is working,"), 0.8, at(text, "said"),
                    at(text, "Maria Keller"), "Maria Keller", Map.of("speaker type", "politician"), "a quote with its speaker"));
            out.add(new Suggestion(SuggestionKind.STATISTIC, at(text, "3%"), 0.9, null, null, null,
                    Map.of("value", "three", "unit", "percent"), "a percentage"));
            out.add(new Suggestion(SuggestionKind.STATISTIC, at(text, "6%"), 0.9, null, null, null, Map.of("value", "6"), "a percentage"));
            out.sort(null);
            return out;
        }
    }

    static Span at(String text, String part) {
        int i = text.indexOf(part);
        return new Span(i, i + part.length());
    }

    private static SuggestionService service(ProjectSession s, Suggester detector) {
        return new SuggestionService(TestProjects.store(s), s.annotations(), s.codebook()::codebook, s.sources(), language -> detector);
    }

    private static Suggestion find(List<Suggestion> open, SuggestionKind kind, String text) {
        return open.stream().filter(x -> x.kind() == kind && x.span().equals(at(TEXT, text))).findFirst().orElseThrow(
                () -> new AssertionError(kind + " " + text + " is not open: " + open));
    }

    private static List<String> texts(List<Suggestion> open) {
        return open.stream().map(x -> x.span().textOf(TEXT)).toList();
    }

    @Test
    void acceptingMakesTheTagWithItsAttributesAndSpeakerAndUndoOpensItAgain() throws Exception {
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            Fixed detector = new Fixed();
            SuggestionService suggestions = service(s, detector);
            List<SuggestionChange> heard = new ArrayList<>();
            suggestions.addListener(heard::add);
            Document d = s.documents().add("A", "a.txt", TEXT).document();
            Analyst ana = s.analyst("Ana");
            List<Suggestion> open = suggestions.open(d, ana, false, TaskControl.NONE);
            assertEquals(List.of("4.2%", "The plan is working,", "3%", "6%"), texts(open), "claims only when asked");
            assertEquals(5, suggestions.open(d, ana, true, TaskControl.NONE).size());

            Annotation quote = suggestions.accept(d, ana, find(open, SuggestionKind.ATTRIBUTED_OPINION, "The plan is working,"), null);
            Codebook book = s.codebook().codebook();
            Label opinion = book.label("attributed opinion").orElseThrow();
            assertEquals(opinion.id(), quote.labelId());
            Attribute speaker = attribute(book, opinion, "speaker");
            Attribute speakerType = attribute(book, opinion, "speaker type");
            Source keller = s.sources().named("Maria Keller").orElseThrow(() -> new AssertionError("the speaker joins the ledger"));
            assertEquals(SourceKind.NAMED_PERSON, keller.kind(), "'politician' is no kind of source");
            Annotation stored = s.annotations().annotations(d.id(), ana.id()).get(0);
            assertEquals(List.of(Long.toString(keller.id())), stored.attributes().get(speaker.id()));
            assertEquals(List.of("named person"), stored.attributes().get(speakerType.id()),
                    "'politician' is not a choice: the speaker type is the source's kind");
            assertEquals(1, s.sources().ledger().entries().stream().filter(e -> e.source().equals(keller))
                    .mapToInt(e -> e.quotes().size()).sum(), "who gets quoted fills as the analyst works");
            assertEquals(List.of(new SuggestionChange(d.id(), ana.id())), heard, "one change per accept");
            assertEquals(List.of("4.2%", "3%", "6%"), texts(suggestions.open(d, ana, false, TaskControl.NONE)), "accepted: no longer open");

            heard.clear();
            s.annotations().undo(d.id(), ana.id());
            assertEquals(List.of(), s.annotations().annotations(d.id(), ana.id()));
            assertEquals(List.of(new SuggestionChange(d.id(), ana.id())), heard, "an undo tells too");
            assertEquals(open, suggestions.open(d, ana, false, TaskControl.NONE), "open again after the undo");
            s.annotations().redo(d.id(), ana.id());
            assertEquals(List.of(Long.toString(keller.id())),
                    s.annotations().annotations(d.id(), ana.id()).get(0).attributes().get(speaker.id()), "redo brings the values back");

            Label statistic = book.label("statistic").orElseThrow();
            Annotation figure = suggestions.accept(d, ana, find(open, SuggestionKind.STATISTIC, "4.2%"), null);
            Annotation written = s.annotations().annotations(d.id(), ana.id()).stream().filter(a -> a.id() == figure.id()).findFirst()
                    .orElseThrow();
            assertEquals(List.of("4.2"), written.attributes().get(attribute(book, statistic, "value").id()));
            assertEquals(List.of("percent"), written.attributes().get(attribute(book, statistic, "unit").id()));
            Annotation three = suggestions.accept(d, ana, find(open, SuggestionKind.STATISTIC, "3%"), null);
            assertFalse(three.attributes().has(attribute(book, statistic, "value").id()), "'three' is not a number: left for the analyst");
            assertEquals(List.of("percent"), three.attributes().get(attribute(book, statistic, "unit").id()));
            assertEquals(1, detector.runs.get(), "detection ran once for the article; accepting and stepping use the cache");
        }
    }

    @Test
    void acceptAllOfAKindIsOneUndoableStep() throws Exception {
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            SuggestionService suggestions = service(s, new Fixed());
            List<SuggestionChange> heard = new ArrayList<>();
            suggestions.addListener(heard::add);
            Document d = s.documents().add("A", "a.txt", TEXT).document();
            Analyst ana = s.analyst("Ana");
            List<Annotation> added = suggestions.acceptAll(d, ana, SuggestionKind.STATISTIC, TaskControl.NONE);
            assertEquals(List.of("4.2%", "3%", "6%"), added.stream().map(a -> a.span().textOf(TEXT)).toList());
            assertEquals(1, heard.size(), "one change for the whole step");
            assertEquals(List.of("The plan is working,"), texts(suggestions.open(d, ana, false, TaskControl.NONE)));
            s.annotations().undo(d.id(), ana.id());
            assertEquals(List.of(), s.annotations().annotations(d.id(), ana.id()), "one undo takes every tag back");
            assertFalse(s.annotations().canUndo(d.id(), ana.id()), "it was one step");
            assertEquals(4, suggestions.open(d, ana, false, TaskControl.NONE).size());
            List<Annotation> claims = suggestions.acceptAll(d, ana, SuggestionKind.CLAIM, TaskControl.NONE);
            assertEquals(List.of("Unemployment fell to 4.2% in May"), claims.stream().map(a -> a.span().textOf(TEXT)).toList(),
                    "accept all claims takes the claims: asking for the kind asks for them");
            assertEquals(s.codebook().codebook().label("claim").orElseThrow().id(), claims.get(0).labelId());
        }
    }

    @Test
    void aRejectionHidesItForThatAnalystOnlyAndOutlivesTheSession() throws Exception {
        Path file = dir.resolve("p.newsmark");
        long doc;
        Suggestion three;
        try (ProjectSession s = TestProjects.create(file)) {
            SuggestionService suggestions = service(s, new Fixed());
            Document d = s.documents().add("A", "a.txt", TEXT).document();
            doc = d.id();
            Analyst ana = s.analyst("Ana");
            List<SuggestionChange> heard = new ArrayList<>();
            suggestions.addListener(heard::add);
            three = find(suggestions.open(d, ana, false, TaskControl.NONE), SuggestionKind.STATISTIC, "3%");
            suggestions.reject(d, ana, three);
            suggestions.reject(d, ana, three);
            assertEquals(2, heard.size());
            assertEquals(List.of("4.2%", "The plan is working,", "6%"), texts(suggestions.open(d, ana, false, TaskControl.NONE)));
            assertEquals(4, suggestions.open(d, s.analyst("Ben"), false, TaskControl.NONE).size(), "another analyst still sees it");
            assertEquals(List.of(), s.annotations().annotations(d.id(), ana.id()), "a rejection makes no tag");
        }
        try (ProjectSession s = TestProjects.open(file)) {
            SuggestionService suggestions = service(s, new Fixed());
            Document d = s.documents().find(doc).orElseThrow();
            Analyst ana = s.analyst("Ana");
            assertEquals(List.of("4.2%", "The plan is working,", "6%"), texts(suggestions.open(d, ana, false, TaskControl.NONE)),
                    "remembered across closing and reopening");
            suggestions.unreject(d, ana, three);
            assertEquals(4, suggestions.open(d, ana, false, TaskControl.NONE).size(), "un-rejected: open again");
            suggestions.reject(d, ana, three);
        }
        try (ProjectSession s = TestProjects.openReadOnly(file)) {
            SuggestionService suggestions = service(s, new Fixed());
            Document d = s.documents().find(doc).orElseThrow();
            Analyst ana = s.analyst("Ana");
            assertEquals(3, suggestions.open(d, ana, false, TaskControl.NONE).size(), "a read-only session reads the rejections");
            AnnotationConflictException e = assertThrows(AnnotationConflictException.class, () -> suggestions.unreject(d, ana, three));
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
            assertThrows(AnnotationConflictException.class, () -> suggestions.accept(d, ana, three, null));
        }
    }

    @Test
    void undoDeleteArticleBringsTheRejectionsBackWithIt() throws Exception {
        TestProjects.assumeFile("a deleted article is restored only in a project file");
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            SuggestionService suggestions = service(s, new Fixed());
            Document d = s.documents().add("A", "a.txt", TEXT).document();
            Analyst ana = s.analyst("Ana");
            suggestions.reject(d, ana, find(suggestions.open(d, ana, false, TaskControl.NONE), SuggestionKind.STATISTIC, "3%"));
            var gone = s.documents().delete(d.id());
            assertEquals(1, gone.rejections().size(), "the deletion keeps the rejection to put back");
            assertEquals(List.of(), TestProjects.store(s).suggestionRejections().inDocument(d.id(), ana.id()));
            s.documents().restore(gone);
            assertEquals(List.of("4.2%", "The plan is working,", "6%"), texts(suggestions.open(d, ana, false, TaskControl.NONE)),
                    "restored: the rejection is back");
        }
    }

    /** Issue 20.2 and 20.5 in a PARC codebook: the speaker and cue become tags linked to the content, one step. */
    @Test
    void inAParcCodebookTheSpeakerAndCueAreTaggedAndLinkedToTheQuoteInOneStep() throws Exception {
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            s.codebookFiles().importBuiltIn("parc");
            SuggestionService suggestions = service(s, new Fixed());
            Document d = s.documents().add("A", "a.txt", TEXT).document();
            Analyst ana = s.analyst("Ana");
            Codebook book = s.codebook().codebook();
            Label content = book.label("content").orElseThrow();
            Suggestion quote = find(suggestions.open(d, ana, false, TaskControl.NONE), SuggestionKind.ATTRIBUTED_OPINION,
                    "The plan is working,");
            Annotation tag = suggestions.accept(d, ana, quote, content);
            assertEquals(content.id(), tag.labelId(), "the quote's own tag is returned");
            List<String> made = s.annotations().annotations(d.id(), ana.id()).stream()
                    .map(a -> book.label(a.labelId()).orElseThrow().name() + ":" + a.span().textOf(TEXT)).sorted().toList();
            assertEquals(List.of("content:The plan is working,", "cue:said", "source:Maria Keller"), made);
            List<String> links = s.annotations().links(d.id(), ana.id()).stream().map(l -> book.linkType(l.typeId()).orElseThrow().name()
                    + ":" + s.annotations().annotations(d.id(), ana.id()).stream().filter(a -> a.id() == l.fromTagId()).findFirst()
                    .orElseThrow().span().textOf(TEXT)).sorted().toList();
            assertEquals(List.of("cue of:said", "source of:Maria Keller"), links, "linked to the quote");
            assertThrows(AnnotationConflictException.class, () -> suggestions.accept(d, ana, quote, content),
                    "the quote is so tagged already");
            assertEquals(3, s.annotations().annotations(d.id(), ana.id()).size(), "no second source or cue");
            assertEquals(2, s.annotations().links(d.id(), ana.id()).size(), "no link made twice");
            Source keller = s.sources().named("Maria Keller").orElseThrow();
            Annotation source = s.annotations().annotations(d.id(), ana.id()).stream()
                    .filter(a -> a.labelId() == book.label("source").orElseThrow().id()).findFirst().orElseThrow();
            assertEquals(List.of(Long.toString(keller.id())), source.attributes().get(attribute(book, book.label("source").orElseThrow(),
                    "entity").id()), "the source tag names the ledger's entity");

            s.annotations().undo(d.id(), ana.id());
            assertEquals(List.of(), s.annotations().annotations(d.id(), ana.id()), "one undo takes the three tags");
            assertEquals(List.of(), s.annotations().links(d.id(), ana.id()), "and the two links");

            Annotation opinion = suggestions.accept(d, ana, quote, null);
            assertEquals(book.label("attributed opinion").orElseThrow().id(), opinion.labelId(),
                    "with the default label, no link type fits: the speaker attribute alone");
            assertEquals(1, s.annotations().annotations(d.id(), ana.id()).size());
        }
    }

    @Test
    void aSuggestionOverATagOfItsLabelIsNotOfferedAndOneOverAnotherLabelIs() throws Exception {
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            SuggestionService suggestions = service(s, new Fixed());
            Document d = s.documents().add("A", "a.txt", TEXT).document();
            Analyst ana = s.analyst("Ana");
            Codebook book = s.codebook().codebook();
            s.annotations().tag(d, ana, book.label("statistic").orElseThrow(), at(TEXT, "rose 3"));
            s.annotations().tag(d, ana, book.label("framing").orElseThrow(), at(TEXT, "wages 6%"));
            s.annotations().tag(d, s.analyst("Ben"), book.label("statistic").orElseThrow(), at(TEXT, "4.2%"));
            assertEquals(List.of("4.2%", "The plan is working,", "6%"), texts(suggestions.open(d, ana, false, TaskControl.NONE)),
                    "3% overlaps Ana's statistic; 6% only a framing tag; 4.2% only Ben's tag");
            assertEquals(List.of("The plan is working,", "3%", "6%"),
                    texts(suggestions.open(d, s.analyst("Ben"), false, TaskControl.NONE)));
        }
    }

    @Test
    void aCodebookWithoutTheKindsLabelRefusesUnlessAnotherLabelIsChosen() throws Exception {
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            SuggestionService suggestions = service(s, new Fixed());
            Document d = s.documents().add("A", "a.txt", TEXT).document();
            Analyst ana = s.analyst("Ana");
            Label statistic = s.codebook().codebook().label("statistic").orElseThrow();
            Label figure = s.codebook().update(statistic.withName("figure"));
            List<Suggestion> open = suggestions.open(d, ana, false, TaskControl.NONE);
            Suggestion pct = find(open, SuggestionKind.STATISTIC, "4.2%");
            AnnotationConflictException e = assertThrows(AnnotationConflictException.class, () -> suggestions.accept(d, ana, pct, null));
            assertTrue(e.getMessage().contains("The codebook has no label \"statistic\""), e.getMessage());
            assertThrows(AnnotationConflictException.class, () -> suggestions.acceptAll(d, ana, SuggestionKind.STATISTIC, TaskControl.NONE));
            assertEquals(List.of(), s.annotations().annotations(d.id(), ana.id()), "nothing written");
            Annotation tag = suggestions.accept(d, ana, pct, figure);
            assertEquals(figure.id(), tag.labelId());
            assertEquals(List.of("4.2"), tag.attributes().get(attribute(s.codebook().codebook(), figure, "value").id()),
                    "the chosen label's attributes are filled by name");
            s.codebook().setRetired(figure.id(), true);
            AnnotationConflictException retired = assertThrows(AnnotationConflictException.class,
                    () -> suggestions.accept(d, ana, find(open, SuggestionKind.STATISTIC, "6%"), figure));
            assertTrue(retired.getMessage().contains("retired"), retired.getMessage());
        }
    }

    @Test
    void aPronounNamesNoSourceAndAKnownSourceIsReused() throws Exception {
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            SuggestionService suggestions = service(s, new Fixed());
            Document d = s.documents().add("A", "a.txt", TEXT).document();
            Analyst ana = s.analyst("Ana");
            Source ministry = s.sources().create("The Ministry", SourceKind.OFFICIAL_BODY, "", "");
            Codebook book = s.codebook().codebook();
            Label opinion = book.label("attributed opinion").orElseThrow();
            Attribute speaker = attribute(book, opinion, "speaker");
            Suggestion known = new Suggestion(SuggestionKind.ATTRIBUTED_OPINION, new Span(0, 5), 0.8, null, null, "the ministry",
                    Map.of(), "");
            assertEquals(List.of(Long.toString(ministry.id())), suggestions.valuesFor(book, opinion, known).get(speaker.id()));
            assertEquals(List.of("official body"), suggestions.valuesFor(book, opinion, known).get(attribute(book, opinion, "speaker type").id()));
            Suggestion pronoun = new Suggestion(SuggestionKind.ATTRIBUTED_OPINION, new Span(0, 5), 0.8, null, null, "She", Map.of(), "");
            assertTrue(suggestions.valuesFor(book, opinion, pronoun).isEmpty());
            assertEquals(List.of(ministry), s.sources().all(), "no source made for a pronoun");
        }
    }

    @Test
    void theSessionsOwnDetectorsSuggestAndTheirSuggestionIsAccepted() throws Exception {
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            String text = "Turnout was 61% this year.";
            Document d = s.documents().add("A", "a.txt", text).document();
            Analyst ana = s.analyst("Ana");
            Span figure = at(text, "61%");
            List<Suggestion> open = s.suggestions().open(d, ana, false, TaskControl.NONE);
            Suggestion pct = open.stream().filter(x -> x.kind() == SuggestionKind.STATISTIC && x.span().overlaps(figure)).findFirst()
                    .orElseThrow(() -> new AssertionError("61% is a statistic: " + open));
            s.suggestions().accept(d, ana, pct, null);
            assertTrue(s.suggestions().open(d, ana, false, TaskControl.NONE).stream()
                    .noneMatch(x -> x.kind() == SuggestionKind.STATISTIC && x.span().overlaps(figure)));
        }
    }

    private static Attribute attribute(Codebook book, Label label, String name) {
        return book.attributesOf(label.id()).stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }
}
