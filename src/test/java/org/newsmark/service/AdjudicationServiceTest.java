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
import org.newsmark.service.AdjudicationService.Decision;
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
        adjudication.decide(f.doc, pair(OutcomeKind.BOUNDARY), Decision.ACCEPT_A, c.labelsByName());
        assertTrue(f.session.findAnalyst("consensus").isPresent(), "created on first use");
        assertEquals(List.of("PER[0,13)"), consensus());
        adjudication.decide(f.doc, pair(OutcomeKind.LABEL_CONFLICT), Decision.ACCEPT_B, c.labelsByName());
        assertEquals(List.of("PER[0,13)", "ORG[28,33)"), consensus());
        adjudication.decide(f.doc, pair(OutcomeKind.ONLY_B), Decision.REJECT, c.labelsByName());
        assertEquals(2, consensus().size(), "reject writes nothing");
        adjudication.decide(f.doc, pair(OutcomeKind.LABEL_CONFLICT), Decision.ACCEPT_BOTH, c.labelsByName());
        assertEquals(List.of("PER[0,13)", "ORG[28,33)", "LOC[28,33)"), consensus(), "the ORG twin is not added twice");
        assertThrows(AnnotationConflictException.class,
                () -> adjudication.decide(f.doc, pair(OutcomeKind.ONLY_B), Decision.ACCEPT_A, c.labelsByName()));
    }

    @Test
    void acceptAllMatchesIsOneStepThatUndoRemovesWhole() throws Exception {
        f.session.annotations().tag(f.doc, f.ann, f.org, new org.newsmark.domain.Span(37, 43));
        c = f.session.comparisons().compare("Ann", "Ben", f.doc.id());
        List<Annotation> added = adjudication.acceptAllMatches(f.doc, c.pairsOf(f.doc.id()), c.labelsByName());
        assertEquals(2, added.size());
        assertEquals(List.of("PER[18,24)", "ORG[37,43)"), consensus());
        assertTrue(adjudication.canUndo(f.doc));
        adjudication.undo(f.doc);
        assertEquals(List.of(), consensus(), "one undo takes back the whole batch");
        assertFalse(adjudication.canUndo(f.doc));
        f.session.annotations().redo(f.doc.id(), adjudication.consensus().id());
        assertEquals(2, consensus().size(), "redo brings the batch back");
    }

    @Test
    void undoTakesBackTheLastDecisionAndItIsOnDisk() throws Exception {
        adjudication.decide(f.doc, pair(OutcomeKind.MATCH), Decision.ACCEPT_A, c.labelsByName());
        adjudication.decide(f.doc, pair(OutcomeKind.BOUNDARY), Decision.ACCEPT_BOTH, c.labelsByName());
        assertEquals(3, consensus().size());
        adjudication.undo(f.doc);
        assertEquals(List.of("PER[18,24)"), consensus());
        long consensusId = adjudication.consensus().id();
        f.session.close();
        try (ProjectStore p = new SqliteProjectStores().open(file)) {
            assertEquals(1, p.annotations().forDocument(f.doc.id(), consensusId).size());
        }
    }
}
