package org.newsmark.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.service.StatisticsFixture;

/** Issue 13: {@code --preset data|spreadsheet} on export and compare; {@code --raw} and {@code --excel} are aliases. */
class CsvPresetCommandTest {

    @TempDir
    Path dir;
    Path project;
    int exports;

    @BeforeEach
    void setUp() throws Exception {
        project = dir.resolve("sales.newsmark");
        new StatisticsFixture(project).session.close();
    }

    private byte[] export(String... options) throws Exception {
        Path out = dir.resolve("out-" + (++exports) + ".csv");
        String[] args = concat(new String[] {"export", project.toString(), "--format", "csv", "--out", out.toString(),
                "--analyst", "Ana"}, options);
        CommandLineTest.Run r = CommandLineTest.run(args);
        assertEquals(0, r.code(), r.err());
        return Files.readAllBytes(out);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static List<CSVRecord> records(String csv) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv)).getRecords();
    }

    @Test
    void presetDataGivesExactlyPythonsSliceAndTheNoteAsWritten() throws Exception {
        byte[] bytes = export("--preset", "data");
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertFalse(csv.startsWith("\uFEFF"), "no byte-order mark");
        assertFalse(csv.contains("\r"), "LF line ends");
        List<CSVRecord> rows = records(csv);
        assertEquals(StatisticsFixture.TAGGED.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord r = rows.get(i);
            String slice = StatisticsFixture.pythonSlice(StatisticsFixture.TEXT,
                    Integer.parseInt(r.get("start")), Integer.parseInt(r.get("end")));
            assertEquals(StatisticsFixture.TAGGED.get(i), slice);
            assertEquals(slice, r.get("text"), "text[start:end] equals the text column");
        }
        assertEquals(StatisticsFixture.NOTE, rows.get(0).get("note"));
    }

    @Test
    void presetSpreadsheetHasBomCrlfAndGuardsOnlyTheFormula() throws Exception {
        byte[] bytes = export("--preset", "spreadsheet");
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertEquals(csv.split("\n", -1).length, csv.split("\r\n", -1).length, "every line ends with CRLF");
        assertTrue(csv.endsWith("\r\n"));
        List<CSVRecord> rows = records(csv);
        assertEquals(List.of("+12%", "'-2+3", "-3.5", "+1,200"), rows.stream().map(r -> r.get("text")).toList());
        assertEquals("'" + StatisticsFixture.NOTE, rows.get(0).get("note"));
    }

    @Test
    void theDefaultIsDataAndTheOldFlagsAreAliases() throws Exception {
        byte[] data = export("--preset", "data");
        byte[] spreadsheet = export("--preset", "SPREADSHEET");
        assertArrayEquals(data, export(), "no option: the data preset");
        assertArrayEquals(data, export("--raw"));
        assertArrayEquals(spreadsheet, export("--excel"));
        assertArrayEquals(data, export("--preset=data", "--raw"), "an alias agreeing with --preset is fine");
    }

    @Test
    void contradictoryOrUnknownPresetsAreUsageErrors() {
        for (String[] bad : new String[][] {{"--raw", "--excel"}, {"--preset", "data", "--excel"},
                {"--preset", "spreadsheet", "--raw"}, {"--preset", "excel"}}) {
            CommandLineTest.Run r = CommandLineTest.run(concat(new String[] {"export", project.toString(), "--format",
                    "csv", "--out", dir.resolve("x.csv").toString()}, bad));
            assertEquals(2, r.code(), String.join(" ", bad) + ": " + r.err());
            assertTrue(r.err().contains("--preset"), r.err());
            assertFalse(Files.exists(dir.resolve("x.csv")));
        }
    }

    @Test
    void comparePairsAndReportFollowThePreset() throws Exception {
        Path data = dir.resolve("pairs-data.csv");
        Path sheet = dir.resolve("pairs-sheet.csv");
        CommandLineTest.Run d = CommandLineTest.run("compare", project.toString(), "--a", "Ana", "--b", "Ben",
                "--pairs-out", data.toString(), "--preset", "data");
        assertEquals(0, d.code(), d.err());
        CommandLineTest.Run s = CommandLineTest.run("compare", project.toString(), "--a", "Ana", "--b", "Ben",
                "--pairs-out", sheet.toString(), "--preset", "spreadsheet");
        assertEquals(0, s.code(), s.err());
        String dataCsv = Files.readString(data);
        String sheetCsv = Files.readString(sheet);
        assertFalse(dataCsv.startsWith("\uFEFF") || dataCsv.contains("\r"));
        assertTrue(dataCsv.contains(",-2+3,-2+3,"), dataCsv);
        assertTrue(dataCsv.contains(",+12%,+12%,"), dataCsv);
        assertTrue(sheetCsv.startsWith("\uFEFFkind,") && sheetCsv.contains("\r\n"), sheetCsv);
        assertTrue(sheetCsv.contains(",'-2+3,'-2+3,"), sheetCsv);
        assertTrue(sheetCsv.contains(",+12%,+12%,"), sheetCsv);
        CommandLineTest.Run report = CommandLineTest.run("compare", project.toString(), "--a", "Ana", "--b", "Ben",
                "--format", "csv", "--preset", "spreadsheet");
        assertTrue(report.out().startsWith("\uFEFFlabel,") && report.out().contains("\r\n"), report.out());
        assertEquals(2, CommandLineTest.run("compare", project.toString(), "--a", "Ana", "--b", "Ben",
                "--format", "csv", "--raw", "--excel").code());
    }
}
