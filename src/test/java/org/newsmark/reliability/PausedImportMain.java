package org.newsmark.reliability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.newsmark.service.ImportReport;
import org.newsmark.service.ProjectSession;
import org.newsmark.domain.TaskControl;
import org.newsmark.service.TestProjects;

/**
 * Child process of {@link OneWriterByIdentityTest}: opens {@code args[0]}, says {@code WRITER} or
 * {@code READ-ONLY}, imports the CSV {@code args[1]} and, half-way through (inside the import's
 * transaction), says {@code MIDWAY} and waits until the file {@code args[2]} exists. Then it
 * finishes and says {@code IMPORTED n}, or {@code FAILED message}, and
 * {@code CLOSED} once the project is closed.
 */
public final class PausedImportMain {

    private PausedImportMain() {
    }

    public static void main(String[] args) throws Exception {
        Path go = Path.of(args[2]);
        Path log = Path.of(args[3]);
        try (ProjectSession session = TestProjects.open(Path.of(args[0]))) {
            say(log, session.isReadOnly() ? "READ-ONLY" : "WRITER");
            ImportReport r = session.annotationImports().importCsv(Path.of(args[1]), new TaskControl() {
                boolean paused;

                @Override
                public void progress(long done, long total) {
                    if (!paused && done >= total / 2) {
                        paused = true;
                        say(log, "MIDWAY");
                        long deadline = System.currentTimeMillis() + 60_000;
                        while (!Files.exists(go) && System.currentTimeMillis() < deadline) {
                            sleep();
                        }
                    }
                }
            });
            say(log, "IMPORTED " + r.annotationsAdded());
        } catch (Exception e) {
            say(log, "FAILED " + e.getMessage());
        }
        say(log, "CLOSED");
    }

    private static void sleep() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void say(Path log, String line) {
        try {
            Files.writeString(log, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
