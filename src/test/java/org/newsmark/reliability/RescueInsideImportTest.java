package org.newsmark.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.TextHash;
import org.newsmark.reliability.AnnotationModel.Row;
import org.newsmark.service.ProjectSession;
import org.newsmark.domain.TaskControl;
import org.newsmark.service.TestProjects;
import org.newsmark.service.port.NotSavedException;

/**
 * Issue 11, a project file deleted during an import: the import's transaction rolls back, the
 * committed state is written back under the project's name, and the user is told; nothing of
 * the import and nothing from before it is lost.
 */
class RescueInsideImportTest {

    @TempDir
    Path dir;

    private Path csv(int n) throws Exception {
        StringBuilder s = new StringBuilder("document_sha256,analyst,label,start,end\n");
        String sha = TextHash.sha256(ProjectFixture.ARTICLE_A);
        int written = 0;
        for (int len = 30; written < n; len++) {
            for (int b = 0; b + len <= ProjectFixture.ARTICLE_A.length() && written < n; b++, written++) {
                s.append(sha).append(",Cleo,framing,").append(b).append(',').append(b + len).append('\n');
            }
        }
        return Files.writeString(dir.resolve("tags.csv"), s);
    }

    @Test
    void aProjectDeletedMidImportIsRolledBackAndWrittenBackWithEverythingSavedBefore() throws Exception {
        Path file = dir.resolve("P.newsmark");
        Map<Long, Row> rows = TaggedProject.create(file, 8);
        Path csv = csv(3000);
        List<Analyst> analystsBefore;
        long[] deletedAt = {-1};
        try (ProjectSession s = TestProjects.open(file)) {
            // an edit committed in this session, still only in its write-ahead log
            s.annotations().tag(ProjectFixture.documents(s).get(0), ProjectFixture.analysts(s).get(1), s.labels().get(2),
                    new org.newsmark.domain.Span(100, 120));
            rows = ProjectFixture.allRows(s);
            assertTrue(Files.size(dir.resolve("P.newsmark-wal")) > 0, "the edit is in the log");
            analystsBefore = s.analysts();
            NotSavedException e = assertThrows(NotSavedException.class, () -> s.annotationImports().importCsv(csv, new TaskControl() {
                @Override
                public void progress(long done, long total) {
                    if (done == 1500) {
                        deletedAt[0] = done;
                        try {
                            Files.delete(file);
                        } catch (java.io.IOException io) {
                            throw new java.io.UncheckedIOException(io);
                        }
                    }
                }
            }));
            assertEquals(1500, deletedAt[0], "the file was deleted in the middle of the import");
            assertTrue(e.getMessage().contains("P.newsmark") && e.getMessage().contains("deleted or moved"), e.getMessage());
            assertTrue(e.getMessage().contains("written back"), e.getMessage());
            assertEquals(NotSavedException.Reason.FILE_GONE, e.reason());
            assertTrue(Files.exists(file), "the committed state is back under the project's name");

            // while the session that lost its file is still open, others read the rescued file as it is
            Cli.Run list = Cli.run("list", file.toString());
            assertEquals(0, list.code(), list.toString());
            assertTrue(list.out().contains("Ana=8") && list.out().contains("Bo=9") && !list.out().contains("Cleo"), list.out());
            try (ProjectSession reader = TestProjects.openReadOnly(file)) {
                assertEquals("ok", reader.integrityCheck());
                assertEquals(rows, ProjectFixture.allRows(reader));
            }
        }
        try (ProjectSession again = TestProjects.open(file)) {
            assertEquals("ok", again.integrityCheck());
            assertEquals(rows, ProjectFixture.allRows(again), "exactly the state before the import");
            assertEquals(analystsBefore, again.analysts(), "not even the import's new analyst");
        }
    }
}
