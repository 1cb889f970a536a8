package org.newsmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void readsProjectImportsAndAStrippedAnalyst() {
        LaunchOptions o = LaunchOptions.parse(List.of("p.newsmark", "--import", "a.txt", "-i", "b.txt",
                "--analyst", "  Zoë\u00A0"));
        assertEquals(Optional.of(Path.of("p.newsmark")), o.project());
        assertEquals(List.of(Path.of("a.txt"), Path.of("b.txt")), o.imports());
        assertEquals(Optional.of("Zoë"), o.analyst());
        assertEquals(Optional.of("👩\u200D💻 Sam"), LaunchOptions.parse(List.of("--analyst=👩\u200D💻 Sam")).analyst());
        assertEquals(Optional.empty(), LaunchOptions.parse(List.of()).analyst());
    }

    @Test
    void anAnalystNameTheRuleRefusesStopsTheStartWithTheReason() {
        assertEquals("--analyst: Analyst name \"Ana<U+0007>\" holds the control character U+0007 BEL at position 4",
                assertThrows(IllegalArgumentException.class,
                        () -> LaunchOptions.parse(List.of("--analyst", "Ana\u0007"))).getMessage());
        assertEquals("--analyst: Analyst name is empty",
                assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--analyst=  "))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--analyst", "x".repeat(201))));
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--analyst", "a\u202Eb")));
    }
}
