package org.newsmark.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsmark search}: one CSV row per hit, code point offsets, context; a phrase never an expression. */
class SearchCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsEveryHitWithCodePointOffsetsAndContext() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "🏫 The Café closed; a new café opened.\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "Nothing here.\n");
        Path p = dir.resolve("p.newsmark");
        assertEquals(0, CommandLineTest.run("import", p.toString(), a.toString(), b.toString()).code());
        CommandLineTest.Run r = CommandLineTest.run("search", p.toString(), "cafe");
        assertEquals(0, r.code(), r.err());
        assertEquals("document_id,title,start,end,before,text,after\n"
                + "1,🏫 The Café closed; a new café opened.,6,10,\"🏫 The \",Café,\" closed; a new café opened. \"\n"
                + "1,🏫 The Café closed; a new café opened.,25,29,\"🏫 The Café closed; a new \",café,\" opened. \"\n", r.out(),
                "the emoji is one code point; the line end shows as a space");
        CommandLineTest.Run syntax = CommandLineTest.run("search", p.toString(), "\"cafe\" OR *", "--ranked");
        assertEquals(0, syntax.code(), syntax.err());
        assertEquals(1, syntax.out().lines().count(), "no hit for the phrase cafe or, and no FTS5 error");
    }
}
