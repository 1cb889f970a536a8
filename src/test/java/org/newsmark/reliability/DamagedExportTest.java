package org.newsmark.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;

/** A project changed by another program (a tag beyond its text, a tag without an article) stops an export with a message, not a crash. */
class DamagedExportTest {

    @TempDir
    Path dir;

    private Path damaged(String sql) throws Exception {
        Path file = dir.resolve("damaged.newsmark");
        Files.deleteIfExists(file);
        try (ProjectSession s = TestProjects.create(file)) {
            var d = s.documents().add("T", null, "Short text.").document();
            s.annotations().tag(d, s.analyst("Ana"), s.labels().get(0), new Span(0, 5));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = OFF");
            st.execute(sql);
        }
        return file;
    }

    @Test
    void aTagBeyondItsArticleOrWithoutOneStopsEveryExportNamingTheTag() throws Exception {
        for (String sql : new String[] {"UPDATE annotations SET end_utf16 = 500",
                "UPDATE annotations SET document_id = 99", "UPDATE annotations SET label_id = 77"}) {
            Path file = damaged(sql);
            for (String format : new String[] {"csv", "jsonl", "brat"}) {
                Path out = dir.resolve("out-" + format);
                var run = Cli.run("export", file.toString(), "--format", format, "--out", out.toString());
                assertEquals(1, run.code(), sql + " / " + format + ": " + run.err() + run.out());
                assertTrue(run.err().contains("damaged.newsmark is damaged: tag") || run.err().contains("damaged.newsmark is damaged: 1 tag"),
                        run.err());
                assertFalse(run.err().contains("Exception"), run.err());
                assertFalse(Files.exists(out), "nothing was written");
            }
        }
    }
}
