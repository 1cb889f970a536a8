package org.newsmark.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;
import org.newsmark.io.ImportException;
import org.newsmark.io.codebook.CodebookJson;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;

/**
 * Seeded mutants of a valid codebook file, imported into a project that has tags and values:
 * each is refused with a message naming the file and nothing changes, or imported so that the
 * project's codebook says what the file says, and no tag or value is lost. Replay one case with
 * {@code -Dnewsmark.codebookFuzzSeed=S}.
 */
class CodebookFuzzTest {

    static final int CASES = Integer.getInteger("newsmark.codebookFuzzCases", 150);
    static final long SEED = Long.getLong("newsmark.codebookFuzzSeed", 20_261_202L);
    static final String[] TOKENS = {"\"text\"", "\"choice\"", "\"colour\"", "null", "true", "1", "\"1\"", "\"9\"", "\"#000000\"",
            "\"#GGGGGG\"", "[]", "{}", "\"\"", "\"claim\"", "\"a | b\"", "\"\\u0007\"", "\"multiple-choice\"", "2", "-1", "\"yes-no\""};

    @TempDir
    Path dir;

    @Test
    void everyMutantIsRefusedWithItsFileNamedOrImportedAsItSays() throws Exception {
        Path base = dir.resolve("base.newsmark");
        byte[] file;
        try (ProjectSession s = TestProjects.create(base)) {
            Document d = s.documents().add("A", "a.txt", "Exports rose 12% in May, the minister said.").document();
            var stat = s.codebook().codebook().label("statistic").orElseThrow();
            var tag = s.annotations().tag(d, s.analyst("Ana"), stat, new Span(13, 16));
            Attribute unit = s.codebook().codebook().attributesOf(stat.id()).stream().filter(a -> a.name().equals("unit")).findFirst()
                    .orElseThrow();
            s.annotations().setAttributes(tag, AttributeValues.of(Map.of(unit.id(), List.of("percent"))));
            s.codebook().declare(new Attribute(0, stat.id(), "kind", AttributeType.CHOICE, List.of("count", "rate"), false, ""));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CodebookJson.write(s.codebook().codebook(), out);
            file = out.toByteArray();
        }
        int refused = 0;
        int accepted = 0;
        List<String> failures = new ArrayList<>();
        for (int n = 0; n < CASES; n++) {
            Random r = new Random(SEED * 31 + n);
            byte[] mutant = mutate(file, r);
            Path json = dir.resolve("mutant-" + n + ".json");
            Files.write(json, mutant);
            Path project = dir.resolve("p-" + n + ".newsmark");
            Files.copy(base, project);
            try (ProjectSession s = TestProjects.open(project)) {
                Codebook before = s.codebook().codebook();
                long tags = s.export().count(org.newsmark.service.ExportScope.ALL);
                try {
                    s.codebookFiles().importFile(json);
                    accepted++;
                    Codebook incoming = CodebookJson.read(mutant, json.getFileName().toString());
                    Codebook after = s.codebook().codebook();
                    for (Label l : incoming.labels()) {
                        Label here = after.label(l.name()).orElseThrow(() -> new AssertionError("label " + l.name() + " missing"));
                        if (!here.color().equalsIgnoreCase(l.color()) || !java.util.Objects.equals(here.key(), l.key())
                                || !here.definition().equals(l.definition()) || here.retired() != l.retired()) {
                            failures.add("case " + n + ": " + l.name() + " is " + here + ", the file says " + l);
                        }
                    }
                    for (Label l : before.labels()) {
                        assertTrue(after.label(l.name()).isPresent(), "case " + n + ": a label was removed");
                    }
                } catch (ImportException e) {
                    refused++;
                    if (!e.getMessage().startsWith("mutant-" + n + ".json")) {
                        failures.add("case " + n + ": the message does not name the file: " + e.getMessage());
                    }
                    if (!s.codebook().codebook().equals(before)) {
                        failures.add("case " + n + ": refused, but the codebook changed");
                    }
                }
                assertEquals(tags, s.export().count(org.newsmark.service.ExportScope.ALL), "case " + n + ": no tag is lost");
                assertEquals(List.of("percent"), s.annotations().annotations(1, s.findAnalyst("Ana").orElseThrow().id()).get(0).attributes()
                        .asMap().values().iterator().next(), "case " + n + ": the value stays");
                assertEquals("ok", s.integrityCheck());
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(refused > CASES / 10 && accepted > CASES / 20, "the mutants exercise both paths: " + refused + " refused, "
                + accepted + " accepted");
    }

    /** One to three edits: a byte flipped or dropped, a line dropped or doubled, a value replaced by another token. */
    static byte[] mutate(byte[] file, Random r) {
        String text = new String(file, StandardCharsets.UTF_8);
        int edits = 1 + r.nextInt(3);
        for (int i = 0; i < edits; i++) {
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            switch (r.nextInt(5)) {
                case 0 -> {
                    int at = r.nextInt(text.length());
                    text = text.substring(0, at) + (char) (32 + r.nextInt(95)) + text.substring(Math.min(text.length(), at + 1));
                }
                case 1 -> lines.remove(r.nextInt(lines.size()));
                case 2 -> {
                    int at = r.nextInt(lines.size());
                    lines.add(at, lines.get(at));
                }
                default -> {
                    int at = r.nextInt(lines.size());
                    String line = lines.get(at);
                    int colon = line.indexOf(": ");
                    if (colon > 0) {
                        String end = line.endsWith(",") ? "," : "";
                        lines.set(at, line.substring(0, colon + 2) + TOKENS[r.nextInt(TOKENS.length)] + end);
                    }
                }
            }
            if (lines.size() > 0 && !lines.equals(List.of(text.split("\n", -1)))) {
                text = String.join("\n", lines);
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
