package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;

/** ProjectSession.analyst(name), the way the window and the command line pick the analyst, applies domain.Names. */
class ProjectSessionAnalystTest {

    @TempDir
    Path dir;

    @Test
    void theNameIsStrippedSoAlexAndAlexWithSpacesAreOneAnalystButCaseCounts() throws Exception {
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            Analyst alex = s.analyst("  Alex\u00A0");
            assertEquals("Alex", alex.name());
            assertEquals(alex, s.analyst("Alex"));
            assertNotEquals(alex.id(), s.analyst("alex").id());
            assertEquals(2, s.analysts().size());
        }
    }

    @Test
    void aRefusedNameIsNotStoredAndTheMessageSaysWhy() throws Exception {
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.analyst("Ana\u0000"));
            assertEquals("Analyst name \"Ana<U+0000>\" holds the control character U+0000 NULL at position 4", e.getMessage());
            assertEquals("Analyst name is empty", assertThrows(IllegalArgumentException.class, () -> s.analyst("  ")).getMessage());
            assertThrows(IllegalArgumentException.class, () -> s.analyst("x".repeat(201)));
            assertThrows(IllegalArgumentException.class, () -> s.analyst("Ana\u202Eb"));
            assertEquals(List.of(), s.analysts());
        }
    }

    @Test
    void aReadOnlySessionFindsTheStrippedName() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestProjects.onServer(), "a second session of a file is read-only; of a team project, not");
        Path file = dir.resolve("p.newsmark");
        try (ProjectSession writer = TestProjects.create(file)) {
            long id = writer.analyst("Alex").id();
            try (ProjectSession reader = TestProjects.open(file)) {
                assertEquals(true, reader.isReadOnly());
                assertEquals(id, reader.analyst(" Alex ").id());
                assertThrows(IllegalArgumentException.class, () -> reader.analyst("A\u0007"));
            }
        }
    }
}
