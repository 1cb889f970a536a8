package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.ComparePosition;
import org.newsmark.domain.Decision;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.PairDecision;
import org.newsmark.domain.PairKey;
import org.newsmark.domain.PairSide;
import org.newsmark.domain.Span;
import org.newsmark.service.port.ProjectStore;

/**
 * Merging "attributed opinion" into "statistic": tags move or fold, attributes move or give
 * their values to one of the same name, decisions follow, and one undo puts every row back.
 */
class CodebookMergeTest {

    static final String TEXT = "The mayor said 40% of roads are broken. Critics called the figure made up.";
    static final Span MAYOR = new Span(4, 38);
    static final Span CRITICS = new Span(40, 73);

    @TempDir
    Path dir;
    ProjectSession session;
    ProjectStore store;
    CodebookService codebook;
    Document doc;
    Analyst ana;
    Analyst bo;
    Label opinion;
    Label statistic;

    /** Everything a merge touches, as the project reads it. */
    record State(Codebook book, List<Annotation> tags, List<PairDecision> decisions, Optional<ComparePosition> position) {
    }

    @BeforeEach
    void setUp() throws Exception {
        session = TestProjects.create(dir.resolve("merge.newsmark"));
        store = TestProjects.store(session);
        codebook = session.codebook();
        doc = session.documents().add("Roads", "roads.txt", TEXT).document();
        ana = session.analyst("Ana");
        bo = session.analyst("Bo");
        opinion = label("attributed opinion");
        statistic = label("statistic");
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void aMergeMovesAndFoldsTagsAndOneUndoPutsBackEveryRow() {
        Attribute ownSource = codebook.declare(new Attribute(0, opinion.id(), "source", AttributeType.TEXT, List.of(), false, ""));
        Attribute speaker = attr(opinion, "speaker");
        Attribute statSource = attr(statistic, "source");
        Attribute unit = attr(statistic, "unit");
        Annotation moved = tag(ana, opinion, MAYOR, "the mayor's view", Map.of(speaker.id(), "mayor", ownSource.id(), "press release"));
        Annotation folded = tag(ana, opinion, CRITICS, "from the opinion", Map.of(speaker.id(), "critics", ownSource.id(), "blog"));
        Annotation twin = tag(ana, statistic, CRITICS, "stat note", Map.of(unit.id(), "percent", statSource.id(), "ministry"));
        Annotation bos = tag(bo, opinion, MAYOR, "", Map.of());
        PairSide side = new PairSide(opinion.id(), MAYOR);
        PairKey pair = new PairKey(doc.id(), ana.id(), side, bo.id(), side);
        Analyst consensus = session.analyst("consensus");
        store.adjudications().put(new PairDecision(pair, Decision.ACCEPT_A, consensus.id(), Instant.parse("2026-01-02T03:04:05Z")));
        store.adjudications().savePosition(new ComparePosition(ana.id(), bo.id(), null, pair));
        State before = state();

        LabelMergeReport report = codebook.merge(opinion.id(), statistic.id());

        assertEquals(new LabelMergeReport("attributed opinion", "statistic", 2, 1, 1), report);
        assertTrue(codebook.codebook().label(opinion.id()).isEmpty(), "the label leaves the codebook");
        List<Annotation> anas = session.annotations().annotations(doc.id(), ana.id());
        assertEquals(2, anas.size(), "the folded tag is gone");
        Annotation m = find(anas, moved.id());
        assertEquals(statistic.id(), m.labelId());
        assertEquals("the mayor's view", m.note());
        assertEquals(List.of("press release"), m.attributes().get(statSource.id()), "a value of an attribute of the same name moves to it");
        assertEquals(List.of("mayor"), m.attributes().get(speaker.id()));
        Annotation t = find(anas, twin.id());
        assertEquals("stat note\nfrom the opinion", t.note(), "notes joined");
        assertEquals(List.of("ministry"), t.attributes().get(statSource.id()), "the tag's own value stays");
        assertEquals(List.of("critics"), t.attributes().get(speaker.id()), "a value it lacked is added");
        assertEquals(List.of("speaker", "speaker type"), codebook.codebook().attributesOf(statistic.id()).stream()
                .map(Attribute::name).toList().subList(3, 5), "attributes move after into's own");
        assertTrue(codebook.codebook().attribute(ownSource.id()).isEmpty(), "the attribute of the same name is gone");
        PairSide merged = new PairSide(statistic.id(), MAYOR);
        PairKey rewritten = new PairKey(doc.id(), ana.id(), merged, bo.id(), merged);
        assertEquals(Decision.ACCEPT_A, store.adjudications().find(rewritten).orElseThrow().decision(), "the decision names into");
        assertEquals(rewritten, store.adjudications().position().orElseThrow().selected());
        assertEquals(statistic.id(), session.annotations().annotations(doc.id(), bo.id()).get(0).labelId());

        assertEquals(Optional.of("Merge attributed opinion into statistic"), codebook.undo());

        assertEquals(before, state(), "labels, attributes, every tag (ids, notes, values, times), decisions, position");
        assertTrue(before.tags().contains(folded) && before.tags().contains(bos));
        assertEquals("3", label("attributed opinion").key());
    }

    @Test
    void aTypeClashRefusesTheMergeWithNothingWritten() {
        codebook.declare(new Attribute(0, opinion.id(), "value", AttributeType.TEXT, List.of(), false, ""));
        tag(ana, opinion, MAYOR, "n", Map.of());
        State before = state();
        boolean couldUndo = codebook.canUndo();
        List<Label> undoTarget = codebook.codebook().labels();
        CodebookRefusedException e = assertThrows(CodebookRefusedException.class, () -> codebook.merge(opinion.id(), statistic.id()));
        assertTrue(e.getMessage().contains("\"value\"") && e.getMessage().contains("text, number"), e.getMessage());
        assertEquals(before, state());
        assertEquals(couldUndo, codebook.canUndo());
        assertEquals(undoTarget, codebook.codebook().labels());
    }

    @Test
    void aLabelCannotBeMergedIntoItself() {
        tag(ana, opinion, MAYOR, "n", Map.of());
        State before = state();
        CodebookRefusedException e = assertThrows(CodebookRefusedException.class, () -> codebook.merge(opinion.id(), opinion.id()));
        assertEquals("A label cannot be merged into itself.", e.getMessage());
        assertEquals(before, state());
    }

    @Test
    void mergingChoicesAddsTheMissingOnesAndUndoTakesThemAway() {
        Label framing = label("framing");
        Attribute frame = attr(framing, "frame");
        Attribute mine = codebook.declare(new Attribute(0, opinion.id(), "frame", AttributeType.CHOICE, List.of("Economic", "Sports"),
                false, ""));
        Annotation t = tag(ana, opinion, MAYOR, "", Map.of(mine.id(), "Sports"));
        State before = state();
        codebook.merge(opinion.id(), framing.id());
        assertEquals("Sports", codebook.codebook().attribute(frame.id()).orElseThrow().choices().get(15));
        assertEquals(List.of("Sports"), find(session.annotations().annotations(doc.id(), ana.id()), t.id()).attributes().get(frame.id()));
        codebook.undo();
        assertEquals(before, state());
    }

    @Test
    void theTagUndoHistoryIsDroppedSinceItWouldWriteTheOldLabelBack() {
        tag(ana, opinion, MAYOR, "", Map.of());
        assertTrue(session.annotations().canUndo(doc.id(), ana.id()));
        codebook.merge(opinion.id(), statistic.id());
        assertFalse(session.annotations().canUndo(doc.id(), ana.id()));
    }

    @Test
    void undoIsRefusedAndKeptWhenANewLabelTookTheMergedOnesName() {
        codebook.merge(opinion.id(), statistic.id());
        session.addLabel("attributed opinion", "#000000", null, "");
        assertThrows(CodebookRefusedException.class, codebook::undo);
        assertTrue(codebook.canUndo(), "the step stays");
    }

    private State state() {
        List<Annotation> tags = new ArrayList<>();
        store.annotations().forEach(null, null, tags::add);
        return new State(codebook.codebook(), tags, store.adjudications().between(ana.id(), bo.id()), store.adjudications().position());
    }

    private Annotation tag(Analyst who, Label l, Span span, String note, Map<Long, String> values) {
        Annotation a = session.annotations().tag(doc, who, l, span);
        a = session.annotations().setNote(a, note);
        Map<Long, List<String>> v = new java.util.HashMap<>();
        values.forEach((k, x) -> v.put(k, List.of(x)));
        return v.isEmpty() ? a : session.annotations().setAttributes(a, AttributeValues.of(v));
    }

    private Label label(String name) {
        return codebook.codebook().label(name).orElseThrow();
    }

    private Attribute attr(Label l, String name) {
        return codebook.codebook().attributesOf(l.id()).stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    private static Annotation find(List<Annotation> tags, long id) {
        return tags.stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }
}
