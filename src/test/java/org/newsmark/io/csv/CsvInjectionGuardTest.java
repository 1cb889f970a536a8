package org.newsmark.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
