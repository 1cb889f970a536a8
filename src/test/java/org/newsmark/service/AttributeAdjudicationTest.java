package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.agreement.AlignedPair;
import org.newsmark.agreement.OutcomeKind;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Decision;
import org.newsmark.domain.Span;

/** Attribute values into consensus: what both agree on with the matches, a side's values with its tag, the adjudicator's choice. */
class AttributeAdjudicationTest {

    @TempDir
    Path dir;
    AttributeFixture f;
    AdjudicationService adjudication;
    Comparison c;

    @BeforeEach
    void setUp() throws Exception {
        f = new AttributeFixture(dir.resolve("adjudicate.newsmark"));
        adjudication = f.session.adjudication(AdjudicationService.DEFAULT_CONSENSUS);
        c = f.session.comparisons().compare("Ann", "Ben", f.doc.id());
    }

    @AfterEach
    void tearDown() {
        f.session.close();
    }

    /** Consensus tags as "span → values by attribute name". */
    Map<String, String> consensus() {
        Map<String, String> out = new TreeMap<>();
        for (Annotation a : adjudication.consensusTags(f.doc)) {
            Map<String, List<String>> named = new TreeMap<>();
            a.attributes().asMap().forEach((id, v) -> named.put(f.session.codebook().codebook().attribute(id).orElseThrow().name(), v));
            out.put(a.span().toString(), named.toString());
        }
        return out;
    }

    AlignedPair match(Span span) {
        return c.pairsOf(f.doc.id()).stream().filter(p -> p.kind() == OutcomeKind.MATCH && p.a().span().equals(span)).findFirst().orElseThrow();
    }

    @Test
    void acceptingAllMatchesKeepsTheValuesBothGave() {
        AdjudicationService.MatchesAccepted r = adjudication.acceptAllMatches(c);
        assertEquals(8, r.added(), "slots 0-5, 7 and 8");
        Map<String, String> tags = consensus();
        assertEquals("{frame=[Economic]}", tags.get(AttributeFixture.slot(0).toString()));
        assertEquals("{frame=[Morality]}", tags.get(AttributeFixture.slot(2).toString()));
        assertEquals("{}", tags.get(AttributeFixture.slot(3).toString()), "Economic vs Morality: left for the adjudicator");
        assertEquals("{}", tags.get(AttributeFixture.slot(4).toString()), "a value on one side only is no agreement");
        assertEquals("{check-worthy=[yes]}", tags.get(AttributeFixture.slot(7).toString()));
        assertEquals("{}", tags.get(AttributeFixture.slot(8).toString()));
    }

    @Test
    void acceptingOneSideTakesItsValues() {
        AlignedPair boundary = c.pairsOf(f.doc.id()).stream().filter(p -> p.kind() == OutcomeKind.BOUNDARY).findFirst().orElseThrow();
        adjudication.decide(c, f.doc, boundary, Decision.ACCEPT_B);
        assertEquals(Map.of("[30,33)", "{frame=[Political]}"), consensus());
        adjudication.decide(c, f.doc, boundary, Decision.ACCEPT_A);
        assertEquals("{frame=[Economic]}", consensus().get("[30,34)"));
    }

    @Test
    void theConflictsAreTheMatchesWhoseValuesDiffer() {
        List<AdjudicationService.ValueConflict> conflicts = adjudication.valueConflicts(c);
        assertEquals(List.of("frame [15,19) [Economic]/[Morality]", "frame [20,24) [Political]/[]", "check-worthy [40,44) [yes]/[no]"),
                conflicts.stream().map(x -> x.attribute().name() + " " + x.match().a().span() + " " + x.a() + "/" + x.b()).toList());
        assertTrue(conflicts.stream().allMatch(x -> x.consensus().isEmpty()), "no consensus yet");
        assertTrue(f.session.findAnalyst(AdjudicationService.DEFAULT_CONSENSUS).isEmpty(),
                "listing them creates no consensus analyst (it ran in a read snapshot, and broke the next decision)");
    }

    @Test
    void theAdjudicatorsValueIsOneUndoStep() {
        adjudication.acceptAllMatches(c);
        AdjudicationService.ValueConflict economicOrMorality = adjudication.valueConflicts(c).get(0);
        adjudication.setConsensusValue(c, f.doc, economicOrMorality.match(), f.frame, economicOrMorality.b());
        assertEquals("{frame=[Morality]}", consensus().get("[15,19)"));
        assertEquals(List.of("Morality"), adjudication.valueConflicts(c).get(0).consensus(), "the conflict shows what consensus has now");
        assertEquals(8, adjudication.consensusTags(f.doc).size(), "no tag added");

        assertTrue(adjudication.undo(f.doc));
        assertEquals("{}", consensus().get("[15,19)"), "undo takes the value back, the tag stays");
        assertEquals(8, adjudication.consensusTags(f.doc).size());
    }

    @Test
    void aTypedValueIsCheckedAndAMissingTagIsAddedWithTheAgreedValues() {
        AlignedPair slot8 = match(AttributeFixture.slot(8));
        var refused = assertThrows(CodebookRefusedException.class,
                () -> adjudication.setConsensusValue(c, f.doc, slot8, f.checkWorthy, List.of("perhaps")));
        assertEquals("\"check-worthy\": value \"perhaps\" is not yes or no.", refused.getMessage());
        assertTrue(adjudication.consensusTags(f.doc).isEmpty(), "nothing written");

        adjudication.setConsensusValue(c, f.doc, slot8, f.checkWorthy, List.of("No"));
        assertEquals(Map.of("[40,44)", "{check-worthy=[no]}"), consensus(), "normalised as the editor does; the tag added");
        assertThrows(AnnotationConflictException.class,
                () -> adjudication.setConsensusValue(c, f.doc, slot8, f.frame, List.of("Economic")), "frame is not a claim attribute");
    }
}
