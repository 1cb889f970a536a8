package org.newsmark.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.io.exchange.ExchangeProject;
import org.newsmark.service.ExchangeFixture;
import org.newsmark.service.ProjectContent;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;

/** {@code export --format qdpx|qdc|xmi|webanno-json} and {@code import-project}: other tools' files, both ways. */
class ExchangeCommandsTest {

    @TempDir
    Path dir;

    private Path fixture() throws Exception {
        Path project = dir.resolve("study.newsmark");
        new ExchangeFixture(project).session.close();
        return project;
    }

    private static ExchangeProject content(Path project) throws Exception {
        try (ProjectSession s = TestProjects.open(project)) {
            return ProjectContent.of(s);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"qdpx", "xmi"})
    void aProjectExportedAndImportedIntoANewOneComesBackWhole(String format) throws Exception {
        Path project = fixture();
        Path file = dir.resolve("study." + (format.equals("xmi") ? "zip" : format));
        CommandLineTest.Run out = CommandLineTest.run("export", project.toString(), "--format", format, "--out", file.toString());
        assertEquals(0, out.code(), out.err());
        assertTrue(out.err().contains("exported 8 tags as "), out.err());
        Path copy = dir.resolve("copy.newsmark");
        TestProjects.create(copy).close();

        CommandLineTest.Run in = CommandLineTest.run("import-project", copy.toString(), file.toString());

        assertEquals(0, in.code(), in.err());
        assertTrue(in.out().contains("2 analysts, 8 tags, 2 new articles"), in.out());
        assertTrue(in.out().contains("2 links."), in.out());
        assertEquals(ProjectContent.all(content(project)), ProjectContent.all(content(copy)));
    }

    @Test
    void webAnnotationsComeBackOnTheProjectsOwnArticlesUnderRenamedAnalysts() throws Exception {
        Path project = fixture();
        Path file = dir.resolve("study.jsonld");
        assertEquals(0, CommandLineTest.run("export", project.toString(), "--format", "webanno-json", "--analyst", "Ben",
                "--out", file.toString()).code());
        assertTrue(Files.readString(file).contains("\"http://www.w3.org/ns/anno.jsonld\""));

        CommandLineTest.Run in = CommandLineTest.run("import-project", project.toString(), file.toString());

        assertEquals(0, in.code(), in.err());
        assertTrue(in.out().contains("Renamed analyst \"Ben\" to \"Ben (study.jsonld)\""), in.out());
        assertTrue(in.out().contains("1 analyst, 3 tags, 0 new articles"), in.out());
        List<String> ben = ProjectContent.tags(content(project)).stream().filter(l -> l.contains(" Ben ") && !l.contains("(study"))
                .toList();
        List<String> again = ProjectContent.tags(content(project)).stream().filter(l -> l.contains(" Ben (study.jsonld) "))
                .map(l -> l.replace(" Ben (study.jsonld) ", " Ben ")).toList();
        assertEquals(ben, again);
    }

    @Test
    void theCodebookAloneBringsLabelsAndNoArticles() throws Exception {
        Path project = fixture();
        try (ProjectSession s = TestProjects.open(project)) {
            s.addLabel("hedge", "#123456", null, "A claim made softer");
        }
        Path file = dir.resolve("book.qdc");
        assertEquals(0, CommandLineTest.run("export", project.toString(), "--format", "qdc", "--out", file.toString()).code());
        Path copy = dir.resolve("copy.newsmark");
        TestProjects.create(copy).close();

        CommandLineTest.Run in = CommandLineTest.run("import-project", copy.toString(), file.toString());

        assertEquals(0, in.code(), in.err() + in.out());
        assertTrue(in.out().contains("0 tags, 0 new articles, 1 new label"), in.out());
        assertTrue(ProjectContent.labels(content(copy)).contains("label hedge #123456 | A claim made softer"));
        assertEquals(List.of(), content(copy).documents());
    }

    @Test
    void aFileWhoseNameSaysNoFormatIsAUsageErrorAndABrokenFileChangesNothing() throws Exception {
        Path project = fixture();
        Path odd = Files.writeString(dir.resolve("notes.txt"), "hello");
        CommandLineTest.Run unknown = CommandLineTest.run("import-project", project.toString(), odd.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("cannot tell the format of notes.txt"), unknown.err());

        Path broken = Files.write(dir.resolve("broken.qdpx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        List<String> before = ProjectContent.all(content(project));
        CommandLineTest.Run bad = CommandLineTest.run("import-project", project.toString(), broken.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().startsWith("newsmark: broken.qdpx"), bad.err());
        assertEquals(before, ProjectContent.all(content(project)));

        CommandLineTest.Run wrongWhat = CommandLineTest.run("export", project.toString(), "--format", "qdpx", "--what", "links",
                "--out", dir.resolve("x.qdpx").toString());
        assertEquals(2, wrongWhat.code());
        assertTrue(wrongWhat.err().contains("--what is for CSV"), wrongWhat.err());
    }
}
