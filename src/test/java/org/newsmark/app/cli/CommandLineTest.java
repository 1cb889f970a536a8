package org.newsmark.app.cli;

import org.newsmark.service.TestProjects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = NewsmarkCli.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void importListExportAndReimport() throws Exception {
        Path article = dir.resolve("a.txt");
        Files.writeString(article, "Headline here\n\nThe minister said 3 of 4 schools 🏫 will close.\n");
        Path p = dir.resolve("p.newsmark");
        Run imported = run("import", p.toString(), article.toString(), "--analyst", "Ana");
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().startsWith("added\t1\t"), imported.out());
        Run again = run("import", p.toString(), article.toString());
        assertTrue(again.out().startsWith("already present"), again.out());

        String sha = run("list", p.toString()).out().lines().skip(1).findFirst().orElseThrow().split("\t")[1];
        Path csv = dir.resolve("in.csv");
        Files.writeString(csv, "document_sha256,analyst,label,start,end,text\n" + sha + ",Ana,statistic,33,39,4 scho\n"
                + sha + ",Ana,claim,15,61,The minister said 3 of 4 schools 🏫 will close.\n");
        Run bad = run("import-annotations", p.toString(), csv.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().startsWith("newsmark: in.csv line 2: "), bad.err());
        assertEquals(1, bad.err().strip().lines().count(), "one line on stderr");

        Files.writeString(csv, "document_sha256,analyst,label,start,end,text\n" + sha + ",Ana,statistic,38,39,4\n"
                + sha + ",Ana,claim,15,61,The minister said 3 of 4 schools 🏫 will close.\n");
        Run good = run("import-annotations", p.toString(), csv.toString());
        assertEquals(0, good.code(), good.err());
        assertTrue(run("list", p.toString()).out().contains("Ana=2"));

        Path out = dir.resolve("out.csv");
        assertEquals(0, run("export", p.toString(), "--format", "csv", "--out", out.toString(), "--analyst", "Ana").code());
        String exported = Files.readString(out);
        assertTrue(exported.contains(",claim,15,61,"), exported);
        assertEquals(1, run("export", p.toString(), "--format", "csv", "--out", out.toString(), "--analyst", "Nobody").code());
        assertEquals(0, run("export", p.toString(), "--format", "jsonl", "--out", dir.resolve("o.jsonl").toString()).code());
        assertEquals(0, run("export", p.toString(), "--format", "brat", "--out", dir.resolve("brat").toString()).code());
        assertTrue(Files.isDirectory(dir.resolve("brat").resolve("Ana")));
    }

    @Test
    void usageErrorsExitTwoAndHelpExplainsEachCommand() {
        assertEquals(2, run("export").code());
        assertEquals(2, run("export", "x.newsmark", "--format", "xml", "--out", "y").code());
        Run help = run("--help");
        assertEquals(0, help.code());
        for (String cmd : new String[] {"import", "import-annotations", "import-brat", "export", "list"}) {
            assertTrue(help.out().contains(cmd), cmd);
            Run h = run(cmd, "--help");
            assertEquals(0, h.code());
            assertTrue(h.out().contains("Usage: newsmark " + cmd), h.out());
        }
    }

    @Test
    void errorsExitOneWithOneLine() throws Exception {
        Path notProject = dir.resolve("x.newsmark");
        Files.writeString(notProject, "hello");
        Run r = run("list", notProject.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("not a Newsmark project"), r.err());
        Path binary = dir.resolve("img.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        Run b = run("import", dir.resolve("n.newsmark").toString(), binary.toString());
        assertEquals(1, b.code());
        assertTrue(b.err().contains("img.txt"), b.err());
    }

    @Test
    void importRefusesAnAnalystNameTheRuleRefusesBeforeWritingAnything() throws Exception {
        Path article = dir.resolve("a.txt");
        Files.writeString(article, "Headline here\n\nBody text.\n");
        Path p = dir.resolve("p.newsmark");
        Run bad = run("import", p.toString(), article.toString(), "--analyst", "Ana\u0007");
        assertEquals(2, bad.code(), bad.err());
        assertTrue(bad.err().startsWith("--analyst: Analyst name \"Ana<U+0007>\" holds the control character U+0007 BEL"),
                bad.err());
        assertFalse(Files.exists(p), "no project was created");

        assertEquals(0, run("import", p.toString(), article.toString(), "--analyst", " Ana\u00A0").code());
        Path second = dir.resolve("b.txt");
        Files.writeString(second, "Another article.\n");
        assertEquals(2, run("import", p.toString(), second.toString(), "--analyst", "x".repeat(201)).code());
        try (org.newsmark.service.ProjectSession s = org.newsmark.service.TestProjects.open(p)) {
            assertEquals(1, s.documents().summaries(null).size(), "the refused run added no article");
            assertEquals(java.util.List.of("Ana"), s.analysts().stream().map(org.newsmark.domain.Analyst::name).toList());
        }
    }
}
