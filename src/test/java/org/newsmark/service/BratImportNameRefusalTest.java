package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.TaskControl;
import org.newsmark.io.ImportException;

/**
 * Found by FuzzTest: a brat type that is no valid label name was refused naming the project's
 * article ({@code story.txt: label … }) instead of the .ann file and its line.
 */
class BratImportNameRefusalTest {

    static final String TEXT = "The mayor said the bridge is safe.";

    @TempDir
    Path dir;

    @Test
    void aTypeThatIsNoValidLabelIsRefusedNamingTheAnnFileAndLine() throws Exception {
        Path brat = dir.resolve("brat");
        BratImportSafetyTest.doc(brat.resolve("Ana"), "story", TEXT,
                "T1\tclaim 4 9\tmayor\nT2\t" + "l".repeat(201) + " 0 3\tThe\n");
        BratImportSafetyTest.doc(brat.resolve("Bo"), "story", TEXT, "T1\tst\u0007atistic 4 9\tmayor\n");
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            s.documents().add("Story", "story.txt", TEXT);
            ImportException e = assertThrows(ImportException.class,
                    () -> s.annotationImports().importBrat(brat, TaskControl.NONE));
            assertEquals("Ana/story.ann", e.file());
            assertEquals(2, e.line());
            assertTrue(e.getMessage().startsWith("Ana/story.ann line 2: T2: label \"llll"), e.getMessage());
            assertTrue(e.getMessage().endsWith("is 201 characters long; at most 200 are allowed"), e.getMessage());

            Files.delete(brat.resolve("Ana").resolve("story.ann"));
            e = assertThrows(ImportException.class, () -> s.annotationImports().importBrat(brat, TaskControl.NONE));
            assertEquals("Bo/story.ann line 1: T1: label \"st<U+0007>atistic\" holds the control character U+0007 BEL"
                    + " at position 3", e.getMessage());
            assertEquals(0, TestProjects.store(s).annotations().count(null, null), "nothing imported");
            assertEquals(4, s.labels().size(), "no label added");
        }
    }
}
