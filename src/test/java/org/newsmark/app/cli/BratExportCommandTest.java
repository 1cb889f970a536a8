package org.newsmark.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** issue 11: {@code export --format brat} says which folder belongs to whom. */
class BratExportCommandTest {

    @TempDir
    Path dir;

    @Test
    void bratExportPrintsEachAnalystsFolderWithItsDocumentsAndTags() throws Exception {
        Path p = dir.resolve("p.newsmark");
        Path a = Files.writeString(dir.resolve("a.txt"), "The minister said schools will close.\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "Critics said the plan is rushed.\n");
        assertEquals(0, CommandLineTest.run("import", p.toString(), a.toString(), b.toString()).code());
        String shaA = sha(p, 1);
        String shaB = sha(p, 2);
        Path csv = Files.writeString(dir.resolve("in.csv"), "document_sha256,analyst,label,start,end\n"
                + shaA + ",Alex,claim,0,3\n" + shaA + ",Alex,claim,4,12\n" + shaB + ",Alex,claim,0,7\n"
                + shaB + ",a/b,claim,0,7\n" + shaB + ",a:b,claim,8,12\n");
        CommandLineTest.Run imported = CommandLineTest.run("import-annotations", p.toString(), csv.toString());
        assertEquals(0, imported.code(), imported.err());

        Path out = dir.resolve("brat");
        CommandLineTest.Run r = CommandLineTest.run("export", p.toString(), "--format", "brat", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String a1 = "Alex → " + out.resolve("Alex") + ": 2 documents, 3 tags";
        assertTrue(r.err().contains(a1), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("a/b → " + out.resolve("a_b-")) && l.endsWith(": 1 document, 1 tag")),
                r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("a:b → " + out.resolve("a_b-")) && l.endsWith(": 1 document, 1 tag")),
                r.err());
        assertTrue(r.err().contains("exported 5 tags to " + out), r.err());
        assertTrue(Files.isRegularFile(out.resolve("analysts.tsv")));

        CommandLineTest.Run refused = CommandLineTest.run("export", p.toString(), "--format", "brat", "--out", dir.toString());
        assertEquals(1, refused.code());
        assertEquals(1, refused.err().strip().lines().count(), refused.err());
        assertTrue(refused.err().contains("is not empty"), refused.err());
    }

    private static String sha(Path project, int row) {
        return CommandLineTest.run("list", project.toString()).out().lines().skip(row).findFirst().orElseThrow().split("\t")[1];
    }
}
