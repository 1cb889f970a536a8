package org.newsmark.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Document;
import org.newsmark.domain.Source;
import org.newsmark.domain.SourceKind;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;

/** {@code export --what sources} (CSV only) and {@code import --outlet}, and the outlet an HTML page names. */
class SourcesCommandTest {

    @TempDir
    Path dir;

    @Test
    void importSetsTheOutletAndExportWhatSourcesCountsPerOutlet() throws Exception {
        Path project = dir.resolve("p.newsmark");
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<html><head><meta property=\"og:site_name\" content=\"Harbour Gazette\"><title>Bridge</title></head>"
                + "<body><article><p>The mayor said the bridge will close.</p></article></body></html>");
        Path text = dir.resolve("note.txt");
        Files.writeString(text, "The mayor said repairs start soon.");
        Path other = dir.resolve("other.txt");
        Files.writeString(other, "Nobody said anything about the bridge.");
        CommandLineTest.Run imported = CommandLineTest.run("import", project.toString(), page.toString());
        assertEquals(0, imported.code(), imported.err());
        CommandLineTest.Run forced = CommandLineTest.run("import", project.toString(), "--outlet", " Riverside Weekly ", text.toString());
        assertEquals(0, forced.code(), forced.err());
        CommandLineTest.Run bad = CommandLineTest.run("import", project.toString(), "--outlet", "bad\u0007", other.toString());
        assertTrue(bad.code() != 0 && bad.err().contains("--outlet"), bad.err());
        try (ProjectSession s = TestProjects.open(project)) {
            assertEquals(2, s.documents().summaries(null).size(), "a refused --outlet imports nothing");
            Analyst ana = s.analyst("Ana");
            Source mayor = s.sources().create("Ilse Marten", SourceKind.OFFICIAL_BODY, "mayor", "City of Harbour");
            var opinion = s.codebook().codebook().label("attributed opinion").orElseThrow();
            long speaker = s.codebook().codebook().attributes().stream().filter(a -> a.name().equals("speaker")).findFirst().orElseThrow().id();
            for (var summary : s.documents().summaries(null)) {
                Document d = s.documents().find(summary.id()).orElseThrow();
                var tag = s.annotations().tag(d, ana, opinion, new Span(0, 9));
                s.annotations().setAttributes(tag, AttributeValues.of(Map.of(speaker, List.of(mayor.valueId()))));
            }
        }
        Path csv = dir.resolve("sources.csv");
        CommandLineTest.Run run = CommandLineTest.run("export", project.toString(), "--what", "sources", "--format", "csv",
                "--out", csv.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("source_id,name,kind,role,affiliation,quotes,articles,outlets",
                "1,Ilse Marten,official-body,mayor,City of Harbour,2,2,Harbour Gazette | Riverside Weekly"), Files.readAllLines(csv));
        assertTrue(run.err().contains("exported 1 sources"), run.err());

        CommandLineTest.Run jsonl = CommandLineTest.run("export", project.toString(), "--what", "sources", "--format", "jsonl",
                "--out", dir.resolve("x.jsonl").toString());
        assertTrue(jsonl.code() != 0 && jsonl.err().contains("--what sources writes CSV"), jsonl.err());
        assertFalse(Files.exists(dir.resolve("x.jsonl")));
    }
}
