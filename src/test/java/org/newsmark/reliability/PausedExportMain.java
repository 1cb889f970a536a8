package org.newsmark.reliability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.newsmark.io.csv.CsvOptions;
import org.newsmark.service.ExportScope;
import org.newsmark.service.ProjectSession;
import org.newsmark.domain.TaskControl;
import org.newsmark.service.TestProjects;

/**
 * Child process of {@link ProjectOutputsTest}: exports {@code args[0]} as CSV to {@code args[1]},
 * and once 1024 rows are written says {@code MIDWAY} and stops there until it is killed.
 */
public final class PausedExportMain {

    private PausedExportMain() {
    }

    public static void main(String[] args) throws Exception {
        Path log = Path.of(args[2]);
        try (ProjectSession session = TestProjects.openReadOnly(Path.of(args[0]))) {
            session.export().exportCsv(Path.of(args[1]), ExportScope.ALL, CsvOptions.DEFAULT, new TaskControl() {
                @Override
                public void progress(long done, long total) {
                    if (done >= 1024 && done < total) {
                        try {
                            Files.writeString(log, "MIDWAY\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                            Thread.sleep(Long.MAX_VALUE);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
            });
        }
        Files.writeString(log, "DONE\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
