package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Link;
import org.newsmark.domain.LinkType;
import org.newsmark.domain.Span;
import org.newsmark.domain.TaskControl;
import org.newsmark.io.ImportException;
import org.newsmark.io.csv.CsvOptions;
import org.newsmark.io.jsonl.JsonLinesReader;
import org.newsmark.io.jsonl.JsonlAnnotation;
import org.newsmark.io.jsonl.JsonlDocument;
import org.newsmark.io.jsonl.JsonlLink;

/** Links out and in: the links CSV (code points), JSON Lines, brat R lines, and brat export → import keeping every link. */
class LinkFilesTest {

    /** Emoji before the spans: code-point offsets differ from UTF-16 ones. */
    static final String TEXT = "😀🌍 Roads are broken, the mayor said 😀; 40% of them need repair, 3 in 4 drivers agree.";

    @TempDir
    Path dir;

    private static Span span(String text, String quote) {
        int at = text.indexOf(quote);
        return new Span(at, at + quote.length());
    }

    /** Ana: a claim with a statistic supporting it twice and an opinion responding; Ben: one supports link. */
    private Document linked(ProjectSession s) {
        Document d = s.documents().add("Roads", null, TEXT).document();
        Label claim = s.codebook().codebook().label("claim").orElseThrow();
        Label stat = s.codebook().codebook().label("statistic").orElseThrow();
        Label opinion = s.codebook().codebook().label("attributed opinion").orElseThrow();
        LinkType supports = s.codebook().codebook().linkType("supports").orElseThrow();
        LinkType respondsTo = s.codebook().codebook().linkType("responds to").orElseThrow();
        AnnotationService a = s.annotations();
        Analyst ana = s.analyst("Ana");
        Analyst ben = s.analyst("Ben");
        Annotation c = a.tag(d, ana, claim, span(TEXT, "Roads are broken"));
        Annotation p = a.tag(d, ana, stat, span(TEXT, "40%"));
        Annotation q = a.tag(d, ana, stat, span(TEXT, "3 in 4"));
        Annotation o = a.tag(d, ana, opinion, span(TEXT, "drivers agree"));
        a.link(p, c, supports);
        a.link(q, c, supports);
        a.link(o, c, respondsTo);
        a.link(a.tag(d, ben, stat, span(TEXT, "40%")), a.tag(d, ben, claim, span(TEXT, "them need repair")), supports);
        return d;
    }

    /** Each link as analyst, type and its two ends by label and UTF-16 span: what must survive a round trip. */
    private static Set<String> described(ProjectSession s) {
        Map<Long, String> labels = s.labels().stream().collect(Collectors.toMap(Label::id, Label::name));
        Map<Long, String> types = s.codebook().codebook().linkTypes().stream().collect(Collectors.toMap(LinkType::id, LinkType::name));
        Set<String> out = new TreeSet<>();
        for (Analyst an : s.analysts()) {
            for (var doc : s.documents().summaries(null)) {
                List<Annotation> tags = s.annotations().annotations(doc.id(), an.id());
                for (Link l : s.annotations().links(doc.id(), an.id())) {
                    Annotation f = tags.stream().filter(t -> t.id() == l.fromTagId()).findFirst().orElseThrow();
                    Annotation t = tags.stream().filter(x -> x.id() == l.toTagId()).findFirst().orElseThrow();
                    out.add(an.name() + " " + types.get(l.typeId()) + " " + labels.get(f.labelId()) + f.span()
                            + " -> " + labels.get(t.labelId()) + t.span());
                }
            }
        }
        return out;
    }

    @Test
    void theLinksCsvGivesEachLinkWithItsEndsInCodePoints() throws Exception {
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            Document d = linked(s);
            Path csv = dir.resolve("links.csv");
            assertEquals(4, s.export().exportLinks(csv, ExportScope.ALL, CsvOptions.DEFAULT));
            List<CSVRecord> rows;
            try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                var parsed = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r);
                assertEquals(List.of(ExportService.LINK_COLUMNS), parsed.getHeaderNames());
                rows = parsed.getRecords();
            }
            assertEquals(4, rows.size());
            int[] cps = TEXT.codePoints().toArray();
            CSVRecord first = rows.get(0);
            assertEquals(String.valueOf(d.id()), first.get("document_id"));
            assertEquals("Ana", first.get("analyst"));
            assertEquals("supports", first.get("link"));
            assertEquals("statistic", first.get("from_label"));
            assertEquals("claim", first.get("to_label"));
            assertEquals("40%", new String(cps, Integer.parseInt(first.get("from_start")),
                    Integer.parseInt(first.get("from_end")) - Integer.parseInt(first.get("from_start"))), "code points, as Python slices");
            assertEquals("Roads are broken", new String(cps, Integer.parseInt(first.get("to_start")),
                    Integer.parseInt(first.get("to_end")) - Integer.parseInt(first.get("to_start"))));
            assertEquals(List.of("supports", "supports", "responds to", "supports"), rows.stream().map(r -> r.get("link")).toList());
            assertEquals("Ben", rows.get(3).get("analyst"));

            Path benOnly = dir.resolve("ben.csv");
            assertEquals(1, s.export().exportLinks(benOnly, new ExportScope(null, "Ben"), CsvOptions.DEFAULT));
            if (s.file().isPresent()) {
                assertThrows(FileRefusedException.class, () -> s.export().exportLinks(s.file().orElseThrow(), ExportScope.ALL, CsvOptions.DEFAULT),
                        "the output guard refuses the project's own file");
            }
        }
    }

    @Test
    void jsonLinesCarryTheLinksOfEachDocumentByAnnotationId() throws Exception {
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            linked(s);
            Path jsonl = dir.resolve("all.jsonl");
            s.export().exportJsonl(jsonl, ExportScope.ALL, TaskControl.NONE);
            JsonlDocument doc = JsonLinesReader.read(Files.readAllBytes(jsonl), "all.jsonl").get(0);
            assertEquals(4, doc.links().size());
            Set<String> seen = new TreeSet<>();
            for (JsonlLink l : doc.links()) {
                JsonlAnnotation f = doc.annotations().stream().filter(a -> a.id() == l.from()).findFirst().orElseThrow();
                JsonlAnnotation t = doc.annotations().stream().filter(a -> a.id() == l.to()).findFirst().orElseThrow();
                assertEquals(l.analyst(), f.analyst());
                assertEquals(l.analyst(), t.analyst());
                seen.add(l.analyst() + " " + l.type() + " " + f.text() + " -> " + t.text());
            }
            assertEquals(new TreeSet<>(List.of("Ana supports 40% -> Roads are broken", "Ana supports 3 in 4 -> Roads are broken",
                    "Ana responds to drivers agree -> Roads are broken", "Ben supports 40% -> them need repair")), seen);
        }
    }

    @Test
    void bratExportWritesRLinesAndImportKeepsEveryLink() throws Exception {
        Set<String> original;
        Path brat = dir.resolve("brat");
        try (ProjectSession s = TestProjects.create(dir.resolve("a.newsmark"))) {
            linked(s);
            original = described(s);
            assertEquals(4, original.size());
            s.export().exportBrat(brat, ExportScope.ALL, TaskControl.NONE);
        }
        List<String> anaAnn = new ArrayList<>();
        try (var files = Files.walk(brat)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".ann")).toList()) {
                if (p.getParent().getFileName().toString().equals("Ana")) {
                    anaAnn.addAll(Files.readAllLines(p));
                }
            }
        }
        assertEquals(List.of("R1\tsupports Arg1:T2 Arg2:T1", "R2\tsupports Arg1:T3 Arg2:T1", "R3\tresponds_to Arg1:T4 Arg2:T1"),
                anaAnn.stream().filter(l -> l.startsWith("R")).toList(), String.join("\n", anaAnn));
        try (ProjectSession t = TestProjects.create(dir.resolve("b.newsmark"))) {
            ImportReport r = t.annotationImports().importBrat(brat, TaskControl.NONE);
            assertEquals(4, r.linksAdded(), r.summary());
            assertEquals(original, described(t), "brat export → import keeps every link");
            ImportReport again = t.annotationImports().importBrat(brat, TaskControl.NONE);
            assertEquals(0, again.linksAdded(), "importing the same files again adds no link");
            assertEquals(original, described(t));
        }
    }

    @Test
    void anRLineTheCodebookDoesNotAllowRefusesTheImportWithFileAndLineAndAnUnknownTypeIsSkipped() throws Exception {
        Path bad = Files.createDirectories(dir.resolve("bad/Ana"));
        String text = "Prices rose 5% last year.";
        Files.writeString(bad.resolve("doc.txt"), text);
        Files.writeString(bad.resolve("doc.ann"), "T1\tclaim 0 25\tPrices rose 5% last year.\nT2\tstatistic 12 14\t5%\n"
                + "R1\tsupports Arg1:T1 Arg2:T2\n");
        Path unknown = Files.createDirectories(dir.resolve("unknown/Ana"));
        Files.writeString(unknown.resolve("doc.txt"), text);
        Files.writeString(unknown.resolve("doc.ann"), "T1\tclaim 0 25\tPrices rose 5% last year.\nT2\tstatistic 12 14\t5%\n"
                + "R1\tsupports Arg1:T2 Arg2:T1\nR2\tContradicts Arg1:T2 Arg2:T1\n");
        try (ProjectSession t = TestProjects.create(dir.resolve("c.newsmark"))) {
            ImportException e = assertThrows(ImportException.class, () -> t.annotationImports().importBrat(dir.resolve("bad"), TaskControl.NONE));
            assertTrue(e.getMessage().contains("doc.ann line 3"), e.getMessage());
            assertTrue(e.getMessage().contains("cannot go from claim (T1) to statistic (T2)"), e.getMessage());
            assertEquals(0, t.documents().summaries(null).size(), "nothing of the refused import is kept");

            ImportReport r = t.annotationImports().importBrat(dir.resolve("unknown"), TaskControl.NONE);
            assertEquals(2, r.annotationsAdded());
            assertEquals(1, r.linksAdded());
            assertTrue(r.skipped().stream().anyMatch(k -> k.contains("doc.ann line 4") && k.contains("no link type \"Contradicts\"")),
                    r.skipped().toString());
        }
    }
}
