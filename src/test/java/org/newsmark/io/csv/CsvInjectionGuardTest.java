package org.newsmark.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvInjectionGuardTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=1+2|'=1+2", "+44 20|'+44 20", "-5 %|'-5 %", "@SUM|'@SUM", "plain|plain", "'quoted|'quoted",
            "'=x|''=x", "''-x|'''-x", "'|'"})
    void guards(String in, String out) {
        assertEquals(out, CsvInjectionGuard.guard(in));
        assertEquals(in, CsvInjectionGuard.unguard(out));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\tindented", "\rcarriage", "", "'", "''", "'a", "a=b", "-"})
    void roundTripsExactly(String s) {
        assertEquals(s, CsvInjectionGuard.unguard(CsvInjectionGuard.guard(s)));
    }

    /** What a spreadsheet reads as a plain number or percentage holds nothing to run: written as it is (issue 13). */
    @ParameterizedTest
    @ValueSource(strings = {"+12%", "-3.5", "+1,200", "-0.25", "+5", "-5", "-0", "+100%", "-12.5%", "+1,200,000",
            "-1,234.56", "+.5", "-1e3", "+2.5E-4", "-6E+2", "-3,5", "+0,25%", "-1.200,50", "-,5", "+007"})
    void plainNumbersAndPercentagesAreNeverAltered(String number) {
        assertEquals(number, CsvInjectionGuard.guard(number));
        assertEquals(number, CsvInjectionGuard.unguard(CsvInjectionGuard.guard(number)));
    }

    /** Anything a spreadsheet evaluates as more than a constant, or may: guarded. {@code -2+3} is a formula (1). */
    @ParameterizedTest
    @ValueSource(strings = {"-2+3", "-1+1", "+1-1", "=1+1", "=12%", "+cmd|' /C calc'!A0", "@SUM(1)", "-SUM(A1)",
            "+A1", "-A1*2", "-12%-1", "+12%%", "-1e", "-1e3%", "+ 5", "+5 ", "-5.", "-1,2,3", "+12,5%x", "-3.5.1",
            "+1,20,000", "--5", "+-5", "-", "+", "-.", "-%", "-e3", "+٣", "-５", "\t5", "\r-5", "-12% of",
            "-check against the 2019 figure"})
    void formulasAndTextStillGetTheApostrophe(String cell) {
        assertEquals("'" + cell, CsvInjectionGuard.guard(cell));
        assertEquals(cell, CsvInjectionGuard.unguard(CsvInjectionGuard.guard(cell)));
    }

    /** An apostrophe already in the text stays distinguishable from the guard's, also before a number. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"'+12%|''+12%", "''-3.5|'''-3.5", "'5|'5"})
    void aLeadingApostropheBeforeANumberIsKeptExactly(String in, String out) {
        assertEquals(out, CsvInjectionGuard.guard(in));
        assertEquals(in, CsvInjectionGuard.unguard(out));
    }

    /** A file an older Newsmark wrote, which guarded numbers too, still imports the number. */
    @Test
    void olderExportsOfGuardedNumbersStillImportAsTheNumber() {
        assertEquals("+12%", CsvInjectionGuard.unguard("'+12%"));
        assertEquals("-3.5", CsvInjectionGuard.unguard("'-3.5"));
    }

    /** unguard(guard(s)) == s for a seeded stream of strings made of the awkward pieces. */
    @Test
    void roundTripIsExactForEveryMixOfSignsDigitsAndApostrophes() {
        List<String> pieces = List.of("'", "+", "-", "=", "@", "\t", "1", "20", ",", ".", "%", "e", " ", "a");
        Random random = new Random(13);
        List<String> failures = new ArrayList<>();
        for (int trial = 0; trial < 20_000; trial++) {
            StringBuilder b = new StringBuilder();
            for (int n = 1 + random.nextInt(6); n > 0; n--) {
                b.append(pieces.get(random.nextInt(pieces.size())));
            }
            String s = b.toString();
            if (!CsvInjectionGuard.unguard(CsvInjectionGuard.guard(s)).equals(s)) {
                failures.add(s);
            }
        }
        assertEquals(List.of(), failures);
    }
}
