package org.newsmark.service;

import org.newsmark.domain.TaskControl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Document;
import org.newsmark.domain.Span;

/** issue 11, brat: the export says which folder holds whose tags, and the mapping travels with the folder. */
class BratExportReportTest {

    @TempDir
    Path dir;

    @Test
    void theReportAndAnalystsTsvNameEachAnalystsFolderAndImportRestoresTheNames() throws Exception {
        List<String> names = new java.util.ArrayList<>(BratExportFoldersTest.AWKWARD);
        names.addAll(List.of("Alex", "analysts.tsv", "Pipe|here", "back\\slash", "CON"));
        Path out = dir.resolve("brat");
        BratExportReport report;
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            Document one = s.documents().add("One", "one.txt", "Alpha beta gamma delta epsilon zeta eta theta iota.").document();
            Document two = s.documents().add("Two", "two.txt", "Kappa lambda mu nu xi omicron pi rho sigma tau.").document();
            int i = 0;
            for (String name : names) {
                s.annotations().tag(one, s.analyst(name), s.labels().get(0), new Span(i, i + 1));
                i += 2;
            }
            s.annotations().tag(two, s.analyst("Alex"), s.labels().get(1), new Span(0, 5));
            s.annotations().tag(two, s.analyst("Alex"), s.labels().get(1), new Span(6, 12));
            report = s.export().exportBrat(out, ExportScope.ALL, TaskControl.NONE);
        }
        assertEquals(out, report.folder());
        assertEquals(names.size(), report.analysts().size());
        assertEquals(names.size() + 2, report.tags());
        BratExportReport.AnalystFolder alex = report.analysts().stream()
                .filter(a -> a.analyst().equals("Alex")).findFirst().orElseThrow();
        assertEquals(new BratExportReport.AnalystFolder("Alex", "Alex", 2, 3), alex);
        assertTrue(report.lines().contains("Alex → " + out.resolve("Alex") + ": 2 documents, 3 tags"), report.lines().toString());
        assertTrue(report.lines().contains("Pipe|here → " + out.resolve("Pipe_here") + ": 1 document, 1 tag"),
                report.lines().toString());
        assertEquals(List.of(), report.warnings());

        Set<String> onDisk = BratExportFoldersTest.analystFolders(out).stream().map(p -> p.getFileName().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(onDisk, report.analysts().stream().map(BratExportReport.AnalystFolder::folder)
                .collect(Collectors.toCollection(TreeSet::new)));
        assertFalse(onDisk.contains("analysts.tsv"), "no analyst folder takes the mapping file's name");
        assertFalse(onDisk.stream().anyMatch(f -> f.equalsIgnoreCase("CON")), onDisk.toString());

        List<String> tsv = Files.readAllLines(out.resolve("analysts.tsv"));
        assertEquals("folder\tanalyst\tdocuments\ttags", tsv.get(0));
        assertTrue(tsv.contains("Alex\tAlex\t2\t3"), tsv.toString());
        assertTrue(tsv.contains("Pipe_here\tPipe|here\t1\t1"), tsv.toString());
        Map<String, String> folderOf = new TreeMap<>();
        report.analysts().forEach(a -> folderOf.put(a.analyst(), a.folder()));
        for (String n : List.of("a/b", "a:b", "a_b", "A_B")) {
            assertTrue(folderOf.get(n).matches("(?i)a_b-[0-9a-f]{8}"), n + " → " + folderOf.get(n));
        }
        assertEquals("analysts.tsv-" + FileNames.shortHash("analysts.tsv"), folderOf.get("analysts.tsv"));
        assertEquals("_CON", folderOf.get("CON"));

        try (ProjectSession t = TestProjects.create(dir.resolve("back.newsmark"))) {
            ImportReport r = t.annotationImports().importBrat(out, TaskControl.NONE);
            assertEquals(names.size() + 2, r.annotationsAdded());
            assertEquals(List.of(), r.skipped(), "analysts.tsv is not an analyst folder");
            assertEquals(new TreeSet<>(names), t.analysts().stream().map(a -> a.name())
                    .collect(Collectors.toCollection(TreeSet::new)), "every analyst comes back under their own name");
        }
    }

    @Test
    void anUnusableAnalystsTsvIsReportedAndFolderNamesAreUsed() throws Exception {
        Path brat = dir.resolve("brat");
        BratImportSafetyTest.doc(brat.resolve("a_b"), "story", BratImportSafetyTest.TEXT, "T1\tclaim 4 9\tmayor\n");
        Files.writeString(brat.resolve("analysts.tsv"), "name\tfolder\nAna\ta_b\n");
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            ImportReport r = s.annotationImports().importBrat(brat, TaskControl.NONE);
            assertEquals(1, r.annotationsAdded());
            assertEquals(List.of("a_b"), s.analysts().stream().map(a -> a.name()).toList());
            assertEquals(1, r.skipped().size(), r.skipped().toString());
            assertTrue(r.skipped().get(0).startsWith("analysts.tsv line 1: is not Newsmark's list of analyst folders"),
                    r.skipped().get(0));
        }
    }
}
