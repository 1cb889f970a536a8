package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Document;
import org.newsmark.io.exchange.ExchangeProject;
import org.newsmark.io.exchange.ExchangeRead;
import org.newsmark.io.xmi.XmiReader;
import org.newsmark.io.xmi.XmiWriter;
import org.newsmark.service.ProjectMergeService.MergeReport;

/** Export to the XMI zip, import into an empty project: the same project, CRLF, emoji and all. */
class XmiRoundTripTest {

    @TempDir
    Path dir;

    /** The fixture project's content, after writing it to {@code zip}. */
    private ExchangeProject exportFixture(Path zip) throws Exception {
        ExchangeFixture f = new ExchangeFixture(dir.resolve("a.newsmark"));
        try (ProjectSession a = f.session) {
            try (OutputStream out = Files.newOutputStream(zip)) {
                XmiWriter.write(a.exchange().snapshot(ExportScope.ALL), out);
            }
            return ProjectContent.of(a);
        }
    }

    @Test
    void anExportImportedIntoAnEmptyProjectGivesTheSameContent() throws Exception {
        Path zip = dir.resolve("study-xmi.zip");
        ExchangeProject before = exportFixture(zip);
        ExchangeRead read = XmiReader.read(zip);
        assertEquals(List.of(), read.notTaken());
        try (ProjectSession b = TestProjects.create(dir.resolve("b.newsmark"))) {
            MergeReport r = b.exchange().importProject(read.project(), zip,
                    ProjectMergeService.NameClashResolver.suffixWithFileName()).orElseThrow();
            assertEquals(8, r.tagsAdded());
            assertEquals(2, r.linksAdded());
            ExchangeProject after = ProjectContent.of(b);
            assertEquals(ProjectContent.all(before), ProjectContent.all(after));
            assertEquals(ProjectContent.notes(before), ProjectContent.notes(after));
            assertEquals(ProjectContent.sourceLines(before).size(), ProjectContent.sourceLines(after).size());
        }
    }

    @Test
    void theBinaryCasesAloneGiveTheSameContentAsInceptionsProjectImportWouldKeepThem() throws Exception {
        Path zip = dir.resolve("study-xmi.zip");
        ExchangeProject before = exportFixture(zip);
        Path serOnly = withoutXmi(zip, dir.resolve("study-ser.zip"));
        ExchangeRead read = XmiReader.read(serOnly);
        assertEquals(List.of(), read.notTaken());
        try (ProjectSession b = TestProjects.create(dir.resolve("b.newsmark"))) {
            b.exchange().importProject(read.project(), serOnly, ProjectMergeService.NameClashResolver.suffixWithFileName())
                    .orElseThrow();
            ExchangeProject after = ProjectContent.of(b);
            assertEquals(ProjectContent.all(before), ProjectContent.all(after));
            assertEquals(ProjectContent.notes(before), ProjectContent.notes(after));
        }
    }

    /** The zip without its XMI files: what INCEpTION's project import reads. */
    private static Path withoutXmi(Path from, Path to) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            int xmi = 0;
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().endsWith(".xmi")) {
                    xmi++;
                    continue;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
            assertTrue(xmi > 0);
        }
        return to;
    }

    @Test
    void theTextKeepsItsCrlfAndItsEmojiAndTheOffsetsStayUtf16() throws Exception {
        ExchangeFixture f = new ExchangeFixture(dir.resolve("a.newsmark"));
        Path zip = dir.resolve("x.zip");
        try (ProjectSession a = f.session; OutputStream out = Files.newOutputStream(zip)) {
            XmiWriter.write(a.exchange().snapshot(ExportScope.ALL), out);
        }
        ExchangeProject p = XmiReader.read(zip).project();
        Document doc = p.documents().stream().filter(d -> d.title().equals("Costs & café <plans>")).findFirst().orElseThrow();
        assertEquals(ExchangeFixture.TEXT, doc.text());
        assertTrue(doc.text().contains("\r\n"));
        var emoji = p.tags().stream().filter(t -> t.documentId() == doc.id() && t.span().textOf(doc.text()).equals("😀"))
                .findFirst().orElseThrow();
        assertEquals(ExchangeFixture.span("😀"), emoji.span());
        assertEquals(2, emoji.span().length());
    }

    @Test
    void oneAnalystsExportKeepsOnlyTheirs() throws Exception {
        ExchangeFixture f = new ExchangeFixture(dir.resolve("a.newsmark"));
        Path zip = dir.resolve("ben.zip");
        try (ProjectSession a = f.session; OutputStream out = Files.newOutputStream(zip)) {
            XmiWriter.write(a.exchange().snapshot(new ExportScope(null, "Ben")), out);
        }
        ExchangeProject p = XmiReader.read(zip).project();
        assertEquals(List.of("Ben"), p.analysts().stream().map(x -> x.name()).toList());
        assertEquals(3, p.tags().size());
        assertEquals(2, p.documents().size());
    }
}
