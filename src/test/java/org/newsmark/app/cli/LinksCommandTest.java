package org.newsmark.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;

/** {@code newsmark export PROJECT --what links}: the links CSV, and only as CSV. */
class LinksCommandTest {

    @TempDir
    Path dir;

    @Test
    void exportWhatLinksWritesOneRowPerLinkInCodePoints() throws Exception {
        Path project = dir.resolve("p.newsmark");
        try (ProjectSession s = TestProjects.create(project)) {
            Document d = s.documents().add("Trade", "a.txt", "😀 Exports rose 12% as talks resumed.").document();
            Analyst ana = s.analyst("Ana");
            var book = s.codebook().codebook();
            Annotation claim = s.annotations().tag(d, ana, book.label("claim").orElseThrow(), new Span(3, 15));
            Annotation stat = s.annotations().tag(d, ana, book.label("statistic").orElseThrow(), new Span(17, 20));
            s.annotations().link(stat, claim, book.linkType("supports").orElseThrow());
        }
        Path csv = dir.resolve("links.csv");
        CommandLineTest.Run run = CommandLineTest.run("export", project.toString(), "--what", "links", "--format", "csv",
                "--out", csv.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("document_id,analyst,link,from_id,from_label,from_start,from_end,to_id,to_label,to_start,to_end",
                "1,Ana,supports,2,statistic,16,19,1,claim,2,14"), Files.readAllLines(csv));
        assertTrue(run.err().contains("exported 1 links"), run.err());

        CommandLineTest.Run jsonl = CommandLineTest.run("export", project.toString(), "--what", "links", "--format", "jsonl",
                "--out", dir.resolve("x.jsonl").toString());
        assertTrue(jsonl.code() != 0);
        assertTrue(jsonl.err().contains("--what links writes CSV"), jsonl.err());
    }
}
