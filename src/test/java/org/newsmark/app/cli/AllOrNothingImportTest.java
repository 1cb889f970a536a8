package org.newsmark.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.io.ImportException;
import org.newsmark.service.ProjectSession;
import org.newsmark.domain.TaskControl;
import org.newsmark.service.TestProjects;
import org.newsmark.service.port.NotSavedException;
import org.newsmark.storage.StorageFaults;

/** Several articles are imported all together or not at all, and a command that fails leaves no project behind. */
class AllOrNothingImportTest {

    @TempDir
    Path dir;

    private Path article(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void aRefusedThirdFileAddsNoneAndLeavesNoNewProject() throws Exception {
        Path a = article("a.txt", "First article\n\nSome words.");
        Path b = article("b.txt", "Second article\n\nOther words.");
        Path bad = dir.resolve("bad.bin");
        Files.write(bad, new byte[] {0, 1, 2, 0, 0, 7, 8, 0});
        Path p = dir.resolve("new.newsmark");
        CommandLineTest.Run run = CommandLineTest.run("import", p.toString(), a.toString(), b.toString(), bad.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("bad.bin") && run.err().contains("none of the 3 files"), run.err());
        assertFalse(Files.exists(p), "a project the failed command would have created is not left behind");
        try (var side = Files.list(dir)) {
            assertEquals(List.of(), side.filter(f -> f.getFileName().toString().startsWith("new.newsmark")).toList());
        }
    }

    @Test
    void intoAnExistingProjectNothingIsAddedWhenOneFileIsRefused() throws Exception {
        Path p = dir.resolve("p.newsmark");
        Path a = article("a.txt", "First article\n\nSome words.");
        assertEquals(0, CommandLineTest.run("import", p.toString(), a.toString()).code());
        byte[] before = Files.readAllBytes(p);
        Path b = article("b.txt", "Second article\n\nOther words.");
        Path empty = article("empty.txt", "   \n");
        CommandLineTest.Run run = CommandLineTest.run("import", p.toString(), b.toString(), empty.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("empty.txt"), run.err());
        assertArrayEquals(before, Files.readAllBytes(p));
        assertTrue(CommandLineTest.run("list", p.toString()).out().lines().noneMatch(l -> l.contains("Second article")));
    }

    @Test
    void aWriteFailureOnTheThirdArticleRollsBackTheFirstTwo() throws Exception {
        Path p = dir.resolve("full.newsmark");
        List<Path> files = List.of(article("a.txt", "A\n\n" + "alpha ".repeat(20_000)),
                article("b.txt", "B\n\n" + "beta ".repeat(20_000)), article("c.txt", "C\n\n" + "gamma ".repeat(20_000)));
        try (ProjectSession s = TestProjects.create(p)) {
            // room for about two of the three articles
            StorageFaults.capGrowth(TestProjects.store(s), 60);
            assertThrows(NotSavedException.class, () -> s.articleImports().importFiles(files, Optional.empty(), TaskControl.NONE));
            assertEquals(0, s.documents().summaries(null).size(), "the first two were rolled back with the third");
            assertEquals("ok", s.integrityCheck());
        }
    }

    @Test
    void theProjectItselfIsNeverReadAsAnArticle() throws Exception {
        Path p = dir.resolve("self.newsmark");
        assertEquals(0, CommandLineTest.run("import", p.toString(), article("a.txt", "A\n\nwords").toString()).code());
        byte[] before = Files.readAllBytes(p);
        Path link = dir.resolve("link.txt");
        Files.createLink(link, p);
        try (ProjectSession s = TestProjects.open(p)) {
            ImportException e = assertThrows(ImportException.class, () -> s.articleImports().importFile(link, Optional.empty()));
            assertTrue(e.getMessage().contains("link.txt") && e.getMessage().contains("open project"), e.getMessage());
        }
        CommandLineTest.Run run = CommandLineTest.run("import", p.toString(), p.toString());
        assertEquals(1, run.code());
        assertArrayEquals(before, Files.readAllBytes(p));
    }
}
