package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.TaskControl;
import org.newsmark.io.ImportException;
import org.newsmark.io.brat.BratAnalystList;

/**
 * Found by FuzzTest: an analysts.tsv naming an analyst that is no valid name stopped the brat
 * import with a message naming the project's article ({@code story.txt: analyst …}). Like any
 * other list that cannot be used, it is now reported and the folder names are used.
 */
class BratImportAnalystNameTest {

    static final String TEXT = "The mayor said the bridge is safe.";

    @TempDir
    Path dir;

    @Test
    void anAnalystListNamingAnInvalidAnalystIsReportedAndFolderNamesAreUsed() throws Exception {
        Path brat = dir.resolve("brat");
        BratImportSafetyTest.doc(brat.resolve("Ana"), "story", TEXT, "T1\tclaim 4 9\tmayor\n");
        BratImportSafetyTest.doc(brat.resolve("a_b-1c0f5e2a"), "story", TEXT, "T1\tclaim 0 3\tThe\n");
        Files.writeString(brat.resolve(BratAnalystList.FILE_NAME), BratAnalystList.HEADER
                + "\nAna\t\u0007bell\t1\t1\na_b-1c0f5e2a\ta/b\t1\t1\n");
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            s.documents().add("Story", "story.txt", TEXT);
            ImportReport r = s.annotationImports().importBrat(brat, TaskControl.NONE);
            assertEquals(2, r.annotationsAdded());
            assertEquals(List.of("a_b-1c0f5e2a", "Ana"), s.analysts().stream().map(a -> a.name()).toList(), "folder names");
            assertEquals(List.of("analysts.tsv: folder \"Ana\": analyst \"<U+0007>bell\" holds the control character U+0007 BEL"
                    + " at position 1; not read; folder names are used as analyst names"), r.skipped());
        }
    }

    @Test
    void aFolderWhoseNameIsNoValidAnalystNameIsRefusedQuotingItSafely() throws Exception {
        Path brat = dir.resolve("brat");
        BratImportSafetyTest.doc(brat.resolve("Ana"), "story", TEXT, "T1\tclaim 4 9\tmayor\n");
        BratImportSafetyTest.doc(brat.resolve("Bo\u202E"), "story", TEXT, "T1\tclaim 0 3\tThe\n");
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            ImportException e = assertThrows(ImportException.class,
                    () -> s.annotationImports().importBrat(brat, TaskControl.NONE));
            assertEquals("brat: the folder \"Bo<U+202E>\" is no valid analyst name: it holds the invisible character"
                    + " U+202E RIGHT-TO-LEFT OVERRIDE, which can hide or reorder text at position 3 (a folder's name is its"
                    + " analyst's name; rename the folder)", e.getMessage());
            assertEquals(List.of(), s.documents().summaries(null), "nothing imported");
        }
    }
}
