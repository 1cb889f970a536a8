package org.newsmark.bench;

import org.newsmark.service.TestProjects;
import java.nio.file.Path;
import org.newsmark.service.port.ProjectStore;
import org.newsmark.storage.SqliteProjectStores;

/**
 * Child JVM of the CSV benchmark: exports a project with a deliberately small heap
 * ({@code -Xmx64m}). Finishing at all shows the export streams (a million rows held as objects
 * need several hundred MB). Prints the row count.
 */
public final class ExportProbe {

    private ExportProbe() {
    }

    public static void main(String[] args) throws Exception {
        try (org.newsmark.service.ProjectSession p = org.newsmark.service.TestProjects.open(Path.of(args[0]))) {
            long n = NewsmarkBenchmark.exportCsv(p, Path.of(args[1]));
            System.out.println("ROWS " + n);
        }
    }
}
