package org.newsmark.service;

import org.newsmark.domain.TaskControl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real multi-analyst case: 7 newswire documents × 4 annotators in brat standoff. */
class BratiaaImportTest {

    @TempDir
    Path dir;

    static Path bratiaa() {
        String shared = System.getProperty("newsmark.shared", "../shared");
        return Path.of(shared, "realdata", "bratiaa", "example-files", "example-project");
    }

    @Test
    void importsSevenDocumentsWithFourAnalystsAndEveryTextBoundLine() throws Exception {
        Path project = bratiaa();
        assumeTrue(Files.isDirectory(project), "../shared/realdata/bratiaa is not here");
        long tLines = 0;
        try (Stream<Path> files = Files.walk(project)) {
            for (Path ann : files.filter(p -> p.toString().endsWith(".ann")).toList()) {
                tLines += Files.readAllLines(ann).stream().filter(l -> l.startsWith("T")).count();
            }
        }
        try (ProjectSession s = TestProjects.create(dir.resolve("b.newsmark"))) {
            ImportReport r = s.annotationImports().importBrat(project, TaskControl.NONE);
            assertEquals(7, r.documentsAdded());
            assertEquals(tLines, r.annotationsAdded());
            assertEquals(4, s.analysts().size());
            for (var d : s.documents().summaries(null)) {
                Map<Long, Integer> counts = s.documents().countsByAnalyst(d.id());
                assertEquals(4, counts.size(), "every analyst tagged " + d.title());
            }
        }
    }
}
