package org.newsmark.reliability;

import org.newsmark.service.TestProjects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Document;
import org.newsmark.domain.Span;
import org.newsmark.service.ExportScope;
import org.newsmark.service.ExportService;
import org.newsmark.service.ProjectSession;
import org.newsmark.domain.TaskControl;

/**
 * issue 11: a brat export killed with SIGKILL at a random moment leaves, under the folder's name,
 * nothing or a complete export (the previous or the new one), never a half-written folder.
 */
class BratExportKillTest {

    private static final int ROUNDS = 6;
    private static final int DOCUMENTS = 30;

    @TempDir
    Path dir;

    @Test
    void aKilledExportLeavesNothingOrACompleteExportUnderTheFolderName() throws Exception {
        Path project = dir.resolve("p.newsmark");
        Path all = dir.resolve("reference-all");
        Path ana = dir.resolve("reference-ana");
        try (ProjectSession s = TestProjects.create(project)) {
            for (int i = 0; i < DOCUMENTS; i++) {
                Document d = s.documents().add("Story " + i, "story" + i + ".txt",
                        "Story " + i + ": the mayor said the bridge is safe; critics disagree. " + "x".repeat(i)).document();
                s.annotations().tag(d, s.analyst("Ana"), s.labels().get(0), new Span(0, 5));
                s.annotations().tag(d, s.analyst("Bo"), s.labels().get(1), new Span(10, 15));
            }
            s.export().exportBrat(all, ExportScope.ALL, TaskControl.NONE);
            s.export().exportBrat(ana, new ExportScope(null, "Ana"), TaskControl.NONE);
        }
        Map<String, String> expectedAll = snapshot(all);
        Map<String, String> expectedAna = snapshot(ana);
        Path parent = Files.createDirectories(dir.resolve("exports"));
        Path target = parent.resolve("brat");
        Random random = new Random(20261126L);
        List<String> outcomes = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            Path stderr = dir.resolve("child-" + round + ".err");
            ChildJvm child = ChildJvm.start(BratExportMain.class, dir.resolve("child-" + round + ".log"), stderr,
                    project.toString(), target.toString());
            if (!child.awaitLine("READY", 20_000)) {
                child.kill();
                fail("round " + round + ": the child did not start:\n" + Files.readString(stderr));
            }
            Thread.sleep(random.nextInt(1500));
            if (!child.isAlive()) {
                fail("round " + round + ": the child stopped by itself:\n" + Files.readString(stderr));
            }
            child.kill();
            int completed = (int) child.lines().stream().filter(l -> l.startsWith("DONE")).count();
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                outcomes.add("nothing after " + completed + " complete exports");
            } else {
                Map<String, String> found = snapshot(target);
                assertTrue(found.equals(expectedAll) || found.equals(expectedAna),
                        "round " + round + " (after " + completed + " complete exports): " + target
                                + " is neither complete export; it holds " + found.keySet());
                outcomes.add((found.equals(expectedAll) ? "all tags" : "Ana alone") + " after " + completed + " complete exports");
            }
            int workFolders = 0;
            try (Stream<Path> s = Files.list(parent)) {
                for (Path p : s.toList()) {
                    String name = p.getFileName().toString();
                    assertTrue(name.equals("brat") || name.matches("\\.brat\\.(tmp|old)-[0-9a-f]{16}"),
                            "only the export and hidden work folders beside it: " + name);
                    workFolders += name.equals("brat") ? 0 : 1;
                }
            }
            outcomes.set(round, outcomes.get(round) + " (" + workFolders + " work folders beside it)");
        }
        try (ProjectSession s = TestProjects.open(project)) {
            s.export().exportBrat(target, ExportScope.ALL, TaskControl.NONE);
        }
        assertEquals(expectedAll, snapshot(target), "after the kills an export still works: " + outcomes);
    }

    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.toList()) {
                out.put(folder.relativize(p).toString(), Files.isRegularFile(p) ? Files.readString(p) : "/");
            }
        }
        return out;
    }
}
