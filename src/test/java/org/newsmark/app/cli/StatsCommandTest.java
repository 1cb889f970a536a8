package org.newsmark.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.StatisticsServiceTest;
import org.newsmark.service.TestProjects;

/** {@code newsmark stats}: CSV and JSON with a column per key then tags, one analyst, density, refusals. */
class StatsCommandTest {

    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void fill() throws Exception {
        project = dir.resolve("p.newsmark");
        try (ProjectSession s = TestProjects.create(project)) {
            StatisticsServiceTest.fill(s);
        }
    }

    @Test
    void csvHasAColumnPerKeyInTheOrderGivenThenTags() throws Exception {
        Path out = dir.resolve("by.csv");
        CommandLineTest.Run run = CommandLineTest.run("stats", project.toString(), "--by", "label,outlet", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("label,outlet,tags", "claim,Gazette,4", "statistic,(no outlet),2", "statistic,Gazette,1"),
                Files.readAllLines(out));
        assertTrue(run.err().contains("wrote 3 rows (7 tags)"), run.err());
        CommandLineTest.Run ben = CommandLineTest.run("stats", project.toString(), "--by", "code:frame", "--analyst", "Ana",
                "--out", out.toString());
        assertEquals(0, ben.code(), ben.err());
        assertEquals(List.of("code:frame,tags", "conflict,3", "economy,3", "human,1"), Files.readAllLines(out),
                "a multiple-choice code counts a tag once per value");
    }

    @Test
    void jsonIsAnArrayOfObjectsWithTheSameFields() throws Exception {
        Path out = dir.resolve("by.json");
        CommandLineTest.Run run = CommandLineTest.run("stats", project.toString(), "--by", "month,analyst", "--format", "json",
                "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        JsonNode rows = new ObjectMapper().readTree(out.toFile());
        assertEquals(4, rows.size());
        assertEquals("(no date)", rows.get(0).get("month").asText());
        assertEquals("Ben", rows.get(0).get("analyst").asText());
        assertEquals(2, rows.get(0).get("tags").asLong());
        assertTrue(rows.get(0).get("tags").isNumber());
        assertEquals(List.of("month", "analyst", "tags"), iterator(rows.get(0)));
    }

    private static List<String> iterator(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void densityGivesTagsPerThousandCharacters() throws Exception {
        Path out = dir.resolve("density.csv");
        CommandLineTest.Run run = CommandLineTest.run("stats", project.toString(), "--density", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("document_id,title,outlet,characters,tags,tags_per_1000_chars", lines.get(0));
        int length = StatisticsServiceTest.A.length();
        assertEquals("1,Bridge,Gazette," + length + ",4," + String.format(java.util.Locale.ROOT, "%.2f", 4000.0 / length), lines.get(1));
    }

    @Test
    void anUnknownKeyCodeOrAnalystIsRefusedClearlyAndWritesNothing() throws Exception {
        Path out = dir.resolve("never.csv");
        CommandLineTest.Run key = CommandLineTest.run("stats", project.toString(), "--by", "outlet,week", "--out", out.toString());
        assertEquals(2, key.code());
        assertTrue(key.err().contains("unknown key \"week\": use outlet, label, analyst, month, article or code:NAME"), key.err());
        CommandLineTest.Run code = CommandLineTest.run("stats", project.toString(), "--by", "code:mood", "--out", out.toString());
        assertEquals(2, code.code());
        assertTrue(code.err().contains("no article code \"mood\" in p.newsmark"), code.err());
        CommandLineTest.Run who = CommandLineTest.run("stats", project.toString(), "--by", "label", "--analyst", "Zoe");
        assertEquals(2, who.code());
        assertTrue(who.err().contains("no analyst \"Zoe\""), who.err());
        CommandLineTest.Run self = CommandLineTest.run("stats", project.toString(), "--by", "label", "--out", project.toString());
        assertTrue(self.code() != 0, self.err());
        assertFalse(key.err().contains("Exception") || code.err().contains("Exception") || self.err().contains("Exception"));
        assertFalse(Files.exists(out));
        try (ProjectSession s = TestProjects.openReadOnly(project)) {
            assertEquals("ok", s.integrityCheck());
        }
    }
}
