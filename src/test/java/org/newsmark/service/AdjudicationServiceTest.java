package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.agreement.AlignedPair;
import org.newsmark.agreement.OutcomeKind;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Decision;
import org.newsmark.domain.PairDecision;
import org.newsmark.service.port.ProjectStore;
import org.newsmark.storage.SqliteProjectStores;

class AdjudicationServiceTest {

    @TempDir
    Path dir;
    Path file;
    TwoAnalystFixture f;
    AdjudicationService adjudication;
    Comparison c;

    @BeforeEach
    void setUp() throws Exception {
        file = dir.resolve("a.newsmark");
        f = new TwoAnalystFixture(file);
        adjudication = f.session.adjudication(AdjudicationService.DEFAULT_CONSENSUS);
        c = f.session.comparisons().compare("Ann", "Ben", f.doc.id());
    }

    @AfterEach
    void tearDown() {
        f.session.close();
    }

    AlignedPair pair(OutcomeKind kind) {
        return c.pairsOf(f.doc.id()).stream().filter(p -> p.kind() == kind).findFirst().orElseThrow();
    }

    List<String> consensus() {
        return adjudication.consensusTags(f.doc).stream()
                .map(a -> f.session.labels().stream().filter(l -> l.id() == a.labelId()).findFirst().orElseThrow().name()
                        + a.span()).toList();
    }

    @Test
    void eachDecisionWritesTheChosenSpansIntoConsensus() {
        assertTrue(f.session.findAnalyst("consensus").isEmpty());
        adjudication.decide(c, f.doc, pair(OutcomeKind.BOUNDARY), Decision.ACCEPT_A);
        assertTrue(f.session.findAnalyst("consensus").isPresent(), "created on first use");
        assertEquals(List.of("PER[0,13)"), consensus());
        adjudication.decide(c, f.doc, pair(OutcomeKind.LABEL_CONFLICT), Decision.ACCEPT_B);
        assertEquals(List.of("PER[0,13)", "ORG[28,33)"), consensus());
        adjudication.decide(c, f.doc, pair(OutcomeKind.ONLY_B), Decision.REJECT);
        assertEquals(2, consensus().size(), "reject writes nothing");
        adjudication.decide(c, f.doc, pair(OutcomeKind.LABEL_CONFLICT), Decision.ACCEPT_BOTH);
        assertEquals(List.of("PER[0,13)", "ORG[28,33)", "LOC[28,33)"), consensus(), "the ORG twin is not added twice");
        assertThrows(AnnotationConflictException.class,
                () -> adjudication.decide(c, f.doc, pair(OutcomeKind.ONLY_B), Decision.ACCEPT_A));
    }

    @Test
    void acceptAllMatchesIsOneStepThatUndoRemovesWhole() throws Exception {
        f.session.annotations().tag(f.doc, f.ann, f.org, new org.newsmark.domain.Span(37, 43));
        c = f.session.comparisons().compare("Ann", "Ben", f.doc.id());
        AdjudicationService.MatchesAccepted added = adjudication.acceptAllMatches(c);
        assertEquals(2, added.added());
        assertEquals(1, added.articles());
        assertEquals(List.of("PER[18,24)", "ORG[37,43)"), consensus());
        assertTrue(adjudication.canUndo(f.doc));
        adjudication.undo(f.doc);
        assertEquals(List.of(), consensus(), "one undo takes back the whole batch");
        assertFalse(adjudication.canUndo(f.doc));
        f.session.annotations().redo(f.doc.id(), adjudication.consensus().id());
        assertEquals(2, consensus().size(), "redo brings the batch back");
    }

    @Test
    void everyDecisionIsRecordedARejectionToo() throws Exception {
        adjudication.decide(c, f.doc, pair(OutcomeKind.BOUNDARY), Decision.ACCEPT_A);
        adjudication.decide(c, f.doc, pair(OutcomeKind.ONLY_B), Decision.REJECT);
        assertEquals(Decision.REJECT, adjudication.decisionOn(c, f.doc.id(), pair(OutcomeKind.ONLY_B)).orElseThrow().decision());
        assertEquals(Decision.ACCEPT_A, adjudication.decisionOn(c, f.doc.id(), pair(OutcomeKind.BOUNDARY)).orElseThrow().decision());
        assertTrue(adjudication.decisionOn(c, f.doc.id(), pair(OutcomeKind.LABEL_CONFLICT)).isEmpty());

        Comparison swapped = f.session.comparisons().compare("Ben", "Ann", f.doc.id());
        var boundarySwapped = swapped.pairsOf(f.doc.id()).stream().filter(p -> p.kind() == OutcomeKind.BOUNDARY).findFirst().orElseThrow();
        assertEquals(Decision.ACCEPT_B, adjudication.decisionOn(swapped, f.doc.id(), boundarySwapped).orElseThrow().decision(),
                "with Ben as A, Ann's span is B's");
        assertEquals(2, adjudication.decisions(f.ben, f.ann).size());

        f.session.close();
        f = TwoAnalystFixture.reopen(file);
        adjudication = f.session.adjudication(AdjudicationService.DEFAULT_CONSENSUS);
        c = f.session.comparisons().compare("Ann", "Ben", f.doc.id());
        assertEquals(Decision.REJECT, adjudication.decisionOn(c, f.doc.id(), pair(OutcomeKind.ONLY_B)).orElseThrow().decision(),
                "kept in the project file");
    }

    @Test
    void undoTakesBackADecisionWithItsTagsAndRedoBringsBothBack() {
        List<DecisionChange> told = new java.util.ArrayList<>();
        f.session.annotations().addDecisionListener(told::add);
        adjudication.decide(c, f.doc, pair(OutcomeKind.LABEL_CONFLICT), Decision.ACCEPT_BOTH);
        adjudication.decide(c, f.doc, pair(OutcomeKind.ONLY_B), Decision.REJECT);
        assertEquals(2, told.size());
        assertTrue(adjudication.undo(f.doc), "the rejection is a step of its own");
        assertTrue(adjudication.decisionOn(c, f.doc.id(), pair(OutcomeKind.ONLY_B)).isEmpty(), "undo removed its record");
        assertEquals(2, consensus().size(), "and left the earlier decision's tags");
        assertEquals(3, told.size());
        assertTrue(told.get(2).after() == null, "the listeners heard of it");
        long consensusId = adjudication.consensus().id();
        f.session.annotations().undo(f.doc.id(), consensusId); // the workbench's undo: the same history
        assertEquals(List.of(), consensus());
        assertTrue(adjudication.decisionOn(c, f.doc.id(), pair(OutcomeKind.LABEL_CONFLICT)).isEmpty());
        f.session.annotations().redo(f.doc.id(), consensusId);
        assertEquals(2, consensus().size());
        assertEquals(Decision.ACCEPT_BOTH, adjudication.decisionOn(c, f.doc.id(), pair(OutcomeKind.LABEL_CONFLICT)).orElseThrow().decision());
    }

    @Test
    void decidingAgainReplacesTheDecisionAndUndoRestoresTheEarlierOne() {
        adjudication.decide(c, f.doc, pair(OutcomeKind.BOUNDARY), Decision.ACCEPT_A);
        adjudication.decide(c, f.doc, pair(OutcomeKind.BOUNDARY), Decision.REJECT);
        assertEquals(Decision.REJECT, adjudication.decisionOn(c, f.doc.id(), pair(OutcomeKind.BOUNDARY)).orElseThrow().decision());
        assertEquals(List.of("PER[0,13)"), consensus(), "what the first decision wrote stays");
        assertEquals(1, adjudication.decisions(f.ann, f.ben).size(), "one decision per pair");
        adjudication.undo(f.doc);
        assertEquals(Decision.ACCEPT_A, adjudication.decisionOn(c, f.doc.id(), pair(OutcomeKind.BOUNDARY)).orElseThrow().decision());
    }

    @Test
    void acceptAllMatchesOverSeveralArticlesIsOneTransactionAndOneStepPerArticle() {
        f.session.annotations().tag(f.annOnly, f.ben, f.per, new org.newsmark.domain.Span(0, 4));
        Comparison all = f.session.comparisons().compare("Ann", "Ben", null);
        AdjudicationService.MatchesAccepted r = adjudication.acceptAllMatches(all);
        assertEquals(new AdjudicationService.MatchesAccepted(2, 2, 2, List.of(f.doc.id(), f.annOnly.id())), r);
        assertEquals(new AdjudicationService.MatchesAccepted(0, 0, 2, List.of()), adjudication.acceptAllMatches(all),
                "a second time adds nothing");
        long consensusId = adjudication.consensus().id();
        f.session.annotations().undo(f.annOnly.id(), consensusId);
        assertEquals(0, adjudication.consensusTags(f.annOnly).size(), "the workbench's undo in one article takes back that article's part");
        assertEquals(1, adjudication.consensusTags(f.doc).size(), "and leaves the other");
        f.session.annotations().redo(f.annOnly.id(), consensusId);
        assertEquals(2, adjudication.undo(r.documentIds()), "the compare window's undo takes back every article's part");
        assertEquals(0, adjudication.consensusTags(f.doc).size() + adjudication.consensusTags(f.annOnly).size());
    }

    @Test
    void undoTakesBackTheLastDecisionAndItIsOnDisk() throws Exception {
        adjudication.decide(c, f.doc, pair(OutcomeKind.MATCH), Decision.ACCEPT_A);
        adjudication.decide(c, f.doc, pair(OutcomeKind.BOUNDARY), Decision.ACCEPT_BOTH);
        assertEquals(3, consensus().size());
        adjudication.undo(f.doc);
        assertEquals(List.of("PER[18,24)"), consensus());
        long consensusId = adjudication.consensus().id();
        f.session.close();
        try (ProjectSession p = TestProjects.open(file)) {
            assertEquals(1, TestProjects.store(p).annotations().forDocument(f.doc.id(), consensusId).size());
        }
    }
}
