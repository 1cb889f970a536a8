package org.newsmark.service;

import org.newsmark.domain.TaskControl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Label;
import org.newsmark.io.ImportException;

/**
 * Every annotation import (CSV, brat, SemEval) takes analyst and label names through
 * domain.Names in ImportTarget: stripped, and refused whole when a name breaks the rule.
 */
class ImportNamesTest {

    private static final String TEXT = "Officials said the bridge is safe.\n";

    @TempDir
    Path dir;

    @Test
    void bratNamesAreStrippedAndARefusedLabelLeavesTheProjectUnchanged() throws Exception {
        Path brat = dir.resolve("brat");
        writeBrat(brat.resolve("Ana"), "T1\tclaim 0 9\tOfficials\n");
        writeBrat(brat.resolve("Bo"), "T1\tcl\u0007aim 0 9\tOfficials\n");
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            ImportException e = assertThrows(ImportException.class,
                    () -> s.annotationImports().importBrat(brat, TaskControl.NONE));
            assertEquals("Bo/doc.ann line 1: T1: label \"cl<U+0007>aim\" holds the control character U+0007 BEL at position 3",
                    e.getMessage());
            assertUnchanged(s);
        }
    }

    @Test
    void aBratAnalystFolderWhoseNameIsRefusedLeavesTheProjectUnchanged() throws Exception {
        Path brat = dir.resolve("brat");
        writeBrat(brat.resolve("Ana\u001b[31m"), "T1\tclaim 0 9\tOfficials\n");
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            ImportException e = assertThrows(ImportException.class,
                    () -> s.annotationImports().importBrat(brat, TaskControl.NONE));
            assertEquals("brat: the folder \"Ana<U+001B>[31m\" is no valid analyst name: it holds the control character"
                    + " U+001B ESCAPE at position 4 (a folder's name is its analyst's name; rename the folder)", e.getMessage());
            assertUnchanged(s);
        }
    }

    @Test
    void semEvalAnalystAndLabelsGoThroughTheSameRule() throws Exception {
        Path txt = Files.writeString(dir.resolve("article1.txt"), TEXT);
        Path labels = Files.writeString(dir.resolve("article1.labels"), "1\tLoaded_Language\t0\t9\n");
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            ImportException e = assertThrows(ImportException.class,
                    () -> s.annotationImports().importSemEval(txt, labels, "Ana\u202Exy", "propaganda"));
            assertTrue(e.getMessage().startsWith("article1.txt: analyst \"Ana<U+202E>xy\" holds the invisible character"
                    + " U+202E RIGHT-TO-LEFT OVERRIDE"), e.getMessage());
            assertUnchanged(s);
            ImportException tooLong = assertThrows(ImportException.class,
                    () -> s.annotationImports().importSemEval(txt, labels, "L".repeat(201), "propaganda"));
            assertTrue(tooLong.getMessage().endsWith("is 201 characters long; at most 200 are allowed"), tooLong.getMessage());
            assertUnchanged(s);

            ImportReport r = s.annotationImports().importSemEval(txt, labels, "  Ana\u00A0", "propaganda");
            assertEquals(List.of("Ana"), r.analystsCreated());
            assertEquals(List.of("Ana"), s.analysts().stream().map(Analyst::name).toList());
        }
    }

    @Test
    void namesThatDifferOnlyByWhiteSpaceAreOneAnalystButCaseStaysDistinct() throws Exception {
        Path brat = dir.resolve("brat");
        writeBrat(brat.resolve("Ana"), "T1\tclaim 0 9\tOfficials\n");
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            s.annotationImports().importBrat(brat, TaskControl.NONE);
            Path txt = Files.writeString(dir.resolve("article1.txt"), TEXT);
            Path labels = Files.writeString(dir.resolve("article1.labels"), "1\tclaim\t15\t21\n");
            ImportReport same = s.annotationImports().importSemEval(txt, labels, " Ana ", "p");
            assertEquals(List.of(), same.analystsCreated());
            assertEquals(List.of(), same.labelsCreated());
            ImportReport other = s.annotationImports().importSemEval(txt, labels, "ana", "p");
            assertEquals(List.of("ana"), other.analystsCreated());
        }
    }

    private static void writeBrat(Path folder, String ann) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("doc.txt"), TEXT);
        Files.writeString(folder.resolve("doc.ann"), ann);
    }

    private static void assertUnchanged(ProjectSession s) {
        assertEquals(0, s.documents().summaries(null).size(), "no document kept");
        assertEquals(List.of(), s.analysts(), "no analyst kept");
        assertEquals(4, s.labels().size(), "only the default codebook");
        assertTrue(s.labels().stream().map(Label::name).noneMatch(n -> n.contains("\u0007")));
    }
}
