package org.newsmark.service;

import org.newsmark.domain.TaskControl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;
import org.newsmark.io.ImportException;
import org.newsmark.io.csv.CsvOptions;

/** Every export format, read back the way Python would, and imported again into a fresh project. */
class ExportImportRoundTripTest {

    /** Emoji outside the BMP, a ZWJ family, combining marks, Arabic and Hebrew, NBSP, CRLF in the source file. */
    static final String SOURCE = "Mayor 😀 says \"=SUM(A1)\" costs rose 40%\r\n"
            + "Familie 👨‍👩‍👧 und Café e\u0301té — إعلان رسمي — הודעה רשמית\r\n"
            + "Price:\u00A0€5 👍🏽 final.\r\n";
    static final String[] QUOTES = {"Mayor 😀 says", "\"=SUM(A1)\"", "40%", "👨‍👩‍👧", "e\u0301té", "إعلان رسمي",
            "הודעה רשמית", "€5 👍🏽", "final."};

    @TempDir
    Path dir;

    record Tag(String sha, String analyst, String label, int begin, int end, String note, java.time.Instant created,
               java.time.Instant updated) {
    }

    @Test
    void csvJsonlAndBratRoundTripsKeepEveryTagAndPythonOffsets() throws Exception {
        Path article = dir.resolve("article.txt");
        Files.writeString(article, SOURCE, StandardCharsets.UTF_8);
        Path first = dir.resolve("first.newsmark");
        List<Tag> original;
        try (ProjectSession s = TestProjects.create(first)) {
            Document d = s.articleImports().importFile(article, Optional.empty()).document();
            assertEquals(SOURCE.replace("\r\n", "\n"), d.text());
            List<Label> labels = s.labels();
            int i = 0;
            for (String q : QUOTES) {
                int at = d.text().indexOf(q);
                Annotation a = s.annotations().tag(d, s.analyst(i % 2 == 0 ? "Ana" : "Bo \"the\" analyst"),
                        labels.get(i % 4), new Span(at, at + q.length()));
                s.annotations().setNote(a, i % 3 == 0 ? "=cmd|' /C calc'!A0" : "note, with \"quotes\"\nand a line");
                i++;
            }
            original = tags(s);

            Path csv = dir.resolve("all.csv");
            s.export().exportCsv(csv, ExportScope.ALL, CsvOptions.DEFAULT, TaskControl.NONE);
            assertPythonSlicesMatch(csv, d.text());
            Path jsonl = dir.resolve("all.jsonl");
            s.export().exportJsonl(jsonl, ExportScope.ALL, TaskControl.NONE);
            assertJsonlSlicesMatch(jsonl);
            s.export().exportBrat(dir.resolve("brat"), ExportScope.ALL, TaskControl.NONE);

            Path second = dir.resolve("second.newsmark");
            try (ProjectSession t = TestProjects.create(second)) {
                t.articleImports().importFile(article, Optional.empty());
                ImportReport r = t.annotationImports().importCsv(csv, TaskControl.NONE);
                assertEquals(QUOTES.length, r.annotationsAdded());
                assertEquals(original, tags(t), "CSV export → import gives identical tags, times included");
            }
            try (ProjectSession t = TestProjects.create(dir.resolve("third.newsmark"))) {
                ImportReport r = t.annotationImports().importBrat(dir.resolve("brat"), TaskControl.NONE);
                assertEquals(1, r.documentsAdded());
                List<Tag> back = tags(t);
                assertEquals(original.size(), back.size());
                for (int k = 0; k < back.size(); k++) {
                    assertEquals(original.get(k).begin(), back.get(k).begin());
                    assertEquals(original.get(k).end(), back.get(k).end());
                    assertEquals(original.get(k).label(), back.get(k).label());
                }
            }
        }
    }

    /**
     * Both presets import back exactly, also a tag whose text starts with an ASCII quote before a
     * sign (some articles quote with '): the data preset writes it as it is, and the import, which
     * removes a guard's ', sees that the article has the ' and keeps it (issue 13).
     */
    @Test
    void bothPresetsImportBackExactlyAlsoATagStartingWithAQuoteBeforeASign() throws Exception {
        String text = "Growth was '-3.5 per cent' last year, +12% now; '=x' and -2+3 too.";
        List<String> quotes = List.of("'-3.5 per cent'", "+12%", "'=x'", "-2+3", "'");
        for (org.newsmark.io.csv.CsvPreset preset : org.newsmark.io.csv.CsvPreset.values()) {
            Path csv = dir.resolve(preset.id() + ".csv");
            List<Tag> original;
            try (ProjectSession s = TestProjects.create(dir.resolve(preset.id() + "-a.newsmark"))) {
                Document d = s.documents().add("t", null, text).document();
                for (String q : quotes) {
                    int at = text.indexOf(q);
                    s.annotations().tag(d, s.analyst("Ana"), s.labels().get(1), new Span(at, at + q.length()));
                }
                original = tags(s);
                s.export().exportCsv(csv, ExportScope.ALL, preset.options(), TaskControl.NONE);
            }
            try (ProjectSession t = TestProjects.create(dir.resolve(preset.id() + "-b.newsmark"))) {
                t.documents().add("t", null, text);
                assertEquals(quotes.size(), t.annotationImports().importCsv(csv, TaskControl.NONE).annotationsAdded(),
                        preset.id());
                assertEquals(original, tags(t), preset.id());
            }
        }
    }

    @Test
    void formulaCellsAreNeutralisedUnlessRaw() throws Exception {
        try (ProjectSession s = TestProjects.create(dir.resolve("f.newsmark"))) {
            Document d = s.documents().add("t", null, "=1+1 is a formula").document();
            Annotation a = s.annotations().tag(d, s.analyst("@nna"), s.labels().get(0), new Span(0, 4));
            s.annotations().setNote(a, "-minus");
            Path safe = dir.resolve("safe.csv");
            Path raw = dir.resolve("raw.csv");
            s.export().exportCsv(safe, ExportScope.ALL, CsvOptions.DEFAULT, TaskControl.NONE);
            s.export().exportCsv(raw, ExportScope.ALL, new CsvOptions(false, true), TaskControl.NONE);
            CSVRecord r = read(safe).get(0);
            assertEquals("'=1+1", r.get("text"));
            assertEquals("'-minus", r.get("note"));
            assertEquals("'@nna", r.get("analyst"));
            CSVRecord plain = read(raw).get(0);
            assertEquals("=1+1", plain.get("text"));
            byte[] excel = exportBytes(s, new CsvOptions(true, false));
            assertEquals((byte) 0xEF, excel[0], "Excel option writes a BOM");
            assertTrue(new String(excel, StandardCharsets.UTF_8).contains("\r\n"));
        }
    }

    @Test
    void aBadRowStopsTheImportNamesItsLineAndWritesNothing() throws Exception {
        try (ProjectSession s = TestProjects.create(dir.resolve("b.newsmark"))) {
            Document d = s.documents().add("t", null, "Alpha beta gamma delta.").document();
            String head = "document_sha256,analyst,label,start,end,text\n";
            String good = d.sha256() + ",Ana,claim,0,5,Alpha\n";
            assertImportFails(s, "range.csv", head + good + d.sha256() + ",Ana,claim,6,99,\n", "range.csv line 3");
            assertImportFails(s, "text.csv", head + good + d.sha256() + ",Ana,claim,6,10,wrong\n", "text.csv line 3");
            assertImportFails(s, "doc.csv", head + good + "0".repeat(64) + ",Ana,claim,0,5,Alpha\n", "doc.csv line 3");
            assertImportFails(s, "time.csv", "document_sha256,analyst,label,start,end,created_at\n" + d.sha256()
                    + ",Ana,claim,0,5,25/11/2026 19:25\n", "time.csv line 2: created_at '25/11/2026 19:25' is not an ISO 8601");
            assertImportFails(s, "cols.csv", "document_sha256,analyst,start,end\n" + d.sha256() + ",Ana,0,5\n", "label");
            assertEquals(0, s.annotations().annotations(d.id(), s.analyst("Ana").id()).size());
            assertEquals(4, s.labels().size());

            Path ok = dir.resolve("ok.csv");
            Files.writeString(ok, head + good + d.sha256() + ",Ana,claim,6,10,beta\n");
            TaskControl cancelAfterOne = new TaskControl() {
                int seen;

                @Override
                public void progress(long done, long total) {
                    seen++;
                }

                @Override
                public boolean isCancelled() {
                    return seen >= 1;
                }
            };
            assertThrows(TaskControl.CancelledException.class,
                    () -> s.annotationImports().importCsv(ok, cancelAfterOne));
            assertEquals(0, s.annotations().annotations(d.id(), s.analyst("Ana").id()).size(), "a cancelled import writes nothing");
            assertEquals(2, s.annotationImports().importCsv(ok, TaskControl.NONE).annotationsAdded());
            assertEquals(2, s.annotationImports().importCsv(ok, TaskControl.NONE).alreadyPresent(), "importing twice adds nothing");
        }
    }

    /**
     * document_id is Newsmark's id in the project that wrote the file; another project numbers its
     * articles in its own order, so the sha256 chooses the article and the ids are not compared with
     * this project's (see CsvAnnotationReader: ids and hashes must only agree within the file).
     */
    @Test
    void aCsvFromAnotherProjectFindsItsArticlesBySha256ThoughTheIdsDiffer() throws Exception {
        Path csv = dir.resolve("from-a.csv");
        try (ProjectSession a = TestProjects.create(dir.resolve("a.newsmark"))) {
            Document x = a.documents().add("X", null, "Xenon is a noble gas.").document();
            Document y = a.documents().add("Y", null, "Yttrium is a metal.").document();
            a.annotations().tag(x, a.analyst("Ana"), a.labels().get(0), new Span(0, 5));
            a.annotations().tag(y, a.analyst("Ana"), a.labels().get(1), new Span(0, 7));
            a.export().exportCsv(csv, ExportScope.ALL, CsvOptions.DEFAULT, TaskControl.NONE);
        }
        try (ProjectSession b = TestProjects.create(dir.resolve("b.newsmark"))) {
            Document y = b.documents().add("Y", null, "Yttrium is a metal.").document();
            Document x = b.documents().add("X", null, "Xenon is a noble gas.").document();
            assertEquals(1, y.id(), "the ids are swapped compared with project a");
            assertEquals(2, b.annotationImports().importCsv(csv, TaskControl.NONE).annotationsAdded());
            assertEquals(new Span(0, 5), TestProjects.store(b).annotations().forDocument(x.id(), null).get(0).span());
            assertEquals(new Span(0, 7), TestProjects.store(b).annotations().forDocument(y.id(), null).get(0).span());
        }
    }

    @Test
    void aFileWhoseDocumentIdAndSha256DisagreeIsRefusedAndWritesNothing() throws Exception {
        try (ProjectSession s = TestProjects.create(dir.resolve("d.newsmark"))) {
            Document d = s.documents().add("t", null, "Alpha beta gamma delta.").document();
            Document e = s.documents().add("u", null, "Epsilon zeta.").document();
            assertImportFails(s, "mixed.csv", "document_id,document_sha256,analyst,label,start,end\n"
                    + d.id() + "," + d.sha256() + ",Newcomer,new label,0,5\n"
                    + d.id() + "," + e.sha256() + ",Newcomer,new label,0,5\n",
                    "mixed.csv line 3: document_id " + d.id() + " is given with document_sha256 " + e.sha256().substring(0, 12));
            assertEquals(List.of(), s.analysts(), "no analyst added");
            assertEquals(4, s.labels().size(), "no label added");
            assertEquals(0, TestProjects.store(s).annotations().forDocument(d.id(), null).size());
            assertEquals(0, TestProjects.store(s).annotations().forDocument(e.id(), null).size());
        }
    }

    @Test
    void aRowOfThisProjectsExportWhoseIdWasEditedToAnotherArticleIsRefused() throws Exception {
        try (ProjectSession s = TestProjects.create(dir.resolve("e.newsmark"))) {
            Document d = s.documents().add("t", null, "Alpha beta gamma delta.").document();
            Document e = s.documents().add("u", null, "Epsilon zeta eta.").document();
            Document f = s.documents().add("v", null, "Phi chi psi omega.").document();
            // every id and hash once, so the file itself is consistent: only this project can tell the id was changed
            assertImportFails(s, "edited.csv", "document_id,document_sha256,analyst,label,start,end\n"
                    + d.id() + "," + d.sha256() + ",Ana,claim,0,5\n"
                    + e.id() + "," + f.sha256() + ",Ana,claim,0,7\n",
                    "edited.csv line 3: document_id " + e.id() + " is “u” in this project, but document_sha256 is the text of document "
                            + f.id() + " (“v”)");
            assertImportFails(s, "edited2.csv", "document_id,document_sha256,analyst,label,start,end\n"
                    + d.id() + "," + d.sha256() + ",Ana,claim,0,5\n"
                    + "99," + e.sha256() + ",Ana,claim,0,7\n",
                    "edited2.csv line 3: document_id 99 names no article in this project");
            assertEquals(List.of(), s.analysts(), "nothing was imported");
        }
    }

    private void assertImportFails(ProjectSession s, String name, String content, String expected) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        ImportException e = assertThrows(ImportException.class, () -> s.annotationImports().importCsv(f, TaskControl.NONE));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static List<Tag> tags(ProjectSession s) {
        List<Tag> out = new ArrayList<>();
        for (var sum : s.documents().summaries(null)) {
            for (Annotation a : TestProjects.store(s).annotations().forDocument(sum.id(), null)) {
                String analyst = s.analysts().stream().filter(x -> x.id() == a.analystId()).findFirst().orElseThrow().name();
                String label = s.labels().stream().filter(x -> x.id() == a.labelId()).findFirst().orElseThrow().name();
                out.add(new Tag(sum.sha256(), analyst, label, a.begin(), a.end(), a.note(), a.created(), a.updated()));
            }
        }
        out.sort(Comparator.comparing(Tag::begin).thenComparing(Tag::analyst));
        return out;
    }

    /** What {@code text[start:end]} gives in Python: slicing by code points. */
    static String pythonSlice(String text, int start, int end) {
        int[] cps = text.codePoints().toArray();
        return new String(cps, start, end - start);
    }

    private static void assertPythonSlicesMatch(Path csv, String text) throws Exception {
        List<CSVRecord> rows = read(csv);
        assertEquals(QUOTES.length, rows.size());
        for (CSVRecord r : rows) {
            String cell = r.get("text");
            String expected = pythonSlice(text, Integer.parseInt(r.get("start")), Integer.parseInt(r.get("end")));
            assertEquals(expected.startsWith("\"=") ? expected : expected, cell.startsWith("'") ? cell.substring(1) : cell);
            assertEquals(org.newsmark.domain.TextHash.sha256(text), r.get("document_sha256"));
        }
    }

    private static void assertJsonlSlicesMatch(Path jsonl) throws Exception {
        List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
        assertEquals(1, lines.size());
        JsonNode doc = new ObjectMapper().readTree(lines.get(0));
        String text = doc.get("text").asText();
        for (JsonNode a : doc.get("annotations")) {
            assertEquals(pythonSlice(text, a.get("start").asInt(), a.get("end").asInt()), a.get("text").asText());
        }
    }

    private static List<CSVRecord> read(Path csv) throws Exception {
        try (var reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private static byte[] exportBytes(ProjectSession s, CsvOptions options) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        s.export().exportCsv(out, ExportScope.ALL, options, TaskControl.NONE);
        return out.toByteArray();
    }
}
