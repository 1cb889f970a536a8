package org.newsmark.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.Span;
import org.newsmark.domain.TaskControl;
import org.newsmark.domain.suggest.Suggestion;
import org.newsmark.domain.suggest.SuggestionKind;
import org.newsmark.io.csv.CsvColumns;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;

/**
 * {@code newsmark suggest PROJECT [--document ID] [--analyst NAME] [--claims] --out FILE}: the tags
 * CSV's columns plus kind and confidence, in code points; an analyst's rejections and tags left
 * out; standard output the same bytes; an unknown document refused with no file made; the file
 * with an analyst imported back as their tags. The rows are whatever the session's detectors
 * find, so the test checks each row against the article rather than fixed spans.
 */
class SuggestCommandTest {

    static final String FIRST = "😀 Turnout was 61% this year, up from 48% in 2019.";
    static final String SECOND = "Prices rose 3% in May.";

    @TempDir
    Path dir;

    private long first;
    private long second;

    private Path project() throws Exception {
        Path p = dir.resolve("p.newsmark");
        try (ProjectSession s = TestProjects.create(p)) {
            first = s.documents().add("Turnout", "a.txt", FIRST).document().id();
            second = s.documents().add("Prices", "b.txt", SECOND).document().id();
            s.analyst("Ana");
        }
        return p;
    }

    @Test
    void oneRowPerSuggestionInTheTagsColumnsWithKindAndConfidence() throws Exception {
        Path p = project();
        Path csv = dir.resolve("s.csv");
        CommandLineTest.Run run = CommandLineTest.run("suggest", p.toString(), "--out", csv.toString());
        assertEquals(0, run.code(), run.err());
        List<Row> rows = read(Files.readString(csv, StandardCharsets.UTF_8));
        assertTrue(run.err().contains("wrote " + (rows.size() - 1) + " suggestions to"), run.err());
        List<String> header = new ArrayList<>(CsvColumns.ALL);
        for (String a : List.of("check-worthy", "value", "unit", "source", "speaker", "speaker type", "frame")) {
            header.add(CsvColumns.attributeColumn(a));
        }
        header.addAll(CsvColumns.METADATA);
        header.addAll(List.of("kind", "confidence"));
        assertEquals(header, rows.get(0).toList());
        assertTrue(rows.size() > 3, "both articles' figures: " + rows);
        boolean sixtyOne = false;
        for (Row r : rows.subList(1, rows.size())) {
            String article = r.get(CsvColumns.DOCUMENT_ID).equals(Long.toString(first)) ? FIRST : SECOND;
            int start = Integer.parseInt(r.get(CsvColumns.START));
            int end = Integer.parseInt(r.get(CsvColumns.END));
            int[] cps = article.codePoints().toArray();
            assertEquals(new String(cps, start, end - start), r.get(CsvColumns.TEXT), "code-point offsets: " + r);
            assertEquals("", r.get(CsvColumns.ANNOTATION_ID), "no tag yet");
            assertEquals("", r.get(CsvColumns.ANALYST));
            assertNotEquals("claim", r.get("kind"), "claims only with --claims");
            assertEquals(SuggestionKind.named(r.get("kind")).labelName(), r.get(CsvColumns.LABEL));
            double confidence = Double.parseDouble(r.get("confidence"));
            assertTrue(confidence >= 0 && confidence <= 1, r.toString());
            sixtyOne |= r.get(CsvColumns.TEXT).contains("61%") && r.get("kind").equals("statistic");
        }
        assertTrue(sixtyOne, "61% is a statistic: " + rows);

        CommandLineTest.Run stdout = CommandLineTest.run("suggest", p.toString(), "--out", "-");
        assertEquals(0, stdout.code(), stdout.err());
        assertEquals(Files.readString(csv, StandardCharsets.UTF_8), stdout.out(), "standard output is the file");

        CommandLineTest.Run one = CommandLineTest.run("suggest", p.toString(), "--document", Long.toString(second), "--out", "-");
        assertEquals(0, one.code(), one.err());
        List<Row> only = read(one.out());
        assertTrue(only.size() > 1 && only.subList(1, only.size()).stream()
                .allMatch(r -> r.get(CsvColumns.DOCUMENT_ID).equals(Long.toString(second))), one.out());
    }

    @Test
    void anAnalystsRejectionsAndTagsAreLeftOutAndTheFileImportsAsTheirTags() throws Exception {
        Path p = project();
        Suggestion rejected;
        try (ProjectSession s = TestProjects.open(p)) {
            Document d = s.documents().find(first).orElseThrow();
            Analyst ana = s.analyst("Ana");
            List<Suggestion> open = s.suggestions().open(d, ana, false, TaskControl.NONE);
            rejected = open.stream().filter(x -> x.span().textOf(FIRST).contains("61%")).findFirst().orElseThrow();
            s.suggestions().reject(d, ana, rejected);
            Document prices = s.documents().find(second).orElseThrow();
            int at = SECOND.indexOf("3%");
            s.annotations().tag(prices, ana, s.codebook().codebook().label("statistic").orElseThrow(), new Span(at, at + 2));
        }
        Path csv = dir.resolve("ana.csv");
        CommandLineTest.Run run = CommandLineTest.run("suggest", p.toString(), "--analyst", "Ana", "--out", csv.toString());
        assertEquals(0, run.code(), run.err());
        List<Row> all = read(Files.readString(csv, StandardCharsets.UTF_8));
        List<Row> rows = all.subList(1, all.size());
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> r.get(CsvColumns.ANALYST).equals("Ana")));
        assertTrue(rows.stream().noneMatch(r -> r.get(CsvColumns.TEXT).equals(rejected.span().textOf(FIRST))), "rejected: left out");
        assertTrue(rows.stream().noneMatch(r -> r.get(CsvColumns.DOCUMENT_ID).equals(Long.toString(second))
                && r.get(CsvColumns.TEXT).contains("3%") && r.get("kind").equals("statistic")), "already tagged: left out");
        CommandLineTest.Run everyone = CommandLineTest.run("suggest", p.toString(), "--out", "-");
        assertTrue(read(everyone.out()).stream().anyMatch(r -> r.get(CsvColumns.TEXT).equals(rejected.span().textOf(FIRST))),
                "without --analyst nothing is left out");

        CommandLineTest.Run imported = CommandLineTest.run("import-annotations", p.toString(), csv.toString());
        assertEquals(0, imported.code(), imported.err() + imported.out());
        try (ProjectSession s = TestProjects.open(p)) {
            Analyst ana = s.analyst("Ana");
            List<Annotation> tags = new ArrayList<>(s.annotations().annotations(first, ana.id()));
            tags.addAll(s.annotations().annotations(second, ana.id()));
            assertEquals(rows.size() + 1, tags.size(), "the reviewed file is Ana's tags: " + imported.out());
            Document d = s.documents().find(first).orElseThrow();
            assertTrue(s.suggestions().open(d, ana, false, TaskControl.NONE).isEmpty(), "nothing left to suggest to her there");
        }
    }

    @Test
    void anUnknownDocumentIsRefusedAndNoFileIsMade() throws Exception {
        Path p = project();
        Path csv = dir.resolve("none.csv");
        CommandLineTest.Run run = CommandLineTest.run("suggest", p.toString(), "--document", "99", "--out", csv.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("No document with id 99"), run.err());
        assertFalse(Files.exists(csv));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("none")), "no partial file beside it");
        }
        CommandLineTest.Run missing = CommandLineTest.run("suggest", p.toString());
        assertEquals(2, missing.code(), "--out is required");
    }

    /** A row by column name; the header row's cells are its names. */
    record Row(java.util.Map<String, String> cells, List<String> list) {
        String get(String column) {
            return cells.get(column);
        }

        List<String> toList() {
            return list;
        }
    }

    /** The header row first, then the data rows. */
    private static List<Row> read(String csv) throws Exception {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv)).setFormat(CSVFormat.RFC4180).get()) {
            List<CSVRecord> records = parser.getRecords();
            List<String> header = records.get(0).toList();
            List<Row> out = new ArrayList<>();
            for (CSVRecord r : records) {
                java.util.Map<String, String> cells = new java.util.HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    cells.put(header.get(i), r.get(i));
                }
                out.add(new Row(cells, r.toList()));
            }
            return out;
        }
    }
}
