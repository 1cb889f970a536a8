package org.newsmark.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;

/** codebook export, then import into another project with tags: what is added and changed is reported, no tag is lost. */
class CodebookCommandTest {

    @TempDir
    Path dir;

    @Test
    void aCodebookTravelsBetweenProjectsAndKeepsTheirTags() throws Exception {
        Path study = dir.resolve("study.newsmark");
        try (ProjectSession s = TestProjects.create(study)) {
            var book = s.codebook();
            Label claim = book.codebook().label("claim").orElseThrow();
            book.update(claim.withColor("#112233").withTexts("A checkable assertion.", "Include: predictions. Exclude: opinions.", "\"Prices will fall\""));
            Label source = book.addLabel("source", "#0072B2", "5", "Who is quoted.");
            book.declare(new Attribute(0, source.id(), "source kind", org.newsmark.domain.AttributeType.CHOICE,
                    List.of("person", "institution"), true, ""));
        }
        Path json = dir.resolve("study-codebook.json");
        CommandLineTest.Run exported = CommandLineTest.run("codebook", "export", study.toString(), "--out", json.toString());
        assertEquals(0, exported.code(), exported.err());
        String text = Files.readString(json);
        assertTrue(text.contains("\"format\" : \"newsmark-codebook\"") || text.contains("\"format\": \"newsmark-codebook\""), text);

        Path other = dir.resolve("other.newsmark");
        try (ProjectSession s = TestProjects.create(other)) {
            var d = s.documents().add("A", "a.txt", "Prices will fall, the minister said.").document();
            s.annotations().tag(d, s.analyst("Ana"), s.codebook().codebook().label("claim").orElseThrow(), new Span(0, 17));
        }
        CommandLineTest.Run dry = CommandLineTest.run("codebook", "import", other.toString(), json.toString(), "--dry-run");
        assertEquals(0, dry.code(), dry.err());
        assertTrue(dry.out().startsWith("would: "), dry.out());
        CommandLineTest.Run imported = CommandLineTest.run("codebook", "import", other.toString(), json.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("1 label"), imported.out());
        try (ProjectSession s = org.newsmark.app.wiring.Wiring.projects().open(other)) {
            var book = s.codebook().codebook();
            Label claim = book.label("claim").orElseThrow();
            assertEquals("#112233", claim.color());
            assertEquals("Include: predictions. Exclude: opinions.", claim.rules());
            Label source = book.label("source").orElseThrow();
            assertEquals("5", source.key());
            assertEquals(List.of("person", "institution"), book.attributesOf(source.id()).get(0).choices());
            assertEquals(1, s.annotations().annotations(1, s.analyst("Ana").id()).size(), "the tag is kept");
        }
    }

    @Test
    void aBrokenCodebookFileIsRefusedNamingTheFieldAndTheProjectIsUnchanged() throws Exception {
        Path p = dir.resolve("p.newsmark");
        TestProjects.create(p).close();
        byte[] before = Files.readAllBytes(p);
        Path json = dir.resolve("bad.json");
        Files.writeString(json, "{\"format\": \"newsmark-codebook\", \"version\": 1, \"labels\": [{\"name\": \"claim\", \"color\": \"#E69F00\","
                + " \"attributes\": [{\"name\": \"x\", \"type\": \"colour\"}]}]}");
        CommandLineTest.Run bad = CommandLineTest.run("codebook", "import", p.toString(), json.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().startsWith("newsmark: bad.json line 1: labels[0].attributes[0].type"), bad.err());
        assertArrayEquals(before, Files.readAllBytes(p), "the project file is byte for byte as it was");
    }

    @Test
    void theBuiltInParcCodebookIsShownByDryRunThenImported() throws Exception {
        Path p = dir.resolve("parc.newsmark");
        TestProjects.create(p).close();
        CommandLineTest.Run dry = CommandLineTest.run("codebook", "import", p.toString(), "--builtin", "parc", "--dry-run");
        assertEquals(0, dry.code(), dry.err());
        assertTrue(dry.out().startsWith("would: adds 3 labels, 1 attribute, 2 link types"), dry.out());
        assertTrue(dry.out().contains("  adds link type \"cue of\" (\"cue\" → \"content\")"), dry.out());
        CommandLineTest.Run run = CommandLineTest.run("codebook", "import", p.toString(), "--builtin", "parc");
        assertEquals(0, run.code(), run.err());
        try (ProjectSession s = org.newsmark.app.wiring.Wiring.projects().open(p)) {
            assertTrue(s.codebook().codebook().linkType("source of").isPresent());
        }
        CommandLineTest.Run both = CommandLineTest.run("codebook", "import", p.toString(), "x.json", "--builtin", "parc");
        assertEquals(2, both.code());
        assertTrue(both.err().contains("Give either FILE.json or --builtin NAME (not both)."), both.err());
        CommandLineTest.Run unknown = CommandLineTest.run("codebook", "import", p.toString(), "--builtin", "tei");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().startsWith("newsmark: tei: is not a built-in codebook (parc, default)"), unknown.err());
    }
}
