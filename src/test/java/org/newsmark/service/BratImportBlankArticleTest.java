package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.TaskControl;
import org.newsmark.io.ImportException;

/**
 * Found by FuzzTest: a brat folder with an empty (or white-space only) NAME.txt beside an .ann
 * without T lines added an article with no text, which no other way in allows
 * (DocumentService refuses blank text). Articles added by an annotation import now pass the same
 * rules, and the refusal names the .txt.
 */
class BratImportBlankArticleTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyOrBlankTxtIsRefusedNamingItAndNothingIsImported() throws Exception {
        for (String blank : List.of("", " \n\t\r\n ")) {
            Path brat = dir.resolve("brat" + blank.length());
            BratImportSafetyTest.doc(brat.resolve("Ana"), "story", "The mayor said.", "T1\tclaim 4 9\tmayor\n");
            BratImportSafetyTest.doc(brat.resolve("Ana"), "empty", blank, "");
            try (ProjectSession s = TestProjects.create(dir.resolve("p" + blank.length() + ".newsmark"))) {
                ImportException e = assertThrows(ImportException.class,
                        () -> s.annotationImports().importBrat(brat, TaskControl.NONE));
                assertEquals("Ana/empty.txt", e.file());
                assertEquals("Ana/empty.txt: \"empty\" has no text to tag.", e.getMessage());
                assertEquals(List.of(), s.documents().summaries(null), "no article added");
                assertEquals(List.of(), s.analysts(), "no analyst added");
            }
        }
    }
}
