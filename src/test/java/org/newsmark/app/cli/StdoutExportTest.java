package org.newsmark.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;

/**
 * {@code export --out -} writes to the command line's standard output, which a test can capture:
 * byte for byte what the same export writes to a file (emoji, quotes, a CRLF in a note, the
 * spreadsheet preset's BOM), and the same text through the command line's text-only form.
 */
class StdoutExportTest {

    @TempDir
    Path dir;

    @Test
    void standardOutputIsTheFileExportByteForByte() throws Exception {
        Path p = project();
        for (List<String> format : List.of(List.of("--format", "csv"), List.of("--format", "csv", "--preset", "spreadsheet"),
                List.of("--format", "jsonl"), List.of("--format", "csv", "--what", "articles"))) {
            Path file = dir.resolve("out-" + String.join("", format).replace("-", "") + ".txt");
            assertEquals(0, run(file, p, format, null), format.toString());
            byte[] expected = Files.readAllBytes(file);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            StringWriter err = new StringWriter();
            assertEquals(0, run(null, p, format, out), err.toString());
            assertArrayEquals(expected, out.toByteArray(), format.toString());

            StringWriter text = new StringWriter();
            List<String> args = new java.util.ArrayList<>(List.of("export", p.toString(), "--out", "-"));
            args.addAll(format);
            assertEquals(0, NewsmarkCli.execute(args.toArray(String[]::new), new PrintWriter(text), new PrintWriter(err)), err.toString());
            assertEquals(new String(expected, StandardCharsets.UTF_8), text.toString(), format.toString());
        }
    }

    private static int run(Path file, Path project, List<String> format, ByteArrayOutputStream stdout) {
        List<String> args = new java.util.ArrayList<>(List.of("export", project.toString(), "--out", file == null ? "-" : file.toString()));
        args.addAll(format);
        ByteArrayOutputStream sink = stdout == null ? new ByteArrayOutputStream() : stdout;
        return NewsmarkCli.execute(args.toArray(String[]::new), sink, new PrintWriter(new StringWriter()));
    }

    private Path project() throws Exception {
        Path article = dir.resolve("article.txt");
        Files.writeString(article, "Mayor 😀 says \"=SUM(A1)\", costs rose 40%.\nFamilie 👨‍👩‍👧 und Café.\n", StandardCharsets.UTF_8);
        Path p = dir.resolve("p.newsmark");
        try (ProjectSession s = TestProjects.create(p)) {
            Document d = s.articleImports().importFile(article, Optional.empty()).document();
            List<Label> labels = s.labels();
            int i = 0;
            for (String q : List.of("Mayor 😀", "\"=SUM(A1)\", costs", "👨‍👩‍👧 und", "Café.")) {
                int at = d.text().indexOf(q);
                Annotation a = s.annotations().tag(d, s.analyst(i % 2 == 0 ? "Ana" : "Bo \"the\" analyst"), labels.get(i % 3),
                        new Span(at, at + q.length()));
                s.annotations().setNote(a, i++ % 2 == 0 ? "a note, with \"quotes\"\r\nand a CRLF" : "");
            }
        }
        return p;
    }
}
