package org.newsmark.ui.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.service.StatisticsFixture;
import org.newsmark.ui.common.ImmediateTasks;
import org.newsmark.ui.common.ScriptedDialogs;

/**
 * Issue 13 in the export dialog's view-model, without a screen: the preset chosen decides the
 * file's bytes; a new user gets every value exactly as in the article, as the dialog promises.
 */
class ExportPresetsViewModelTest {

    @TempDir
    Path dir;
    StatisticsFixture f;
    ScriptedDialogs dialogs;
    TagTransferViewModel transfer;
    final List<String> said = new java.util.ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        f = new StatisticsFixture(dir.resolve("sales.newsmark"));
        dialogs = new ScriptedDialogs();
        transfer = new TagTransferViewModel(f.session.annotationImports(), f.session.export(), new ImmediateTasks(),
                dialogs, new ProjectView() {
                    @Override
                    public void articlesAdded(long documentId, String message) {
                    }

                    @Override
                    public void projectChanged(String message) {
                    }

                    @Override
                    public void say(String message) {
                        said.add(message);
                    }
                }, f.session.name(), dir);
    }

    @AfterEach
    void tearDown() {
        f.session.close();
    }

    private ExportOptionsViewModel options() {
        ExportOptionsViewModel o = transfer.exportOptions(List.of("Ana", "Ben"), f.doc.id());
        o.analystProperty().set("Ana");
        return o;
    }

    /** OK in the dialog, then the save dialog answered with {@code name}: the bytes written. */
    private byte[] export(ExportOptionsViewModel o, String name) throws Exception {
        Path out = dir.resolve(name);
        dialogs.answer(out);
        transfer.export(o);
        assertEquals(List.of(), dialogs.errors);
        return Files.readAllBytes(out);
    }

    private static List<CSVRecord> records(byte[] bytes) throws Exception {
        String csv = new String(bytes, StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv)).getRecords();
    }

    @Test
    void aNewUsersCsvKeepsEveryValueExactlyAsTheDialogPromises() throws Exception {
        byte[] bytes = export(options(), "new-user.csv");
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertFalse(csv.startsWith("\uFEFF"));
        assertFalse(csv.contains("\r"));
        List<CSVRecord> rows = records(bytes);
        assertEquals(StatisticsFixture.TAGGED, rows.stream().map(r -> r.get("text")).toList());
        for (CSVRecord r : rows) {
            assertEquals(StatisticsFixture.pythonSlice(StatisticsFixture.TEXT, Integer.parseInt(r.get("start")),
                    Integer.parseInt(r.get("end"))), r.get("text"), "text[start:end] equals the text column");
        }
        assertEquals(StatisticsFixture.NOTE, rows.get(0).get("note"));
    }

    @Test
    void theSpreadsheetPresetWritesBomCrlfAndGuardsOnlyTheFormula() throws Exception {
        ExportOptionsViewModel o = options();
        o.presetIndexProperty().set(ExportOptionsViewModel.PRESETS.indexOf(org.newsmark.io.csv.CsvPreset.SPREADSHEET));
        assertEquals(org.newsmark.io.csv.CsvPreset.SPREADSHEET, o.presetProperty().get());
        byte[] bytes = export(o, "sheet.csv");
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertEquals(csv.split("\n", -1).length, csv.split("\r\n", -1).length, "every line ends with CRLF");
        List<CSVRecord> rows = records(bytes);
        assertEquals(List.of("+12%", "'-2+3", "-3.5", "+1,200"), rows.stream().map(r -> r.get("text")).toList());
        assertEquals("'" + StatisticsFixture.NOTE, rows.get(0).get("note"));
    }

    @Test
    void bothPresetsAreOfferedWithALineEachAndThePromiseFitsTheChoice() {
        ExportOptionsViewModel o = options();
        assertEquals(List.of("Data (pandas, R, Python)", "Spreadsheet (Excel, LibreOffice)"),
                o.presetChoices().stream().map(ExportOptionsViewModel.PresetChoice::title).toList());
        assertTrue(o.presetChoices().get(0).line().contains("exactly as in the article"));
        assertTrue(o.presetChoices().get(1).line().contains("byte-order mark, CRLF"));
        assertTrue(o.presetChoices().get(1).line().contains("numbers and percentages never do"));
        assertEquals(0, o.presetIndexProperty().get(), "data first, and chosen for a new user");
        assertTrue(o.promise().get().contains("text[start:end] equals the text column"), o.promise().get());
        o.presetIndexProperty().set(1);
        assertTrue(o.promise().get().contains("equals the text column, but cells a spreadsheet would run"),
                "no promise the spreadsheet file breaks: " + o.promise().get());
        assertTrue(o.promise().get().contains("leading '"), o.promise().get());
        assertTrue(o.csvChosen().get());
        o.formatProperty().set(1);
        assertFalse(o.csvChosen().get(), "the presets are for CSV only");
        assertTrue(o.promise().get().contains("text[start:end] gives the tagged text"), o.promise().get());
    }

    @Test
    void theNextDialogStartsWithTheLastPresetButNotAfterCancel() throws Exception {
        ExportOptionsViewModel o = options();
        o.presetIndexProperty().set(1);
        export(o, "first.csv");
        assertEquals(org.newsmark.io.csv.CsvPreset.SPREADSHEET, options().presetProperty().get());
        ExportOptionsViewModel cancelled = options();
        cancelled.presetIndexProperty().set(0); // and the dialog's Cancel: export() is never called
        assertEquals(org.newsmark.io.csv.CsvPreset.SPREADSHEET, options().presetProperty().get());
        ExportOptionsViewModel jsonl = options();
        jsonl.presetIndexProperty().set(0);
        jsonl.formatProperty().set(1);
        export(jsonl, "tags.jsonl");
        assertEquals(org.newsmark.io.csv.CsvPreset.SPREADSHEET, options().presetProperty().get(),
                "a JSON Lines export does not choose a CSV preset");
    }

    @Test
    void theSaveDialogStartsInTheProjectsFolder() throws Exception {
        org.newsmark.service.TestProjects.assumeFile("the project file's folder");
        export(options(), "x.csv");
        assertEquals(List.of("Export tags [" + dir + "/sales-tags.csv]"), dialogs.questions);
    }
}
