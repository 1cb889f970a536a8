package org.newsmark.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.junit.jupiter.api.Test;

/** Unitizing alpha against Krippendorff (2004, p. 254) and against DKPro Statistics. */
class KrippendorffUnitizingAlphaTest {

    /** Units (begin, length, coder) on a continuum that begins at 150 and is 300 long. */
    private static final long[][] C = { { 225, 70, 0 }, { 370, 30, 0 }, { 220, 80, 1 }, { 355, 20, 1 }, { 400, 20, 1 } };
    private static final long[][] K = { { 180, 60, 0 }, { 300, 50, 0 }, { 180, 60, 1 }, { 300, 50, 1 } };
    private static final int CONTINUUM_BEGIN = 150;
    private static final int CONTINUUM_LENGTH = 300;

    @org.junit.jupiter.params.ParameterizedTest(name = "DKPro up to {0} units")
    @org.junit.jupiter.params.provider.ValueSource(ints = {0, UnitizingAlpha.DKPRO_MAX_UNITS})
    void reproducesKrippendorff2004OnBothPaths(int dkproMaxUnits) {
        // Our continuum starts at 0, so shift the book's positions by -150.
        List<List<LabeledSpan>> raters = List.of(new ArrayList<>(), new ArrayList<>());
        addBookUnits(raters, C, "c");
        addBookUnits(raters, K, "k");
        UnitizingAlpha alpha = UnitizingAlpha.compute(CONTINUUM_LENGTH, raters, dkproMaxUnits);

        assertEquals(0.0144, alpha.observedDisagreement("c"), 0.00005);
        assertEquals(0.0532, alpha.expectedDisagreement("c"), 0.00005);
        assertEquals(0.7286, alpha.forLabel("c"), 0.0005);
        assertEquals(0.0, alpha.observedDisagreement("k"), 1e-12);
        assertEquals(0.0490, alpha.expectedDisagreement("k"), 0.00005);
        assertEquals(1.0, alpha.forLabel("k"), 1e-12);
        assertEquals(0.8591, alpha.overall(), 0.0005);
    }

    @Test
    void reproducesKrippendorff2004WithDkpro() {
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(2, CONTINUUM_BEGIN, CONTINUUM_LENGTH);
        for (long[] u : C) study.addUnit(u[0], u[1], (int) u[2], "c");
        for (long[] u : K) study.addUnit(u[0], u[1], (int) u[2], "k");
        KrippendorffAlphaUnitizingAgreement dkpro = new KrippendorffAlphaUnitizingAgreement(study);

        assertEquals(0.7286, dkpro.calculateCategoryAgreement("c"), 0.0005);
        assertEquals(1.0, dkpro.calculateCategoryAgreement("k"), 1e-12);
        assertEquals(0.8591, dkpro.calculateAgreement(), 0.0005);
    }

    @Test
    void agreesWithDkproOnRandomSmallStudies() {
        Random random = new Random(20240611);
        String[] labels = { "PER", "LOC", "ORG" };
        for (int round = 0; round < 300; round++) {
            int length = 20 + random.nextInt(200);
            int raterCount = 2 + random.nextInt(3);
            UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(raterCount, 0, length);
            List<List<LabeledSpan>> raters = new ArrayList<>();
            for (int r = 0; r < raterCount; r++) {
                List<LabeledSpan> spans = new ArrayList<>();
                for (String label : labels) {
                    // Disjoint units per rater and label, as DKPro requires; touching is allowed.
                    int position = random.nextInt(10);
                    while (random.nextInt(5) > 0) {
                        int unitLength = 1 + random.nextInt(15);
                        if (position + unitLength > length) break;
                        spans.add(LabeledSpan.of(label, position, position + unitLength));
                        study.addUnit(position, unitLength, r, label);
                        position += unitLength + random.nextInt(3) * random.nextInt(12);
                    }
                }
                raters.add(spans);
            }
            if (study.getUnitCount() == 0) continue;
            UnitizingAlpha ours = UnitizingAlpha.compute(length, raters, 0); // our own formula, not DKPro's
            KrippendorffAlphaUnitizingAgreement dkpro = new KrippendorffAlphaUnitizingAgreement(study);
            String context = "round " + round + " raters " + raters;
            assertEquals(dkpro.calculateAgreement(), ours.overall(), 1e-9, context);
            for (Object label : study.getCategories()) {
                assertEquals(dkpro.calculateCategoryAgreement(label), ours.forLabel((String) label), 1e-9, context);
            }
        }
    }

    @Test
    void mergesOverlappingUnitsOfOneRaterAndLabel() {
        // Alpha-U needs a rater's units of one label to be disjoint; [0,10) and [5,15) act as [0,15).
        UnitizingAlpha overlapping = UnitizingAlpha.compute(50, List.of(
                List.of(LabeledSpan.of("X", 0, 10), LabeledSpan.of("X", 5, 15)),
                List.of(LabeledSpan.of("X", 0, 15))));
        assertEquals(1.0, overlapping.forLabel("X"), 1e-12);
    }

    @Test
    void unusedLabelIsUndefined() {
        UnitizingAlpha alpha = UnitizingAlpha.compute(10, List.of(List.of(), List.of()));
        assertEquals(Double.NaN, alpha.overall());
        assertEquals(Double.NaN, alpha.forLabel("PER"));
    }

    private static void addBookUnits(List<List<LabeledSpan>> raters, long[][] units, String label) {
        for (long[] u : units) {
            int begin = (int) u[0] - CONTINUUM_BEGIN;
            raters.get((int) u[2]).add(LabeledSpan.of(label, begin, begin + (int) u[1]));
        }
    }
}
