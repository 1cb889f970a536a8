package org.newsmark.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.io.ImportException;

/** Manifest rows and columns, and each refusal with the manifest's name and line. */
class ManifestReaderTest {

    private static final Path FOLDER = Path.of("/corpus");

    @Test
    void knownColumnsAnyCaseOthersAreCustomFieldsEmptyCellsSetNothing() throws Exception {
        ManifestReader.Manifest m = ManifestReader.read("""
                Path,Title,outlet,published,Wave,section
                a.html,Bridge closes,Harbour Gazette,2024-02-08,1,
                "b, c.txt",,,2024-02-08T10:15:00Z,2,Local
                """, "m.csv", FOLDER);
        assertEquals(List.of("Wave", "section"), m.customFields());
        assertEquals(2, m.rows().size());
        ManifestReader.Row a = m.rows().get(0);
        assertEquals(2, a.line());
        assertEquals("a.html", a.path());
        assertEquals("Bridge closes", a.title());
        assertEquals(new ArticleMetadata("Harbour Gazette", null, "2024-02-08", null, null, Map.of("Wave", "1")), a.metadata());
        ManifestReader.Row b = m.rows().get(1);
        assertEquals("b, c.txt", b.path());
        assertEquals(null, b.title());
        assertEquals(Map.of("Wave", "2", "section", "Local"), b.metadata().fields());
    }

    @Test
    void aShaManifestNamesArticlesByHash() throws Exception {
        String sha = "A".repeat(64);
        ManifestReader.Manifest m = ManifestReader.read("sha256,language\n" + sha + ",pt-BR\n", "m.csv", FOLDER);
        assertEquals("a".repeat(64), m.rows().get(0).sha256());
        assertEquals("pt-BR", m.rows().get(0).metadata().language());
    }

    @Test
    void refusalsNameTheFileAndLine() {
        assertRefused("path,published\na.txt,2024-02-08\nb.txt,8 Feb 2024\n", 3,
                "published \"8 Feb 2024\" is not an ISO 8601 date");
        assertRefused("path,published\na.txt,2024-02-30\n", 2, "is not an ISO 8601 date");
        assertRefused("path,url\na.txt,www.example.org\n", 2, "url \"www.example.org\" is not an http or https address");
        assertRefused("path,language\na.txt,english language\n", 2, "is not a BCP 47 language tag");
        assertRefused("path,outlet\na.txt,\"bad\u0007\"\n", 2, "outlet");
        assertRefused("path,title\n,Untitled\n", 2, "has no path");
        assertRefused("sha256,title\nabc,Short\n", 2, "is not a SHA-256");
        assertRefused("sha256,title\n,Short\n", 2, "has no sha256");
        assertRefused("path,title\na.txt\n", 2, "has 1 cells but the header has 2");
        assertRefused("title,outlet\nA,B\n", 1, "neither a path nor a sha256 column");
        assertRefused("path,sha256\na,b\n", 1, "both a path and a sha256 column");
        assertRefused("path,wave,Wave\n", 0, null);
        assertRefused("path,wave,wave\n", 1, "appears twice");
        assertRefused("path,document_id\n", 1, "is not a manifest column");
    }

    @Test
    void readingEachRowKeepsTheRefusedRowsWithTheArticleTheyName() throws Exception {
        ManifestReader.Manifest m = ManifestReader.readEachRow("""
                path,published,wave
                a.txt,2024-02-08,1
                b.txt,someday,2
                c.txt
                ,2024-02-09,3
                d.txt,2024-02-10,4
                """, "m.csv", FOLDER);
        assertEquals(List.of("a.txt", "d.txt"), m.rows().stream().map(ManifestReader.Row::path).toList());
        assertEquals(List.of("3 b.txt m.csv line 3: published \"someday\" is not an ISO 8601 date (2024-02-08) or date-time"
                        + " (2024-02-08T10:15:00Z)", "4 null m.csv line 4: has 1 cells but the header has 3 (a cell holding a comma must be"
                        + " in double quotes)", "5 null m.csv line 5: has no path"),
                m.refused().stream().map(r -> r.line() + " " + r.path() + " " + r.problem().getMessage()).toList());
        ImportException strict = assertThrows(ImportException.class, () -> ManifestReader.read("path,published\nb.txt,someday\n",
                "m.csv", FOLDER));
        assertEquals(2, strict.line(), "read stops at the first");
        String sha = "B".repeat(64);
        assertEquals("b".repeat(64), ManifestReader.readEachRow("sha256,url\n" + sha + ",www.example.org\n", "m.csv", FOLDER)
                .refused().get(0).sha256(), "a refused row names its article by hash too");
    }

    private static void assertRefused(String csv, long line, String problem) {
        if (problem == null) {
            assertEquals(List.of("wave", "Wave"), assertReads(csv).customFields(), "custom names are kept as written, case and all");
            return;
        }
        ImportException e = assertThrows(ImportException.class, () -> ManifestReader.read(csv, "m.csv", FOLDER), csv);
        assertEquals("m.csv", e.file());
        assertEquals(line, e.line(), e.getMessage());
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    private static ManifestReader.Manifest assertReads(String csv) {
        try {
            return ManifestReader.read(csv, "m.csv", FOLDER);
        } catch (ImportException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
