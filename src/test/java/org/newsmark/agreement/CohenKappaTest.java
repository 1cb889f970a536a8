package org.newsmark.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;

import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.junit.jupiter.api.Test;

/** Cohen's kappa from a contingency table, and the character tables that feed it. */
class CohenKappaTest {

    /** Cohen (1960), p. 45: rows coder A, columns coder B. */
    private static final long[][] COHEN_1960 = { { 88, 14, 18 }, { 10, 40, 10 }, { 2, 6, 12 } };

    @Test
    void reproducesCohen1960() {
        CohenKappa k = CohenKappa.fromTable(COHEN_1960);
        assertEquals(0.70, k.observed(), 1e-12);
        assertEquals(0.41, k.expected(), 1e-12);
        assertEquals(0.492, k.kappa(), 0.0005);
    }

    @Test
    void matchesDkproOnCohen1960AndRandomTables() {
        assertEquals(dkproKappa(COHEN_1960), CohenKappa.fromTable(COHEN_1960).kappa(), 1e-12);
        Random random = new Random(7);
        for (int round = 0; round < 100; round++) {
            int k = 2 + random.nextInt(4);
            long[][] table = new long[k][k];
            for (long[] row : table) for (int j = 0; j < k; j++) row[j] = random.nextInt(30);
            table[0][0]++; // never empty
            assertEquals(dkproKappa(table), CohenKappa.fromTable(table).kappa(), 1e-9);
        }
    }

    @Test
    void undefinedWhenBothUseOneCategoryOnly() {
        assertEquals(Double.NaN, CohenKappa.fromTable(new long[][] { { 0, 0 }, { 0, 100 } }).kappa());
        assertEquals(Double.NaN, CohenKappa.fromTable(new long[][] { { 0, 0 }, { 0, 0 } }).kappa());
        assertThrows(IllegalArgumentException.class, () -> CohenKappa.fromTable(new long[][] { { 1, 2 } }));
    }

    @Test
    void characterTablesCountInsideAndOutsidePerLabel() {
        // Text of 20 characters. A: PER [0,10); B: PER [5,15) and LOC [15,20).
        CharacterAgreement chars = new CharacterAgreement();
        chars.addDocument(20, List.of(LabeledSpan.of("PER", 0, 10)),
                List.of(LabeledSpan.of("PER", 5, 15), LabeledSpan.of("LOC", 15, 20)));
        // PER: both 5, A only 5, B only 5, neither 5.
        assertArrayEquals(new long[][] { { 5, 5 }, { 5, 5 } }, chars.labelTable("PER"));
        assertEquals(0.0, chars.labelKappa("PER").kappa(), 1e-12);
        // LOC: only B, 5 characters.
        assertArrayEquals(new long[][] { { 0, 0 }, { 5, 15 } }, chars.labelTable("LOC"));
        // Label sets: none/PER/LOC categories in order of appearance.
        assertEquals(List.of("none", "PER", "LOC"), chars.labelSetCategories());
        assertArrayEquals(new long[][] { { 0, 5, 5 }, { 5, 5, 0 }, { 0, 0, 0 } }, chars.labelSetTable());
    }

    @Test
    void overlappingLabelsFormTheirOwnCategory() {
        CharacterAgreement chars = new CharacterAgreement();
        chars.addDocument(10, List.of(LabeledSpan.of("ORG", 0, 6), LabeledSpan.of("LOC", 4, 6)),
                List.of(LabeledSpan.of("ORG", 0, 6)));
        assertEquals(List.of("none", "ORG", "LOC+ORG"), chars.labelSetCategories());
        // A: ORG ORG ORG ORG LOC+ORG LOC+ORG none*4; B: ORG*6 none*4.
        assertArrayEquals(new long[][] { { 4, 0, 0 }, { 0, 4, 0 }, { 0, 2, 0 } }, chars.labelSetTable());
    }

    private static void assertArrayEquals(long[][] expected, long[][] actual) {
        assertEquals(expected.length, actual.length, "rows");
        for (int i = 0; i < expected.length; i++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(expected[i], actual[i], "row " + i);
        }
    }

    private static double dkproKappa(long[][] table) {
        CodingAnnotationStudy study = new CodingAnnotationStudy(2);
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < table.length; j++) {
                if (table[i][j] > 0) study.addMultipleItems((int) table[i][j], "c" + i, "c" + j);
            }
        }
        return new CohenKappaAgreement(study).calculateAgreement();
    }
}
