package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.service.port.ProjectRefusedException;
import org.newsmark.storage.SqliteProjectStores;

/**
 * A project opened ahead (while the window's toolkit starts) is the session the next open of that
 * file gets, its refusal is the open's refusal, and no other open leaves it open. "Left open" is
 * seen through the writer's lock: a second editing session of a file held by another opens read-only.
 */
class OpenAheadTest {

    @TempDir
    Path dir;

    private Path project(String name) throws Exception {
        Path file = dir.resolve(name);
        try (ProjectSession s = new ProjectSessions(new SqliteProjectStores()).create(file)) {
            s.documents().add("An article", "test", "Some text of an article.");
        }
        return file;
    }

    @Test
    void theNextOpenOfTheFileGetsTheSessionOpenedAhead() throws Exception {
        Path file = project("a.newsmark");
        ProjectSessions sessions = new ProjectSessions(new SqliteProjectStores());
        sessions.openAhead(file);
        try (ProjectSession s = sessions.open(dir.resolve("./a.newsmark"))) {
            // had it opened the file anew, the session opened ahead would hold the writer's lock
            assertFalse(s.isReadOnly(), "the session opened ahead, the only writer");
            assertEquals(1, s.documents().summaries(null).size());
            try (ProjectSession second = sessions.open(file)) {
                assertTrue(second.isReadOnly(), "a second open is a new session, not the one handed out");
            }
        }
    }

    @Test
    void aRefusalAheadIsTheRefusalOfTheOpen() throws Exception {
        Path bad = dir.resolve("not-a-project.newsmark");
        Files.writeString(bad, "just some text, not SQLite");
        String direct = assertThrows(ProjectRefusedException.class,
                () -> new ProjectSessions(new SqliteProjectStores()).open(bad)).getMessage();
        ProjectSessions sessions = new ProjectSessions(new SqliteProjectStores());
        sessions.openAhead(bad);
        assertEquals(direct, assertThrows(ProjectRefusedException.class, () -> sessions.open(bad)).getMessage());
        assertEquals("just some text, not SQLite", Files.readString(bad), "the file is left as it was");
    }

    @Test
    void anotherOpenACreateOrTheEndCloseTheSessionOpenedAhead() throws Exception {
        Path a = project("a.newsmark");
        Path b = project("b.newsmark");
        ProjectSessions sessions = new ProjectSessions(new SqliteProjectStores());

        sessions.openAhead(a);
        sessions.open(b).close();
        assertWritable(sessions, a, "another file was opened first");

        sessions.openAhead(a);
        sessions.create(dir.resolve("c.newsmark")).close();
        assertWritable(sessions, a, "a project was created first");

        sessions.openAhead(a);
        sessions.closeOpenedAhead();
        assertWritable(sessions, a, "the app ended first");
    }

    private static void assertWritable(ProjectSessions sessions, Path file, String when) throws Exception {
        try (ProjectSession s = sessions.open(file)) {
            assertFalse(s.isReadOnly(), "nobody holds " + file.getFileName() + " when " + when);
        }
    }
}
