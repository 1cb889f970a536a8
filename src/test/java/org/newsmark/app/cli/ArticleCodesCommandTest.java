package org.newsmark.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Document;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;

/** export --what article-codes and import-annotations of that file give the same codes; JSON Lines carries codes and attributes. */
class ArticleCodesCommandTest {

    @TempDir
    Path dir;

    @Test
    void articleCodesExportThenImportAreIdentical() throws Exception {
        Path first = dir.resolve("first.newsmark");
        String sha;
        try (ProjectSession s = TestProjects.create(first)) {
            Document d = s.documents().add("Trade talks", "a.txt", "Exports rose 12% as talks resumed.").document();
            sha = d.sha256();
            Analyst ana = s.analyst("Ana");
            Analyst ben = s.analyst("Ben");
            s.codebook().setArticleCode(d.id(), ana.id(), code(s, "tone"), List.of("positive"));
            s.codebook().setArticleCode(d.id(), ana.id(), code(s, "primary frame"), List.of("Economic"));
            s.codebook().setArticleCode(d.id(), ben.id(), code(s, "tone"), List.of("neutral"));
            Annotation stat = s.annotations().tag(d, ana, s.codebook().codebook().label("statistic").orElseThrow(), new Span(13, 16));
            s.annotations().setAttributes(stat, AttributeValues.of(Map.of(attribute(s, "value").id(), List.of("12"))));
        }
        Path csv = dir.resolve("codes.csv");
        CommandLineTest.Run exported = CommandLineTest.run("export", first.toString(), "--what", "article-codes", "--format", "csv",
                "--out", csv.toString());
        assertEquals(0, exported.code(), exported.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("document_id,document_sha256,title,analyst,code,value", lines.get(0));
        assertEquals(List.of("1," + sha + ",Trade talks,Ana,primary frame,Economic", "1," + sha + ",Trade talks,Ana,tone,positive",
                "1," + sha + ",Trade talks,Ben,tone,neutral"), lines.subList(1, 4));

        Path second = dir.resolve("second.newsmark");
        try (ProjectSession s = TestProjects.create(second)) {
            s.documents().add("Other title", "b.txt", "Exports rose 12% as talks resumed.");
        }
        CommandLineTest.Run imported = CommandLineTest.run("import-annotations", second.toString(), csv.toString());
        assertEquals(0, imported.code(), imported.err());
        assertEquals("3 article codes set in 1 article; new analysts: Ana, Ben.", imported.out().strip());
        Path again = dir.resolve("again.csv");
        CommandLineTest.run("export", second.toString(), "--what", "article-codes", "--format", "csv", "--out", again.toString());
        assertEquals(lines.subList(1, 4).stream().map(l -> l.replace("Trade talks", "Other title")).toList(),
                Files.readAllLines(again).subList(1, 4), "export → import → export is identical");

        Path jsonl = dir.resolve("tags.jsonl");
        assertEquals(0, CommandLineTest.run("export", first.toString(), "--format", "jsonl", "--out", jsonl.toString()).code());
        JsonNode doc = new ObjectMapper().readTree(Files.readAllLines(jsonl).get(0));
        assertEquals("positive", doc.get("article_codes").get("Ana").get("tone").get(0).asText());
        assertEquals("neutral", doc.get("article_codes").get("Ben").get("tone").get(0).asText());
        assertEquals("12", doc.get("annotations").get(0).get("attributes").get("value").get(0).asText());
    }

    @Test
    void aBadArticleCodeRowIsRefusedWithFileAndLineAndNothingIsSet() throws Exception {
        Path p = dir.resolve("p.newsmark");
        String sha;
        try (ProjectSession s = TestProjects.create(p)) {
            sha = s.documents().add("A", "a.txt", "Some text.").document().sha256();
        }
        Path csv = dir.resolve("in.csv");
        Files.writeString(csv, "document_sha256,analyst,code,value\n" + sha + ",Ana,tone,negative\n" + sha + ",Ana,tone,furious\n");
        CommandLineTest.Run bad = CommandLineTest.run("import-annotations", p.toString(), csv.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().startsWith("newsmark: in.csv line 3: \"tone\": value \"furious\" is not one of its choices"), bad.err());
        Files.writeString(csv, "document_sha256,analyst,code,value\n" + sha + ",Ana,mood,negative\n");
        CommandLineTest.Run unknown = CommandLineTest.run("import-annotations", p.toString(), csv.toString());
        assertTrue(unknown.err().startsWith("newsmark: in.csv line 2: \"mood\" is not an article code"), unknown.err());
        Path out = dir.resolve("out.csv");
        assertEquals(0, CommandLineTest.run("export", p.toString(), "--what", "article-codes", "--format", "csv", "--out",
                out.toString()).code());
        assertEquals(List.of("document_id,document_sha256,title,analyst,code,value"), Files.readAllLines(out), "nothing was set");
    }

    private static Attribute code(ProjectSession s, String name) {
        return s.codebook().codebook().articleCodes().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    private static Attribute attribute(ProjectSession s, String name) {
        return s.codebook().codebook().attributes().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }
}
