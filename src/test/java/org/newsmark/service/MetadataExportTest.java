package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.Document;
import org.newsmark.domain.Span;
import org.newsmark.domain.TaskControl;
import org.newsmark.io.csv.CsvPreset;

/** The tags CSV ends with the article's metadata columns, JSON Lines documents carry it, the articles CSV is guarded. */
class MetadataExportTest {

    @TempDir
    Path dir;

    @Test
    void tagsCsvAndJsonLinesCarryTheArticlesMetadata() throws Exception {
        Path csv = dir.resolve("tags.csv");
        Path jsonl = dir.resolve("tags.jsonl");
        Path spreadsheet = dir.resolve("articles.csv");
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            Document d = s.documents().add("Bridge", "a.txt", "The mayor said the bridge will close.").document();
            s.metadata().set(d.id(), new ArticleMetadata("Harbour Gazette", "=HYPERLINK(\"x\")", "2024-02-08", null, "en",
                    Map.of("wave", "1")));
            Analyst ana = s.analyst("Ana");
            s.annotations().tag(d, ana, s.labels().get(0), new Span(4, 9));
            s.export().exportCsv(csv, ExportScope.ALL, CsvPreset.DATA.options(), TaskControl.NONE);
            s.export().exportJsonl(jsonl, ExportScope.ALL, TaskControl.NONE);
            s.metadata().table().export(spreadsheet, CsvPreset.SPREADSHEET.options());
            assertThrows(ArticleRefusedException.class, () -> s.metadata().set(d.id(), ArticleMetadata.EMPTY.with("published", "soon")));
            assertThrows(ArticleRefusedException.class, () -> s.metadata().set(d.id(), ArticleMetadata.EMPTY.with("outlet", "x")
                    .with("title", "a custom field named title")));
            assertEquals("Harbour Gazette", s.metadata().of(d.id()).outlet(), "a refused change leaves the article as it was");
        }
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).endsWith(",attr:frame,document_outlet,document_author,document_published,document_url,document_language,"
                + "field:wave"), lines.get(0));
        assertTrue(lines.get(1).endsWith(",Harbour Gazette,\"=HYPERLINK(\"\"x\"\")\",2024-02-08,,en,1"),
                lines.get(1) + " (the data preset writes values exactly)");
        JsonNode doc = new ObjectMapper().readTree(Files.readAllLines(jsonl, StandardCharsets.UTF_8).get(0));
        assertEquals("{\"outlet\":\"Harbour Gazette\",\"author\":\"=HYPERLINK(\\\"x\\\")\",\"published\":\"2024-02-08\",\"language\":\"en\","
                + "\"fields\":{\"wave\":\"1\"}}", doc.get("metadata").toString());
        String articles = Files.readString(spreadsheet, StandardCharsets.UTF_8);
        assertTrue(articles.contains(",Harbour Gazette,\"'=HYPERLINK(\"\"x\"\")\",2024-02-08,,en,1\r\n"),
                articles + " (the spreadsheet preset guards formulas)");
    }
}
