package org.newsmark.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.TaskControl;
import org.newsmark.service.FolderImport;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;

/**
 * Issue 16.1: a folder and its subfolders imported in path order, with a plan of what is added
 * and what is skipped and why (copies by text, articles already in the project, other kinds of
 * file, hidden files); all or nothing by default, each file on its own when chosen.
 */
class FolderImportTest {

    @TempDir
    Path dir;

    private Path corpus() throws Exception {
        Path c = dir.resolve("corpus");
        Files.createDirectories(c.resolve("2024/feb"));
        Files.createDirectories(c.resolve(".cache"));
        Files.writeString(c.resolve("b.txt"), "Second article: the council voted on Tuesday.");
        Files.writeString(c.resolve("a.txt"), "First article: the mayor said the bridge will close.");
        Files.writeString(c.resolve("2024/feb/c.html"), "<html><head><title>Third</title></head><body><p>Third article, a page.</p></body></html>");
        Files.createDirectories(c.resolve("z-copies"));
        Files.writeString(c.resolve("z-copies/a-again.txt"), "First article: the mayor said the bridge will close.");
        Files.writeString(c.resolve("2024/notes.csv"), "not,an,article\n");
        Files.writeString(c.resolve(".hidden.txt"), "A hidden file.");
        Files.writeString(c.resolve(".cache/d.txt"), "In a hidden folder.");
        return c;
    }

    @Test
    void thePlanSaysWhatIsAddedAndWhatIsSkippedAndWhy() throws Exception {
        Path c = corpus();
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            s.documents().add("Already", "b.txt", "Second article: the council voted on Tuesday.");
            FolderImport.Plan plan = s.folderImports().plan(c, Optional.empty(), TaskControl.NONE);
            assertEquals(List.of("2024/feb/c.html", "a.txt"), plan.toAdd().stream().map(i -> c.relativize(i.file()).toString()).toList(),
                    "in path order");
            assertEquals(List.of(".cache: a hidden folder", ".hidden.txt: a hidden file", "2024/notes.csv: not an article file (.csv)",
                            "b.txt: already in the project as \u201cAlready\u201d", "z-copies/a-again.txt: a copy of a.txt"),
                    plan.skipped().stream().map(x -> x.file() + ": " + x.why()).sorted().toList());
            assertEquals(List.of("2024/feb/c.html", "a.txt"), plan.toAdd().stream().map(i -> c.relativize(i.file()).toString()).toList());
            assertEquals("2 articles to add; 5 skipped (2 hidden, 1 not an article file, 1 already in the project, 1 copy)",
                    plan.summary());
            assertEquals(1, s.documents().summaries(null).size(), "planning writes nothing");
            FolderImport.Result r = s.folderImports().run(plan, FolderImport.Mode.ALL_OR_NOTHING, TaskControl.NONE);
            assertEquals(2, r.added().size());
            assertEquals(3, s.documents().summaries(null).size());
            FolderImport.Plan again = s.folderImports().plan(c, Optional.empty(), TaskControl.NONE);
            assertEquals(List.of(), again.toAdd(), "a second import adds nothing");
        }
    }

    @Test
    void anUnreadableFileRefusesAllOrNothingButEachFileAddsTheOthers() throws Exception {
        Path c = corpus();
        Files.write(c.resolve("2024/broken.pdf"), new byte[] {0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0, 1, 2, 3});
        Path project = dir.resolve("p.newsmark");
        CommandLineTest.Run all = CommandLineTest.run("import", project.toString(), "--recursive", c.toString());
        assertTrue(all.code() != 0, all.err());
        assertTrue(all.err().contains("2024/broken.pdf"), all.err());
        assertTrue(all.err().contains("nothing was imported from corpus"), all.err());
        assertFalse(all.err().contains("Exception"), all.err());
        assertFalse(Files.exists(project), "all or nothing: not even the project was made");
        CommandLineTest.Run each = CommandLineTest.run("import", project.toString(), "--recursive", c.toString(), "--each-file");
        assertEquals(0, each.code(), each.err());
        assertTrue(each.err().contains("not imported: 2024/broken.pdf"), each.err());
        assertTrue(each.err().contains("3 articles to add; 4 skipped (2 hidden, 1 not an article file, 1 copy); 1 cannot be read;"
                + " 3 added, 1 not imported."), each.err());
        assertTrue(each.out().contains("skipped\tz-copies/a-again.txt\ta copy of a.txt"), each.out());
        try (ProjectSession s = TestProjects.open(project)) {
            assertEquals(3, s.documents().summaries(null).size());
        }
        CommandLineTest.Run both = CommandLineTest.run("import", project.toString(), "x.txt", "--recursive", c.toString());
        assertTrue(both.code() != 0 && both.err().contains("not both"), both.err());
    }
    @Test
    void aManifestGivesTheFolderItsMetadataAndABadRowRefusesAllUnlessEachFile() throws Exception {
        Path c = dir.resolve("corpus");
        Files.createDirectories(c.resolve("feb"));
        Files.writeString(c.resolve("a.txt"), "The mayor said the bridge will close.");
        Files.writeString(c.resolve("feb/b.txt"), "The council voted on Tuesday.");
        Files.writeString(c.resolve("feb/c.txt"), "A third article that no row names.");
        Path manifest = c.resolve("manifest.csv");
        Path project = dir.resolve("p.newsmark");

        Files.writeString(manifest, "path,outlet,published,wave\na.txt,Harbour Gazette,2024-02-08,1\nfeb/b.txt,,someday,2\n"
                + "feb/gone.txt,,2024-02-09,3\n");
        CommandLineTest.Run all = CommandLineTest.run("import", project.toString(), "--recursive", c.toString(), "--manifest", manifest.toString());
        assertEquals(1, all.code(), all.err());
        assertTrue(all.err().contains("cannot import: manifest.csv line 3: published \"someday\" is not an ISO 8601 date"), all.err());
        assertTrue(all.err().contains("cannot import: manifest.csv line 4: names feb/gone.txt, which does not exist"), all.err());
        assertTrue(all.err().contains("newsmark: manifest.csv line 3: published \"someday\" is not an ISO 8601 date (2024-02-08) or"
                + " date-time (2024-02-08T10:15:00Z); nothing was imported from corpus (2 manifest rows refused)"), all.err());
        assertFalse(all.err().contains("Exception"), all.err());
        assertFalse(Files.exists(project), "all or nothing: nothing written, not even the project");

        CommandLineTest.Run each = CommandLineTest.run("import", project.toString(), "--recursive", c.toString(), "--manifest",
                manifest.toString(), "--each-file");
        assertEquals(0, each.code(), each.err());
        assertTrue(each.out().contains("skipped\tfeb/b.txt\tits manifest row is refused (manifest.csv line 3)"), each.out());
        assertTrue(each.err().contains("not imported: manifest.csv line 4: names feb/gone.txt, which does not exist"), each.err());
        assertTrue(each.err().contains("2 articles to add; metadata from manifest.csv for 1 of 2 articles; 1 skipped (1 with a refused"
                + " manifest row); 2 manifest rows refused; 2 added, 2 not imported."), each.err());
        assertTrue(each.err().contains("new custom fields: wave"), each.err());

        Files.writeString(manifest, "path,outlet,published,wave\nfeb/b.txt,Riverside Weekly,2024-02-09,2\na.txt,,,5\n");
        CommandLineTest.Run fixed = CommandLineTest.run("import", project.toString(), "--recursive", c.toString(), "--manifest",
                manifest.toString());
        assertEquals(0, fixed.code(), fixed.err());
        assertTrue(fixed.out().contains("metadata set\t1\t"), "a.txt is in the project: its row sets its details\n" + fixed.out());
        assertTrue(fixed.err().contains("1 article to add; metadata from manifest.csv for 1 of 1 article; details set on 1 article"
                + " already in the project; 2 skipped (2 already in the project); 1 added."), fixed.err());
        try (ProjectSession s = TestProjects.open(project)) {
            var docs = s.documents().summaries(null);
            assertEquals(3, docs.size());
            var byTitle = new java.util.HashMap<String, Long>();
            docs.forEach(d -> byTitle.put(d.title(), d.id()));
            var a = s.metadata().of(byTitle.get("The mayor said the bridge will close."));
            assertEquals("Harbour Gazette", a.outlet());
            assertEquals("5", a.fields().get("wave"), "the second run's value over the first");
            assertEquals("Riverside Weekly", s.metadata().of(byTitle.get("The council voted on Tuesday.")).outlet());
            assertTrue(s.metadata().of(byTitle.get("A third article that no row names.")).isEmpty());
        }
    }
}
