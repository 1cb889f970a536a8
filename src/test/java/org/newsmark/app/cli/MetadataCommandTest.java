package org.newsmark.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.TextHash;

/** {@code import --manifest} and {@code export --what articles}: the manifest's columns come back, a bad row refuses all. */
class MetadataCommandTest {

    @TempDir
    Path dir;

    @Test
    void aManifestImportsAndTheArticlesCsvGivesItsColumnsBack() throws Exception {
        Path project = dir.resolve("p.newsmark");
        Files.writeString(dir.resolve("a.txt"), "The mayor said the bridge will close.");
        Files.writeString(dir.resolve("b.txt"), "The council voted, said a spokeswoman.");
        Path manifest = dir.resolve("manifest.csv");
        Files.writeString(manifest, "path,title,outlet,author,published,url,language,wave\n"
                + "a.txt,Bridge,Harbour Gazette,Ilse Marten,2024-02-08,https://gazette.example/a,en,1\n"
                + "b.txt,Vote,Riverside Weekly,,2024-02-09T10:15:00Z,,en-GB,2\n");
        CommandLineTest.Run run = CommandLineTest.run("import", project.toString(), "--manifest", manifest.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("new custom fields: wave"), run.err());
        Path out = dir.resolve("articles.csv");
        CommandLineTest.Run export = CommandLineTest.run("export", project.toString(), "--what", "articles", "--out", out.toString());
        assertEquals(0, export.code(), export.err());
        String a = TextHash.sha256("The mayor said the bridge will close.");
        String b = TextHash.sha256("The council voted, said a spokeswoman.");
        assertEquals(List.of("document_id,document_sha256,title,outlet,author,published,url,language,wave",
                "1," + a + ",Bridge,Harbour Gazette,Ilse Marten,2024-02-08,https://gazette.example/a,en,1",
                "2," + b + ",Vote,Riverside Weekly,,2024-02-09T10:15:00Z,,en-GB,2"), Files.readAllLines(out));
        CommandLineTest.Run jsonl = CommandLineTest.run("export", project.toString(), "--what", "articles", "--format", "jsonl");
        assertTrue(jsonl.code() != 0 && jsonl.err().contains("--what articles writes CSV"), jsonl.err());
    }

    @Test
    void aBadRowRefusesTheManifestWithFileAndLineAndAddsNothing() throws Exception {
        Path project = dir.resolve("p.newsmark");
        Files.writeString(dir.resolve("a.txt"), "The mayor said the bridge will close.");
        Path manifest = dir.resolve("manifest.csv");
        Files.writeString(manifest, "path,published\na.txt,2024-02-08\nmissing.txt,2024-02-09\n");
        CommandLineTest.Run missing = CommandLineTest.run("import", project.toString(), "--manifest", manifest.toString());
        assertTrue(missing.code() != 0, missing.err());
        assertTrue(missing.err().contains("manifest.csv line 3: names missing.txt, which does not exist"), missing.err());
        assertFalse(missing.err().contains("Exception"), missing.err());
        Files.writeString(manifest, "path,published\na.txt,8/2/2024\n");
        CommandLineTest.Run date = CommandLineTest.run("import", project.toString(), "--manifest", manifest.toString());
        assertTrue(date.code() != 0 && date.err().contains("manifest.csv line 2: published \"8/2/2024\" is not an ISO 8601 date"),
                date.err());
        assertFalse(Files.exists(project), "the project a refused import would have created is not left behind");
        CommandLineTest.Run nothing = CommandLineTest.run("import", project.toString());
        assertEquals(2, nothing.code(), "neither files nor a manifest is a usage error: " + nothing.err());
        assertTrue(nothing.err().contains("--manifest"), nothing.err());
    }
}
