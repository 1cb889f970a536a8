package org.newsmark.service;

import org.newsmark.domain.TaskControl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Annotation;

/** issue 11, brat import: stays inside the chosen folder, says what it left out, keeps tags apart. */
class BratImportSafetyTest {

    static final String TEXT = "The mayor said the bridge is safe, critics disagree.";

    @TempDir
    Path dir;

    static void doc(Path folder, String name, String text, String ann) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name + ".txt"), text);
        Files.writeString(folder.resolve(name + ".ann"), ann);
    }

    private ImportReport importBrat(ProjectSession s, Path folder) throws Exception {
        return s.annotationImports().importBrat(folder, TaskControl.NONE);
    }

    @Test
    void symbolicLinksThatLeadOutOfTheChosenFolderAreNotReadButListed() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        doc(outside.resolve("Eve"), "secret", "TOP SECRET plans", "T1\tclaim 0 10\tTOP SECRET\n");
        Path secretTxt = Files.writeString(outside.resolve("secret.txt"), "TOP SECRET plans");
        Path secretAnn = Files.writeString(outside.resolve("secret.ann"), "T1\tclaim 0 10\tTOP SECRET\n");

        Path brat = dir.resolve("brat");
        doc(brat.resolve("Ana"), "story", TEXT, "T1\tclaim 4 9\tmayor\n");
        Files.createSymbolicLink(brat.resolve("Eve"), outside.resolve("Eve"));
        Files.createSymbolicLink(brat.resolve("Ana").resolve("leak.ann"), secretAnn);
        Files.writeString(brat.resolve("Ana").resolve("leak.txt"), "TOP SECRET plans");
        Files.writeString(brat.resolve("Ana").resolve("leak2.ann"), "T1\tclaim 0 10\tTOP SECRET\n");
        Files.createSymbolicLink(brat.resolve("Ana").resolve("leak2.txt"), secretTxt);

        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            ImportReport r = importBrat(s, brat);
            assertEquals(1, r.annotationsAdded(), r.toString());
            assertEquals(1, s.documents().summaries(null).size(), "only the story, no secret");
            assertEquals(List.of("Ana"), s.analysts().stream().map(a -> a.name()).toList());
            String skipped = String.join("\n", r.skipped());
            assertTrue(skipped.contains("Eve: is a symbolic link to a folder outside brat; not read"), skipped);
            assertTrue(skipped.contains("Ana/leak.ann: is a symbolic link to a file outside brat; not read"), skipped);
            assertTrue(skipped.contains("Ana/leak2.txt: is a symbolic link to a file outside brat; Ana/leak2.ann not read"),
                    skipped);
        }
    }

    @Test
    void symbolicLinksThatStayInsideTheChosenFolderAreFollowed() throws Exception {
        Path brat = dir.resolve("brat");
        Files.createDirectories(brat.resolve("texts"));
        Files.writeString(brat.resolve("texts").resolve("story.txt"), TEXT);
        Files.createDirectories(brat.resolve("Ana"));
        Files.createSymbolicLink(brat.resolve("Ana").resolve("story.txt"), Path.of("..", "texts", "story.txt"));
        Files.writeString(brat.resolve("Ana").resolve("story.ann"), "T1\tclaim 4 9\tmayor\n");
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            ImportReport r = importBrat(s, brat);
            assertEquals(1, r.annotationsAdded(), r.toString());
            assertEquals(List.of("texts: holds no .ann files; not read"), r.skipped());
        }
    }

    @Test
    void subFoldersThatAreNotReadAreListedWithTheReason() throws Exception {
        Path brat = dir.resolve("brat");
        doc(brat.resolve("Ana"), "story", TEXT, "T1\tclaim 4 9\tmayor\n");
        doc(brat.resolve("Ana").resolve("old"), "story", TEXT, "T1\tclaim 0 3\tThe\n");
        doc(brat.resolve(".git"), "story", TEXT, "T1\tclaim 0 3\tThe\n");
        Files.createDirectories(brat.resolve("Bo"));
        Files.writeString(brat.resolve("Bo").resolve("story.txt"), TEXT);
        Files.createDirectories(brat.resolve("Cy").resolve("2024").resolve("jan"));
        doc(brat.resolve("Cy").resolve("2024").resolve("jan"), "story", TEXT, "T1\tclaim 0 3\tThe\n");
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            ImportReport r = importBrat(s, brat);
            assertEquals(1, r.annotationsAdded(), r.toString());
            assertEquals(List.of(
                    ".git: hidden folder; not read",
                    "Ana/old: folder inside an analyst's folder; not read (brat import reads ANALYST/NAME.ann only)",
                    "Bo: holds no .ann files; not read",
                    "Cy: holds no .ann files; not read",
                    "Cy/2024: folder inside an analyst's folder; not read (brat import reads ANALYST/NAME.ann only)"),
                    r.skipped());
        }
    }

    static final String DISCONTINUOUS_1 = "T1\tclaim 4 9;19 25\tmayor bridge\n";
    static final String DISCONTINUOUS_2 = "T1\tclaim 0 3;35 42\tThe critics\n";

    @Test
    void separateDiscontinuousTagsStaySeparateAcrossImports() throws Exception {
        Path first = dir.resolve("week1");
        Path second = dir.resolve("week2");
        doc(first.resolve("Ana"), "story", TEXT, DISCONTINUOUS_1);
        doc(second.resolve("Ana"), "story", TEXT, DISCONTINUOUS_2);
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            assertEquals(2, importBrat(s, first).annotationsAdded());
            assertEquals(2, importBrat(s, second).annotationsAdded());
            List<Annotation> tags = TestProjects.store(s).annotations().forDocument(s.documents().summaries(null).get(0).id(), null);
            assertEquals(4, tags.size());
            Set<String> groups = tags.stream().map(Annotation::fragmentGroup).collect(Collectors.toSet());
            assertEquals(2, groups.size(), "two discontinuous tags, two groups: " + groups);

            Path out = dir.resolve("out");
            s.export().exportBrat(out, ExportScope.ALL, TaskControl.NONE);
            assertEquals(List.of("T1\tclaim 0 3;35 42\tThe critics", "T2\tclaim 4 9;19 25\tmayor bridge"),
                    Files.readAllLines(onlyAnn(out.resolve("Ana"))), "each keeps its own discontinuous T line");

            ImportReport again = importBrat(s, first);
            assertEquals(0, again.annotationsAdded(), "importing the same folder twice adds nothing");
            assertEquals(2, again.alreadyPresent());
            assertEquals(4, TestProjects.store(s).annotations().forDocument(tags.get(0).documentId(), null).size());
        }
    }

    @Test
    void twoAnalystsAndTwoDocumentsWithTheSameTIdGetGroupsOfTheirOwn() throws Exception {
        Path brat = dir.resolve("brat");
        doc(brat.resolve("Ana"), "story", TEXT, DISCONTINUOUS_1);
        doc(brat.resolve("Bo"), "story", TEXT, DISCONTINUOUS_1);
        Path other = dir.resolve("other");
        doc(other.resolve("Ana"), "story", "A mayor and a bridge: critics disagree.", "T1\tclaim 2 7;14 20\tmayor bridge\n");
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            importBrat(s, brat);
            importBrat(s, other);
            List<String> groups = s.documents().summaries(null).stream()
                    .flatMap(d -> TestProjects.store(s).annotations().forDocument(d.id(), null).stream())
                    .map(Annotation::fragmentGroup).distinct().toList();
            assertEquals(3, groups.size(), "Ana's and Bo's T1 in story, Ana's T1 in the other story: " + groups);
            groups.forEach(g -> assertNotNull(g));
            assertNotEquals(groups.get(0), groups.get(1));
        }
    }

    static Path onlyAnn(Path folder) throws Exception {
        try (var s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".ann")).findFirst().orElseThrow();
        }
    }
}
