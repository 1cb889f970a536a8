package org.newsmark.reliability;

import org.newsmark.service.TestProjects;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsmark.service.ProjectSession;

/** Child process of {@link OneWriterTest}: opens a project, says whether it writes, and holds it until killed. */
public final class HoldProjectMain {

    private HoldProjectMain() {
    }

    public static void main(String[] args) throws Exception {
        ProjectSession session = TestProjects.open(Path.of(args[0]));
        Files.writeString(Path.of(args[1]), (session.isReadOnly() ? "READ-ONLY" : "WRITER") + "\n", StandardCharsets.UTF_8);
        Thread.sleep(Long.MAX_VALUE);
    }
}
