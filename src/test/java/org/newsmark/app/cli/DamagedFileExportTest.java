package org.newsmark.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Document;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.storage.FileDamage;

/**
 * The CSV and JSON Lines exports check the file's integrity beside their reads (ADR 0048): a file
 * that fails the check still fails the command, which keeps no output file, says what is wrong on
 * standard error and exits 1, and the project stays byte for byte as it was.
 */
class DamagedFileExportTest {

    @TempDir
    Path dir;

    @Test
    void aDamagedFileFailsTheExportWhereverItWrites() throws Exception {
        TestProjects.assumeFile("the integrity check of a project file");
        Path p = project();
        FileDamage.zeroIndexRoot(p, "adjudication_decisions_by_pair"); // an index the export does not read
        byte[] before = Files.readAllBytes(p);
        for (String format : List.of("csv", "jsonl")) {
            Path out = dir.resolve("tags." + format);
            StringWriter err = new StringWriter();
            assertEquals(1, run(List.of("export", p.toString(), "--format", format, "--out", out.toString()), new ByteArrayOutputStream(), err));
            assertTrue(err.toString().contains("p.newsmark is damaged (SQLite integrity check: "), err.toString());
            assertFalse(Files.exists(out), format + ": no output file is kept");

            err = new StringWriter();
            assertEquals(1, run(List.of("export", p.toString(), "--format", format), new ByteArrayOutputStream(), err),
                    "to standard output the exit status says it");
            assertTrue(err.toString().contains("rows already sent to standard output are not to be trusted"), err.toString());
        }
        assertArrayEquals(before, Files.readAllBytes(p));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("article.txt", "p.newsmark", "p.newsmark.lock"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aSoundFileExportsAsBefore() throws Exception {
        TestProjects.assumeFile("the integrity check of a project file");
        Path p = project();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        assertEquals(0, run(List.of("export", p.toString(), "--format", "csv"), out, err), err.toString());
        assertEquals(201, out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().count(), "the header and 200 tags");
    }

    private static int run(List<String> args, ByteArrayOutputStream out, StringWriter err) {
        return NewsmarkCli.execute(new ArrayList<>(args).toArray(String[]::new), out, new PrintWriter(err, true));
    }

    private Path project() throws Exception {
        Path article = dir.resolve("article.txt");
        Files.writeString(article, "The council said costs rose by a tenth this year. ".repeat(200));
        Path p = dir.resolve("p.newsmark");
        try (ProjectSession s = TestProjects.create(p)) {
            Document d = s.articleImports().importFile(article, java.util.Optional.empty()).document();
            for (int i = 0; i < 200; i++) {
                s.annotations().tag(d, s.analyst(i % 2 == 0 ? "Ana" : "Bo"), s.labels().get(i % 3), new Span(i * 50, i * 50 + 11));
            }
        }
        return p;
    }
}
