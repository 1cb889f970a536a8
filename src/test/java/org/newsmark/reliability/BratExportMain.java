package org.newsmark.reliability;

import org.newsmark.service.TestProjects;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.newsmark.service.ExportScope;
import org.newsmark.service.ExportService;
import org.newsmark.service.ProjectSession;
import org.newsmark.domain.TaskControl;

/**
 * Child process of {@link BratExportKillTest}: exports the project as brat to the same folder over
 * and over, all tags and Ana's alone in turn, until killed.
 */
public final class BratExportMain {

    private BratExportMain() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[1]);
        Path log = Path.of(args[2]);
        try (ProjectSession session = TestProjects.open(Path.of(args[0]))) {
            ExportService export = session.export();
            Files.writeString(log, "READY\n", StandardCharsets.UTF_8);
            for (int i = 0; ; i++) {
                export.exportBrat(target, i % 2 == 0 ? ExportScope.ALL : new ExportScope(null, "Ana"), TaskControl.NONE);
                Files.writeString(log, "DONE " + i + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            }
        }
    }
}
