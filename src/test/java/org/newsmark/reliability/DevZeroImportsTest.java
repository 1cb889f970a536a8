package org.newsmark.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.TaskControl;
import org.newsmark.io.ImportException;
import org.newsmark.io.ImportFiles;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;

/** A device that never ends, given as a tag CSV, an article-codes CSV, SemEval files or a codebook: a message at once, nothing stored. */
class DevZeroImportsTest {

    private static final Path ZERO = Path.of("/dev/zero");

    @TempDir
    Path dir;

    @Test
    void everyTableImportRefusesADeviceAtOnce() throws Exception {
        assumeTrue(Files.exists(ZERO), "no /dev/zero here");
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            String refused = "zero: is not a regular file (a device, pipe or socket); refused";
            assertEquals(refused, refusal(() -> s.annotationImports().importCsv(ZERO, TaskControl.NONE)));
            assertEquals(false, s.annotationImports().isArticleCodes(ZERO));
            assertEquals(refused, refusal(() -> s.annotationImports().importArticleCodes(ZERO, TaskControl.NONE)));
            assertEquals(refused, refusal(() -> s.annotationImports().importSemEval(ZERO, ZERO, "x", null)));
            assertEquals(refused, refusal(() -> s.codebookFiles().importFile(ZERO)));
            assertEquals(0, s.documents().summaries(null).size());
            assertEquals(0, s.export().count(org.newsmark.service.ExportScope.ALL));
        }
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedOnTheBytesRead() throws Exception {
        Path big = dir.resolve("big.csv");
        Files.write(big, new byte[1025]);
        ImportException e = assertThrows(ImportException.class, () -> ImportFiles.read(big, 1024));
        assertEquals("big.csv: is larger than 1,024 bytes; refused (is it the right file?)", e.getMessage());
        assertEquals(1024, ImportFiles.read(big, 2048).length - 1);
    }

    private static String refusal(org.junit.jupiter.api.function.Executable importing) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(ImportException.class, importing)).getMessage();
    }
}
