package org.newsmark.reliability;

import org.newsmark.service.TestProjects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;
import org.newsmark.service.AnnotationConflictException;
import org.newsmark.service.ProjectSession;

/** One writer per project: a second session, in this process or another, only reads. */
class OneWriterTest {

    @TempDir
    Path dir;

    @Test
    void aSecondSessionInTheSameProcessIsReadOnlyAndCannotEdit() throws Exception {
        Path file = dir.resolve("one.newsmark");
        try (ProjectSession writer = TestProjects.create(file)) {
            ProjectFixture.populate(writer);
            Document doc = ProjectFixture.documents(writer).get(0);
            Analyst ana = ProjectFixture.analysts(writer).get(0);
            Label claim = writer.labels().get(0);
            writer.annotations().tag(doc, ana, claim, new Span(0, 3));
            try (ProjectSession second = TestProjects.open(file)) {
                assertFalse(writer.isReadOnly());
                assertTrue(second.isReadOnly());
                assertEquals(1, second.annotations().annotations(doc.id(), ana.id()).size(), "the reader sees committed edits");
                AnnotationConflictException e = assertThrows(AnnotationConflictException.class,
                        () -> second.annotations().tag(doc, ana, claim, new Span(4, 9)));
                assertTrue(e.getMessage().contains("read-only"), e.getMessage());
                assertThrows(AnnotationConflictException.class, () -> second.documents().add("x", null, "another text"));
                writer.annotations().tag(doc, ana, claim, new Span(4, 9));
                assertEquals(2, second.annotations().annotations(doc.id(), ana.id()).size());
            }
        }
    }

    @Test
    void aProjectHeldByAnotherProcessOpensReadOnlyUntilThatProcessEnds() throws Exception {
        Path file = dir.resolve("held.newsmark");
        try (ProjectSession s = TestProjects.create(file)) {
            ProjectFixture.populate(s);
        }
        ChildJvm holder = ChildJvm.start(HoldProjectMain.class, dir.resolve("holder.log"), dir.resolve("holder.err"), file.toString());
        try {
            assertTrue(holder.awaitLine("WRITER", 20_000), "the other process holds the project");
            try (ProjectSession second = TestProjects.open(file)) {
                assertTrue(second.isReadOnly());
                Document doc = ProjectFixture.documents(second).get(0);
                Analyst ana = ProjectFixture.analysts(second).get(0);
                assertThrows(AnnotationConflictException.class,
                        () -> second.annotations().tag(doc, ana, second.labels().get(0), new Span(0, 3)));
                assertEquals(0, second.annotations().annotations(doc.id(), ana.id()).size());
            }
        } finally {
            holder.kill();
        }
        try (ProjectSession after = TestProjects.open(file)) {
            assertFalse(after.isReadOnly(), "the OS dropped the lock with the killed process");
            assertEquals("ok", after.integrityCheck());
        }
    }
}
