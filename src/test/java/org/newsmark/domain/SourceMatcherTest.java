package org.newsmark.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceMatcherTest {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
    private static final Source MERKEL = source(1, "Angela Merkel");
    private static final Source MARTEN = source(2, "Ilse Marten");
    private static final Source MINISTRY = source(3, "Ministry of Transport");
    private static final Source MERZ = source(4, "Friedrich Merz");
    private static final List<Source> ALL = List.of(MARTEN, MINISTRY, MERZ, MERKEL);

    @Test
    void accentsCaseAWordOrATypoAllFindTheSameSource() {
        for (String typed : List.of("Ángela Merkel", "angela merkel", "ANGELA  MERKEL", "Merkel", "Angela Merkl", "merk")) {
            List<Source> found = SourceMatcher.suggest(typed, ALL, 5);
            assertTrue(!found.isEmpty() && found.get(0).equals(MERKEL), typed + " → " + found);
        }
    }

    @Test
    void exactBeforePrefixBeforeAWordBeforeContainedBeforeSimilar() {
        Source mer = source(5, "Mer");
        Source merida = source(6, "Mérida council");
        Source homer = source(7, "Homer Simpson");
        List<Source> all = List.of(homer, MERKEL, merida, mer);
        assertEquals(List.of(mer, merida, MERKEL, homer), SourceMatcher.suggest("mer", all, 10));
        assertEquals(List.of(mer, merida), SourceMatcher.suggest("mer", all, 2), "at most the limit");
    }

    @Test
    void aDifferentNameOrNothingTypedSuggestsNothing() {
        assertEquals(List.of(), SourceMatcher.suggest("Zhou", ALL, 5));
        assertEquals(List.of(), SourceMatcher.suggest("  ", ALL, 5));
        assertEquals(List.of(), SourceMatcher.suggest("Transportation Board", List.of(MARTEN), 5));
    }

    @Test
    void exactIgnoresAccentsCaseAndPunctuationOnly() {
        assertEquals(MERKEL, SourceMatcher.exact("ANGELA MÉRKEL.", ALL).orElseThrow());
        assertTrue(SourceMatcher.exact("Angela Merkl", ALL).isEmpty());
        assertEquals("angela merkel", SourceMatcher.key(" Ángela—Merkel "));
    }

    @Test
    void kindsReadTheirIdsAndTheSpeakerTypeWording() {
        assertEquals(SourceKind.NAMED_PERSON, SourceKind.parse("named person").orElseThrow());
        assertEquals(SourceKind.OFFICIAL_BODY, SourceKind.parse("official-body").orElseThrow());
        assertTrue(SourceKind.parse("spokesperson").isEmpty());
    }

    private static Source source(long id, String name) {
        return new Source(id, name, SourceKind.NAMED_PERSON, "", "", T);
    }
}
