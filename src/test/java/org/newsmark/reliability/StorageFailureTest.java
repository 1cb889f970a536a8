package org.newsmark.reliability;

import org.newsmark.service.TestProjects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.Span;
import org.newsmark.reliability.AnnotationModel.Row;
import org.newsmark.service.AnnotationService;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.port.NotSavedException;
import org.newsmark.storage.StorageFaults;

/**
 * A project that can no longer be written (disk full, file deleted, file made read-only):
 * a clear message, the edits already made are safe, the failed edit is not on the undo stack.
 */
class StorageFailureTest {

    private static final String BIG_NOTE = "n".repeat(10_000);

    @TempDir
    Path dir;

    @Test
    void aFullDiskIsReportedAndEarlierEditsAndTheUndoStackStayConsistent() throws Exception {
        Path file = dir.resolve("full.newsmark");
        try (ProjectSession s = TestProjects.create(file)) {
            ProjectFixture.populate(s);
            fillUntilFullThenCheck(s, () -> StorageFaults.capGrowth(TestProjects.store(s), 8),
                    () -> StorageFaults.capGrowth(TestProjects.store(s), 10_000), "disk is full");
            editsWorkAgainAndSurviveReopen(s, file);
        }
    }

    @Test
    void aRealFullFilesystemIsReportedTheSameWay() throws Exception {
        Path mount = Files.createDirectory(dir.resolve("tmpfs"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", mount.toString()) == 0,
                "mounting a small tmpfs is not permitted here");
        try {
            Path file = mount.resolve("full.newsmark");
            try (ProjectSession s = TestProjects.create(file)) {
                ProjectFixture.populate(s);
                Path filler = mount.resolve("filler");
                fillUntilFullThenCheck(s, () -> fillTheDisk(filler), () -> filler.toFile().delete(), "disk is full");
                editsWorkAgainAndSurviveReopen(s, file);
            }
        } finally {
            run("umount", mount.toString());
        }
    }

    @Test
    void aProjectFileDeletedWhileOpenIsReportedNotSilentlyLost() throws Exception {
        Path file = dir.resolve("gone.newsmark");
        Annotation kept;
        try (ProjectSession s = TestProjects.create(file)) {
            ProjectFixture.populate(s);
            Document doc = ProjectFixture.documents(s).get(0);
            Analyst ana = ProjectFixture.analysts(s).get(0);
            kept = s.annotations().tag(doc, ana, s.labels().get(0), new Span(0, 3));
            Files.delete(file);
            NotSavedException e = assertThrows(NotSavedException.class,
                    () -> s.annotations().tag(doc, ana, s.labels().get(1), new Span(0, 3)));
            assertTrue(e.getMessage().contains("gone.newsmark") && e.getMessage().contains("deleted or moved"), e.getMessage());
            NotSavedException again = assertThrows(NotSavedException.class, () -> s.annotations().annotations(doc.id(), ana.id()));
            assertTrue(again.getMessage().contains("open it again"), again.getMessage());
            assertTrue(s.annotations().canUndo(doc.id(), ana.id()), "the first tag is still undoable");
        }
        try (ProjectSession rescued = TestProjects.open(file)) {
            assertEquals("ok", rescued.integrityCheck());
            assertEquals(List.of(kept), rescued.annotations().annotations(kept.documentId(), kept.analystId()),
                    "what was saved before the deletion was written back");
        }
    }

    @Test
    void chmod444WhileOpenDoesNotLoseEdits() throws Exception {
        Path file = dir.resolve("ro.newsmark");
        try (ProjectSession s = TestProjects.create(file)) {
            ProjectFixture.populate(s);
            Document doc = ProjectFixture.documents(s).get(0);
            Analyst ana = ProjectFixture.analysts(s).get(0);
            s.annotations().tag(doc, ana, s.labels().get(0), new Span(0, 3));
            assertTrue(file.toFile().setWritable(false, false) && file.toFile().setReadable(true, false));
            // POSIX: a file already open for writing stays writable; the edit must simply be saved
            s.annotations().tag(doc, ana, s.labels().get(1), new Span(0, 3));
        }
        try (ProjectSession again = TestProjects.open(file)) {
            assertEquals(2, ProjectFixture.allRows(again).size());
            boolean root = "root".equals(System.getProperty("user.name"));
            assertEquals(!root, again.isReadOnly(), "a read-only file opens read-only (root may write anything)");
        }
    }

    /**
     * Makes a few edits, runs {@code fill}, then adds big tags until the storage refuses one;
     * checks the message, that the failed edit left nothing, and that undo reverts the last saved edit.
     */
    private static void fillUntilFullThenCheck(ProjectSession s, Runnable fill, Runnable unfill, String expectedMessage) {
        AnnotationService service = s.annotations();
        Document doc = ProjectFixture.documents(s).get(0);
        Analyst ana = ProjectFixture.analysts(s).get(0);
        Map<Long, Row> beforeLastSaved = ProjectFixture.allRows(s);
        service.tag(doc, ana, s.labels().get(0), new Span(0, 3));
        Map<Long, Row> lastSaved = ProjectFixture.allRows(s);
        fill.run();
        NotSavedException failure = null;
        for (int i = 0; i < 500 && failure == null; i++) {
            try {
                Annotation a = service.tag(doc, ana, s.labels().get(i % 4), new Span(i / 4, i / 4 + 1));
                beforeLastSaved = lastSaved;
                lastSaved = ProjectFixture.allRows(s);
                service.setNote(a, i + BIG_NOTE);
                beforeLastSaved = lastSaved;
                lastSaved = ProjectFixture.allRows(s);
            } catch (NotSavedException e) {
                failure = e;
            }
        }
        assertTrue(failure != null, "the storage never filled up");
        assertTrue(failure.getMessage().contains(expectedMessage), failure.getMessage());
        assertTrue(failure.getMessage().contains(s.name()), failure.getMessage());
        assertEquals(lastSaved, ProjectFixture.allRows(s), "the failed edit left nothing behind");
        assertEquals("ok", s.integrityCheck());
        boolean undone;
        try {
            service.undo(doc.id(), ana.id());
            undone = true;
        } catch (NotSavedException stillFull) {
            // undo writes too; on a really full disk it fails the same clean way
            assertEquals(lastSaved, ProjectFixture.allRows(s), "the failed undo left nothing behind");
            undone = false;
        }
        unfill.run();
        if (!undone) {
            service.undo(doc.id(), ana.id());
        }
        assertEquals(beforeLastSaved, ProjectFixture.allRows(s), "undo reverts the last saved edit, not the failed one");
    }

    private static void editsWorkAgainAndSurviveReopen(ProjectSession s, Path file) throws Exception {
        Document doc = ProjectFixture.documents(s).get(0);
        Analyst ana = ProjectFixture.analysts(s).get(0);
        s.annotations().redo(doc.id(), ana.id());
        s.annotations().tag(doc, ana, s.labels().get(1), new Span(4, 9));
        Map<Long, Row> expected = ProjectFixture.allRows(s);
        s.close();
        try (ProjectSession again = TestProjects.open(file)) {
            assertEquals("ok", again.integrityCheck());
            assertEquals(expected, ProjectFixture.allRows(again));
        }
    }

    private static void fillTheDisk(Path filler) {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            // the file system is full now
        }
    }

    private static int run(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(10, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
