package org.newsmark.service;

import org.newsmark.domain.TaskControl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Document;
import org.newsmark.domain.Span;

/**
 * issue 11, brat: the export folder is built beside its target and renamed into place, so the
 * target holds the previous export or a complete new one, never a mix, and a failure leaves nothing.
 */
class BratExportAtomicTest {

    @TempDir
    Path dir;

    Path parent;
    ProjectSession session;
    Document first;

    @BeforeEach
    void project() throws Exception {
        parent = Files.createDirectories(dir.resolve("exports"));
        session = TestProjects.create(dir.resolve("p.newsmark"));
        first = session.documents().add("One", "one.txt", "The mayor said the bridge is safe.").document();
        Document second = session.documents().add("Two", "two.txt", "Critics disagree with the mayor.").document();
        Document third = session.documents().add("Three", "three.txt", "The council meets on Monday.").document();
        for (Document d : List.of(first, second, third)) {
            session.annotations().tag(d, session.analyst("Ana"), session.labels().get(0), new Span(0, 3));
            session.annotations().tag(d, session.analyst("Bo"), session.labels().get(1), new Span(4, 9));
        }
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        session.close();
    }

    private void export(Path target, TaskControl control) throws IOException {
        session.export().exportBrat(target, ExportScope.ALL, control);
    }

    /** Fails when the second document is done, as a full disk or a cancel would. */
    private static TaskControl failingAt(int document, RuntimeException failure) {
        return new TaskControl() {
            @Override
            public void progress(long done, long total) {
                if (done == document) {
                    throw failure;
                }
            }
        };
    }

    @Test
    void aFailureMidwayLeavesNoFolderAndNoTemporaryFolderBehind() throws Exception {
        Path target = parent.resolve("brat");
        assertThrows(IllegalStateException.class, () -> export(target, failingAt(2, new IllegalStateException("disk full"))));
        assertFalse(Files.exists(target, LinkOption.NOFOLLOW_LINKS), "no half-written export under the final name");
        assertEquals(List.of(), entries(parent), "no temporary folder left beside it");
        assertThrows(TaskControl.CancelledException.class,
                () -> export(target, failingAt(1, new TaskControl.CancelledException())));
        assertEquals(List.of(), entries(parent));
    }

    @Test
    void aFailureMidwayLeavesThePreviousExportAsItWas() throws Exception {
        Path target = parent.resolve("brat");
        export(target, TaskControl.NONE);
        Map<String, String> before = snapshot(target);
        for (Document d : session.documents().summaries(null).stream()
                .map(x -> session.documents().find(x.id()).orElseThrow()).toList()) {
            session.annotations().tag(d, session.analyst("Ana"), session.labels().get(2), new Span(10, 14));
        }
        assertThrows(IllegalStateException.class, () -> export(target, failingAt(2, new IllegalStateException("disk full"))));
        assertEquals(before, snapshot(target), "the old export is untouched");
        assertEquals(List.of("brat"), entries(parent), "no temporary or set-aside folder left beside it");
    }

    @Test
    void aWriteErrorMidwayIsReportedNamingTheFolderAndLeavesItAsItWas() throws Exception {
        Path target = parent.resolve("brat");
        TaskControl sabotage = new TaskControl() {
            @Override
            public void progress(long done, long total) {
                if (done != 1) {
                    return;
                }
                try (Stream<Path> s = Files.list(parent)) {
                    for (Path work : s.filter(p -> p.getFileName().toString().startsWith(".brat.tmp-")).toList()) {
                        Files.writeString(work.resolve("Ana").resolve("two-2.txt"), "in the way");
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        IOException e = assertThrows(IOException.class, () -> export(target, sabotage));
        assertTrue(e.getMessage().startsWith("The brat export to " + target + " failed ("), e.getMessage());
        assertTrue(e.getMessage().contains("two-2.txt: already exists"), e.getMessage());
        assertTrue(e.getMessage().endsWith(target + " was not created."), e.getMessage());
        assertEquals(List.of(), entries(parent));

        export(target, TaskControl.NONE);
        Map<String, String> before = snapshot(target);
        session.annotations().tag(first, session.analyst("Ana"), session.labels().get(2), new Span(10, 14));
        IOException again = assertThrows(IOException.class, () -> export(target, sabotage));
        assertTrue(again.getMessage().endsWith(target + " still holds what it held before."), again.getMessage());
        assertEquals(before, snapshot(target));
        assertEquals(List.of("brat"), entries(parent));
    }

    @Test
    void whileTheExportRunsTheTargetHoldsTheOldExportOrNothingNeverAMix() throws Exception {
        Path fresh = parent.resolve("fresh");
        List<String> seen = new ArrayList<>();
        export(fresh, new TaskControl() {
            @Override
            public void progress(long done, long total) {
                if (Files.exists(fresh, LinkOption.NOFOLLOW_LINKS)) {
                    seen.add("after document " + done + " the target already holds " + entriesUnchecked(fresh));
                }
            }
        });
        assertEquals(List.of(), seen);
        Path target = parent.resolve("brat");
        export(target, TaskControl.NONE);
        Map<String, String> old = snapshot(target);
        session.annotations().tag(first, session.analyst("Cy"), session.labels().get(0), new Span(4, 9));
        export(target, new TaskControl() {
            @Override
            public void progress(long done, long total) {
                if (!old.equals(snapshotUnchecked(target))) {
                    seen.add("after document " + done + " the old export was changed");
                }
            }
        });
        assertEquals(List.of(), seen);
        assertTrue(Files.isDirectory(target.resolve("Cy")));
    }

    @Test
    void aPreviousExportIsReplacedWholeLeavingNoFolderOfAnAnalystWhoIsGone() throws Exception {
        Path target = parent.resolve("brat");
        export(target, TaskControl.NONE);
        assertTrue(Files.isDirectory(target.resolve("Bo")));
        for (var a : TestProjects.store(session).annotations().forDocument(first.id(), null)) {
            if (a.analystId() == session.analyst("Bo").id()) {
                session.annotations().delete(a);
            }
        }
        session.export().exportBrat(target, new ExportScope(first.id(), null), TaskControl.NONE);
        assertFalse(Files.exists(target.resolve("Bo")), "Bo has no tags in this export; his old folder is gone");
        assertEquals(List.of("Ana"), BratExportFoldersTest.analystFolders(target).stream()
                .map(p -> p.getFileName().toString()).toList());
        assertEquals(List.of("brat"), entries(parent));
    }

    @Test
    void aFolderThatIsNotAnExportIsRefusedAndLeftUntouched() throws Exception {
        Path mine = Files.createDirectories(parent.resolve("Documents"));
        Files.writeString(mine.resolve("thesis.docx"), "my work");
        Files.createDirectories(mine.resolve("Ana"));
        IOException e = assertThrows(IOException.class, () -> export(mine, TaskControl.NONE));
        assertTrue(e.getMessage().contains("Documents") && e.getMessage().contains("not empty"), e.getMessage());
        assertEquals(List.of("Ana", "thesis.docx"), entries(mine));
        assertEquals(List.of(), entries(mine.resolve("Ana")));
        assertEquals(List.of("Documents"), entries(parent));

        Path file = Files.writeString(parent.resolve("notes.txt"), "keep");
        IOException f = assertThrows(IOException.class, () -> export(file, TaskControl.NONE));
        assertTrue(f.getMessage().contains("notes.txt"), f.getMessage());
        assertEquals("keep", Files.readString(file));
    }

    @Test
    void anExportWithFilesAddedByHandIsRefusedToo() throws Exception {
        Path target = parent.resolve("brat");
        export(target, TaskControl.NONE);
        Files.writeString(target.resolve("annotation.conf"), "[entities]\nclaim\n");
        Map<String, String> before = snapshot(target);
        IOException e = assertThrows(IOException.class, () -> export(target, TaskControl.NONE));
        assertTrue(e.getMessage().contains("annotation.conf"), e.getMessage());
        assertEquals(before, snapshot(target));
    }

    @Test
    void anEmptyFolderIsFilled() throws Exception {
        Path empty = Files.createDirectories(parent.resolve("empty"));
        export(empty, TaskControl.NONE);
        assertTrue(Files.isDirectory(empty.resolve("Ana")));
        assertEquals(List.of("empty"), entries(parent));
    }

    @Test
    void whatFinderAndExplorerLeaveInAFolderDoesNotMakeItSomeoneElses() throws Exception {
        Path viewed = Files.createDirectories(parent.resolve("viewed"));
        Files.writeString(viewed.resolve(".DS_Store"), "finder");
        export(viewed, TaskControl.NONE);
        Files.writeString(viewed.resolve("Thumbs.db"), "explorer");
        Files.writeString(viewed.resolve("Ana").resolve(".DS_Store"), "finder");
        Files.writeString(viewed.resolve("Bo").resolve("desktop.ini"), "explorer");
        export(viewed, TaskControl.NONE);
        assertEquals(List.of("Ana", "Bo", "analysts.tsv"), entries(viewed));
    }

    @Test
    void aSymbolicLinkAtTheTargetIsRefusedAndNotFollowed() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path link = Files.createSymbolicLink(parent.resolve("brat"), elsewhere);
        IOException e = assertThrows(IOException.class, () -> export(link, TaskControl.NONE));
        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
        assertEquals(List.of(), entries(elsewhere));
        assertTrue(Files.isSymbolicLink(link));
    }

    static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static List<String> entriesUnchecked(Path folder) {
        try {
            return entries(folder);
        } catch (IOException e) {
            return List.of("(unreadable: " + e.getMessage() + ")");
        }
    }

    /** Every file under the folder, by relative path, with its content. */
    static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.toList()) {
                out.put(folder.relativize(p).toString(), Files.isRegularFile(p) ? Files.readString(p) : "/");
            }
        }
        return out;
    }

    static Map<String, String> snapshotUnchecked(Path folder) {
        try {
            return snapshot(folder);
        } catch (IOException e) {
            return Map.of("?", e.toString());
        }
    }
}
