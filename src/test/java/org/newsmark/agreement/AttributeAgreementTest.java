package org.newsmark.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.newsmark.agreement.AttributeAgreement.Result;
import org.newsmark.agreement.AttributeAgreement.Unit;

/** Agreement on attribute values and article codes, checked against hand computations (docs/agreement.md). */
class AttributeAgreementTest {

    private static Unit u(String a, String b) {
        return Unit.of(a == null ? List.of() : List.of(a), b == null ? List.of() : List.of(b));
    }

    /**
     * The worked example of docs/agreement.md: 10 matching tags, the attribute "frame" with
     * E(conomic), M(orality), P(olitical):
     * <pre>
     *   pair  1  2  3  4  5  6  7  8  9 10
     *   A     E  E  E  M  M  P  P  E  M  E
     *   B     E  E  E  M  M  P  P  M  P  P
     * </pre>
     * Pairs 1-7 agree: agreement 7/10 = 0.7.
     * <p>
     * Coincidence matrix (each unit of 2 values adds 1/(2-1) = 1 per ordered pair of values):
     * <pre>
     *         E  M  P | n_c
     *     E   6  1  1 |  8
     *     M   1  4  1 |  6
     *     P   1  1  4 |  6
     *                 | n = 20
     * </pre>
     * D_o = (off-diagonal sum) / n = 6 / 20 = 0.3;
     * D_e = (n² − Σ n_c²) / (n (n − 1)) = (400 − 64 − 36 − 36) / 380 = 264 / 380;
     * alpha = 1 − D_o / D_e = 1 − 0.3 · 380 / 264 = 1 − 114 / 264 = 150 / 264 = 25 / 44 = 0.568181…
     */
    static List<Unit> tenPairs() {
        String[] a = {"E", "E", "E", "M", "M", "P", "P", "E", "M", "E"};
        String[] b = {"E", "E", "E", "M", "M", "P", "P", "M", "P", "P"};
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            units.add(u(a[i], b[i]));
        }
        return units;
    }

    @Test
    void tenPairsSevenAgreeMatchTheHandComputation() {
        Result r = AttributeAgreement.of(tenPairs());
        assertEquals(10, r.units());
        assertEquals(7, r.agreed());
        assertEquals(0.7, r.agreement(), 1e-9);
        assertEquals(25.0 / 44, r.alpha(), 1e-9);
    }

    /**
     * A pair where one side has no value counts as a unit of the agreement share (a
     * disagreement) but is a missing value for alpha: DKPro, as Krippendorff, leaves a unit with
     * one value out of the coincidence matrix, so alpha stays 25/44. A pair where neither side has
     * a value is no unit at all.
     */
    @Test
    void aValueOnOneSideIsMissingForAlphaButCountsAgainstTheShare() {
        List<Unit> units = new ArrayList<>(tenPairs());
        units.add(u("E", null));
        units.add(u(null, "X")); // a category nobody else used, on one side only: still no effect on alpha
        units.add(u(null, null));
        Result r = AttributeAgreement.of(units);
        assertEquals(12, r.units());
        assertEquals(7, r.agreed());
        assertEquals(7.0 / 12, r.agreement(), 1e-9);
        assertEquals(25.0 / 44, r.alpha(), 1e-9);
    }

    /**
     * Multiple choice: the category is the set. {x,y} and {y,x} agree; {x,y} and {x} disagree.
     * <pre>
     *   A: {x,y} {x} {x,y} {y}
     *   B: {y,x} {x} {x}   {y}
     * </pre>
     * agreement 3/4. Values: XY 3, X 3, Y 2, n = 8; off-diagonal coincidences XY–X and X–XY, 2.
     * D_o = 2/8 = 0.25; D_e = (64 − 9 − 9 − 4) / 56 = 42/56 = 0.75; alpha = 1 − 0.25/0.75 = 2/3.
     */
    @Test
    void multipleChoicesCompareAsSets() {
        List<Unit> units = List.of(
                Unit.of(List.of("x", "y"), List.of("y", "x")),
                Unit.of(List.of("x"), List.of("x")),
                Unit.of(List.of("x", "y"), List.of("x")),
                Unit.of(List.of("y"), List.of("y")));
        assertTrue(units.get(0).agrees());
        assertFalse(units.get(2).agrees());
        Result r = AttributeAgreement.of(units);
        assertEquals(4, r.units());
        assertEquals(0.75, r.agreement(), 1e-9);
        assertEquals(2.0 / 3, r.alpha(), 1e-9);
    }

    @Test
    void undefinedValuesAreNaN() {
        Result none = AttributeAgreement.of(List.of());
        assertEquals(0, none.units());
        assertEquals(Double.NaN, none.agreement());
        assertEquals(Double.NaN, none.alpha());

        Result onlyEmpty = AttributeAgreement.of(List.of(u(null, null), u(null, null)));
        assertEquals(0, onlyEmpty.units(), "pairs with no value on either side are not units");
        assertEquals(Double.NaN, onlyEmpty.agreement());

        // full agreement on one value: the share is 1, alpha has no variation to measure
        Result same = AttributeAgreement.of(List.of(u("yes", "yes"), u("yes", "yes"), u("yes", "yes")));
        assertEquals(1.0, same.agreement(), 1e-9);
        assertEquals(Double.NaN, same.alpha(), "DKPro throws InsufficientDataException here");

        // values only on one side of each pair: nothing pairable
        Result oneSided = AttributeAgreement.of(List.of(u("a", null), u(null, "b")));
        assertEquals(2, oneSided.units());
        assertEquals(0.0, oneSided.agreement(), 1e-9);
        assertEquals(Double.NaN, oneSided.alpha());

        // a second category only on an unpaired side: DKPro returns 0 (expected disagreement 0); we say n/a
        Result noVariation = AttributeAgreement.of(List.of(u("a", "a"), u("b", null)));
        assertEquals(0.5, noVariation.agreement(), 1e-9);
        assertEquals(Double.NaN, noVariation.alpha());
    }

    /** Perfect agreement with variation: alpha 1; two values always swapped: below 0. */
    @Test
    void perfectAndSystematicDisagreement() {
        assertEquals(1.0, AttributeAgreement.of(List.of(u("a", "a"), u("b", "b"))).alpha(), 1e-9);
        // A: a b, B: b a → n_a = n_b = 2, n = 4; D_o = 4/4 = 1; D_e = 2·2·2 / (4·3) = 2/3; alpha = 1 − 3/2 = −0.5
        Result r = AttributeAgreement.of(List.of(u("a", "b"), u("b", "a")));
        assertEquals(0.0, r.agreement(), 1e-9);
        assertEquals(-0.5, r.alpha(), 1e-9);
    }

    @Test
    void byNameSortsAndKeepsEachField() {
        SortedMap<String, Result> r = AttributeAgreement.byName(Map.of("tone", List.of(u("a", "a")), "frame", tenPairs()));
        assertEquals(List.of("frame", "tone"), List.copyOf(r.keySet()));
        assertEquals(25.0 / 44, r.get("frame").alpha(), 1e-9);
        assertEquals(1, r.get("tone").units());
    }
}
