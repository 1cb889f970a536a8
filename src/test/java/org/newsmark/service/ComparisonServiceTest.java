package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.agreement.AgreementMeasures;
import org.newsmark.agreement.OutcomeKind;
import org.newsmark.agreement.PairwiseMatrix;
import org.newsmark.domain.Span;

class ComparisonServiceTest {

    @TempDir
    Path dir;
    TwoAnalystFixture f;
    ComparisonService service;

    @BeforeEach
    void setUp() throws Exception {
        f = new TwoAnalystFixture(dir.resolve("c.newsmark"));
        service = f.session.comparisons();
    }

    @AfterEach
    void tearDown() {
        f.session.close();
    }

    @Test
    void workedExampleGivesTheDocumentedCounts() {
        Comparison c = service.compare("Ann", "Ben", f.doc.id());
        AgreementMeasures all = c.report().overall();
        assertEquals(1, all.matches());
        assertEquals(3, all.aSpans());
        assertEquals(4, all.bSpans());
        assertEquals(2.0 / 7, all.exactF1(), 1e-9);
        assertEquals(4.0 / 7, all.overlapF1(), 1e-9);
        assertEquals(0.385, all.charKappa(), 0.0005);
        assertEquals(0.318, all.alphaU(), 0.0005);
        assertEquals(0.5, c.report().perLabel().get("PER").exactF1(), 1e-9);
        assertEquals(1, c.report().confusion().count("LOC", "ORG"));
        assertEquals(List.of(OutcomeKind.BOUNDARY, OutcomeKind.MATCH, OutcomeKind.LABEL_CONFLICT, OutcomeKind.ONLY_B),
                c.pairsOf(f.doc.id()).stream().map(p -> p.kind()).toList());
        assertEquals("PER", c.labelsByName().get("PER").name());
    }

    @Test
    void withoutADocumentOnlyDocumentsBothTaggedCount() {
        Comparison c = service.compare("Ann", "Ben", null);
        assertEquals(List.of(f.doc.id()), c.documents().stream().map(d -> d.id()).toList());
        assertEquals(3, c.report().overall().aSpans(), "Ann's tag in the other document is not counted");
    }

    @Test
    void unknownNamesAndIdsFailWithAClearMessage() {
        var e = assertThrows(IllegalArgumentException.class, () -> service.compare("Ann", "Zoe", null));
        assertEquals("No analyst named \"Zoe\" in " + f.session.name() + ".", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> service.compare("Ann", "Ben", 99L));
        assertEquals("No document with id 99 in " + f.session.name() + ".", e.getMessage());
    }

    @Test
    void exportedPairsUseCodePoints() throws Exception {
        var doc = f.session.documents().add("Emoji", null, "\uD83D\uDE00 Ann met Ben.").document();
        f.session.annotations().tag(doc, f.ann, f.per, new Span(3, 6));
        f.session.annotations().tag(doc, f.ben, f.per, new Span(11, 14));
        Comparison c = service.compare("Ann", "Ben", doc.id());
        List<ExportedPair> pairs = ComparisonService.exportedPairs(c);
        assertEquals(2, pairs.size());
        ExportedPair onlyA = pairs.get(0);
        assertEquals("only_a", onlyA.kind());
        assertEquals(2, onlyA.startA());
        assertEquals(5, onlyA.endA());
        assertEquals("Ann", onlyA.textA());
        assertNull(onlyA.startB());
        assertEquals(10, pairs.get(1).startB());
    }

    @Test
    void pairwiseCoversEveryPairExceptExcluded() {
        f.session.analyst("consensus");
        f.session.annotations().tag(f.doc, f.session.analyst("Cy"), f.per, new Span(18, 24));
        PairwiseMatrix m = service.pairwise(null, List.of("consensus"));
        assertEquals(List.of("Ann", "Ben", "Cy"), m.analysts());
        assertEquals(3, m.entries().size());
        assertEquals(2.0 / 7, m.exactF1("Ann", "Ben"), 1e-9);
        assertEquals(2.0 / 5, m.exactF1("Ben", "Cy"), 1e-9);
    }
}
