package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Source;
import org.newsmark.domain.SourceKind;
import org.newsmark.domain.TaskControl;
import org.newsmark.io.ImportException;
import org.newsmark.io.csv.CsvOptions;
import org.newsmark.io.jsonl.JsonLinesReader;
import org.newsmark.io.jsonl.JsonlDocument;
import org.newsmark.io.jsonl.JsonlSource;

/** Sources in files: CSV and brat by name (import finds or creates them), JSON Lines by id with a sources array, the sources CSV, merges. */
class SourceFilesTest {

    private static final String TEXT = SourceServiceTest.TEXT;

    @TempDir
    Path dir;

    @Test
    void csvNamesTheSourceAndImportFindsItOrCreatesItReported() throws Exception {
        Path csv = dir.resolve("tags.csv");
        try (ProjectSession s = TestProjects.create(dir.resolve("a.newsmark"))) {
            fill(s);
            s.export().exportCsv(csv, ExportScope.ALL, CsvOptions.DEFAULT, TaskControl.NONE);
        }
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.get(1).contains(",Angela Merkel,"), lines.get(1));
        assertTrue(lines.get(2).contains(",The ministry,"), lines.get(2));
        try (ProjectSession s = TestProjects.create(dir.resolve("b.newsmark"))) {
            s.documents().add("One", "one.txt", TEXT);
            // this project knows Merkel (spelt without the accent the file lacks anyway) as an organisation, not the ministry
            Source here = s.sources().create("ANGELA MERKEL", SourceKind.ORGANISATION, "", "");
            ImportReport r = s.annotationImports().importCsv(csv, TaskControl.NONE);
            assertEquals(List.of("The ministry"), r.sourcesCreated());
            assertTrue(r.summary().contains("new sources: The ministry"), r.summary());
            SourceLedger ledger = s.sources().ledger();
            assertEquals(List.of("ANGELA MERKEL", "The ministry"), ledger.entries().stream().map(e -> e.source().name()).toList());
            assertEquals(here, ledger.entries().get(0).source());
            assertEquals(List.of(1, 1), ledger.entries().stream().map(e -> e.quotes().size()).toList());
            assertEquals(SourceKind.NAMED_PERSON, ledger.entries().get(1).source().kind(), "a new name is a named person");
            ImportReport again = s.annotationImports().importCsv(csv, TaskControl.NONE);
            assertEquals(List.of(), again.sourcesCreated(), "importing again creates nothing");
        }
    }

    @Test
    void aBadSourceNameRefusesTheImportWithFileAndLineCreatingNothing() throws Exception {
        Path csv = dir.resolve("bad.csv");
        try (ProjectSession s = TestProjects.create(dir.resolve("a.newsmark"))) {
            Document d = s.documents().add("One", "one.txt", TEXT).document();
            Files.writeString(csv, "document_sha256,analyst,label,start,end,attr:speaker\n"
                    + d.sha256() + ",Ana,attributed opinion,0,26,Good Name\n"
                    + d.sha256() + ",Ana,attributed opinion,28,56,\"bad\u0007name\"\n");
            ImportException e = assertThrows(ImportException.class, () -> s.annotationImports().importCsv(csv, TaskControl.NONE));
            assertTrue(e.getMessage().startsWith("bad.csv line 3: attr:speaker: source name"), e.getMessage());
            assertEquals(List.of(), s.sources().all(), "the import's transaction took the first row's new source back");
        }
    }

    @Test
    void jsonLinesGivesEachDocumentTheSourcesItsTagsPointTo() throws Exception {
        Path out = dir.resolve("all.jsonl");
        long merkel;
        try (ProjectSession s = TestProjects.create(dir.resolve("a.newsmark"))) {
            merkel = fill(s).id();
            s.sources().create("Nobody Quoted", SourceKind.ANONYMOUS, "", "");
            s.export().exportJsonl(out, ExportScope.ALL, TaskControl.NONE);
        }
        JsonlDocument d = JsonLinesReader.read(Files.readAllBytes(out), "all.jsonl").get(0);
        assertEquals(List.of(new JsonlSource(Long.toString(merkel), "Angela Merkel", "named-person", "chancellor", "CDU"),
                new JsonlSource(Long.toString(merkel + 1), "The ministry", "official-body", "", "")), d.sources());
        assertEquals(List.of(Long.toString(merkel)), d.annotations().get(0).attributes().get("speaker"), "the value is the source's id");
    }

    @Test
    void bratWritesTheNameAndImportReadsItBack() throws Exception {
        Path out = dir.resolve("brat");
        try (ProjectSession s = TestProjects.create(dir.resolve("a.newsmark"))) {
            fill(s);
            s.export().exportBrat(out, ExportScope.ALL, TaskControl.NONE);
        }
        String ann = Files.readString(Files.list(out.resolve("Ana")).filter(f -> f.toString().endsWith(".ann")).findFirst().orElseThrow());
        assertTrue(ann.contains("\tspeaker T1 Angela_Merkel\n"), ann);
        try (ProjectSession s = TestProjects.create(dir.resolve("b.newsmark"))) {
            ImportReport r = s.annotationImports().importBrat(out, TaskControl.NONE);
            assertEquals(List.of("Angela Merkel", "The ministry"), r.sourcesCreated());
            assertEquals(List.of(1, 1), s.sources().ledger().entries().stream().map(e -> e.quotes().size()).toList());
        }
    }

    @Test
    void theSourcesCsvHasOneRowPerSourceAndNeverReplacesTheProject() throws Exception {
        Path project = dir.resolve("a.newsmark");
        Path csv = dir.resolve("sources.csv");
        try (ProjectSession s = TestProjects.create(project)) {
            fill(s);
            s.sources().setOutlet(1, "Daily Planet");
            assertEquals(2, s.sources().table().export(csv, CsvOptions.DEFAULT));
            if (s.file().isPresent()) {
                assertThrows(FileRefusedException.class, () -> s.sources().table().export(project, CsvOptions.DEFAULT));
            }
            assertTrue(s.integrityCheck().equals("ok"));
        }
        assertEquals(List.of("source_id,name,kind,role,affiliation,quotes,articles,outlets",
                "1,Angela Merkel,named-person,chancellor,CDU,1,1,Daily Planet",
                "2,The ministry,official-body,,,1,1,Daily Planet"), Files.readAllLines(csv));
    }

    @Test
    void aMergeCarriesSourcesByName() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestProjects.onServer(), "a merge reads another project file");
        Path other = dir.resolve("other.newsmark");
        try (ProjectSession o = TestProjects.create(other)) {
            fill(o);
        }
        try (ProjectSession target = TestProjects.create(dir.resolve("main.newsmark"))) {
            target.documents().add("One", "one.txt", TEXT);
            Source kept = target.sources().create("the Ministry", SourceKind.OFFICIAL_BODY, "", "");
            target.merges().merge(other, ProjectMergeService.NameClashResolver.suffixWithFileName()).orElseThrow();
            SourceLedger ledger = target.sources().ledger();
            assertEquals(List.of("Angela Merkel", "the Ministry"), ledger.entries().stream().map(e -> e.source().name()).toList());
            assertEquals("CDU", ledger.entries().get(0).source().affiliation(), "a new source comes with its kind, role and affiliation");
            assertEquals(kept, ledger.entries().get(1).source());
            assertEquals(List.of(1, 1), ledger.entries().stream().map(e -> e.quotes().size()).toList());
            assertFalse(ledger.entries().get(1).quotes().isEmpty());
        }
    }

    @Test
    void anArticleCodeOfTypeSourceIsWrittenByNameAndReadBackAsItsSource() throws Exception {
        Path csv = dir.resolve("codes.csv");
        try (ProjectSession s = TestProjects.create(dir.resolve("a.newsmark"))) {
            Source merkel = fill(s);
            Attribute main = s.codebook().declare(new Attribute(0, null, "main source", org.newsmark.domain.AttributeType.SOURCE,
                    List.of(), false, ""));
            s.codebook().setArticleCode(1, s.analyst("Ana").id(), main, List.of(merkel.valueId()));
            s.export().exportArticleCodes(csv, ExportScope.ALL, CsvOptions.DEFAULT);
        }
        assertTrue(Files.readString(csv).contains(",Ana,main source,Angela Merkel\n"), Files.readString(csv));
        try (ProjectSession s = TestProjects.create(dir.resolve("b.newsmark"))) {
            Document d = s.documents().add("One", "one.txt", TEXT).document();
            Attribute main = s.codebook().declare(new Attribute(0, null, "main source", org.newsmark.domain.AttributeType.SOURCE,
                    List.of(), false, ""));
            s.annotationImports().importArticleCodes(csv, TaskControl.NONE);
            Source made = s.sources().named("angela merkel").orElseThrow();
            assertEquals(List.of(made.valueId()), s.codebook().articleCodes(d.id(), s.analyst("Ana").id()).get(main.id()));
        }
    }

    /** One article, Ana quoting Merkel and the ministry; returns Merkel. */
    private static Source fill(ProjectSession s) {
        Document d = s.documents().add("One", "one.txt", TEXT).document();
        Analyst ana = s.analyst("Ana");
        Label opinion = s.codebook().codebook().label("attributed opinion").orElseThrow();
        Attribute speaker = SourceServiceTest.speaker(s);
        Source merkel = s.sources().create("Angela Merkel", SourceKind.NAMED_PERSON, "chancellor", "CDU");
        Source ministry = s.sources().create("The ministry", SourceKind.OFFICIAL_BODY, "", "");
        Annotation first = SourceServiceTest.quote(s, d, ana, opinion, speaker, 0, 26, merkel);
        SourceServiceTest.quote(s, d, ana, opinion, speaker, 28, 56, ministry);
        assertTrue(first.id() > 0);
        return merkel;
    }
}
