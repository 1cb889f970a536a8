package org.newsmark.ui.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.common.ImmediateTasks;
import org.newsmark.ui.common.ScriptedDialogs;
import org.newsmark.ui.workbench.WorkbenchViewModel;

/**
 * File › Import Tags and File › Export Tags through the workbench: what lands in the project
 * (read again from the file), what is written (parsed back), which dialogs are shown and where
 * the save dialog starts.
 */
class TagTransferViewModelTest {

    static final String TEXT = "The mayor said 40% of roads are broken. Critics called the figure made up.";
    static final String OTHER = "=SUM(A1) was typed into the report by hand.";

    @TempDir
    Path dir;
    Path folder;
    Path file;
    ProjectSession session;
    ScriptedDialogs dialogs;
    ImmediateTasks tasks;
    WorkbenchViewModel vm;
    Document doc;
    Document other;
    Analyst ana;
    Analyst bo;
    Label claim;
    Label statistic;

    @BeforeEach
    void setUp() throws Exception {
        folder = Files.createDirectory(dir.resolve("project folder"));
        file = folder.resolve("study.newsmark");
        session = TestProjects.create(file);
        doc = session.documents().add("Roads", "roads.txt", TEXT).document();
        other = session.documents().add("Formula", "formula.txt", OTHER).document();
        ana = session.analyst("Ana");
        bo = session.analyst("Bo");
        claim = session.labels().get(0);
        statistic = session.labels().get(1);
        session.annotations().tag(doc, ana, claim, spanOf("mayor"));
        session.annotations().tag(doc, ana, statistic, spanOf("40%"));
        session.annotations().tag(other, ana, claim, new Span(0, 8));
        session.annotations().tag(doc, bo, claim, spanOf("Critics"));
        dialogs = new ScriptedDialogs();
        tasks = new ImmediateTasks();
        vm = new WorkbenchViewModel(session, ana, tasks, dialogs);
        vm.openDocument(doc.id());
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private static Span spanOf(String phrase) {
        int at = TEXT.indexOf(phrase);
        return new Span(at, at + phrase.length());
    }

    /** Every tag in the file, as "analyst/label/document/begin-end", read by a fresh session. */
    private Set<String> tagsOnDisk() throws Exception {
        try (ProjectSession reader = TestProjects.openReadOnly(file)) {
            Set<String> out = new TreeSet<>();
            for (DocumentSummary d : reader.documents().summaries(null)) {
                for (Analyst a : reader.analysts()) {
                    for (Annotation x : reader.annotations().annotations(d.id(), a.id())) {
                        String label = reader.labels().stream().filter(l -> l.id() == x.labelId()).findFirst().orElseThrow().name();
                        out.add(a.name() + "/" + label + "/" + d.title() + "/" + x.begin() + "-" + x.end());
                    }
                }
            }
            return out;
        }
    }

    private static List<CSVRecord> parseCsv(String csv) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
    }

    /** Every file and folder under {@code root}, hidden ones too. */
    private List<Path> entriesUnder(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.map(root::relativize).sorted().toList();
        }
    }

    private List<Path> filesUnder(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    // --- import ---------------------------------------------------------------

    @Test
    void aGoodCsvLandsInTheProjectIsShownAndSummarised() throws Exception {
        Set<String> before = tagsOnDisk();
        String sha = doc.sha256();
        Path csv = Files.writeString(dir.resolve("tags.csv"), "document_sha256,analyst,label,start,end,text\n"
                + sha + ",Ana,claim,40,47,Critics\n"
                + sha + ",Cy,framing,22,38,roads are broken\n");
        dialogs.answer(csv);
        vm.tagTransfer().importCsv();

        assertEquals(List.of("Import tags from CSV"), dialogs.questions);
        assertEquals(List.of(), dialogs.errors);
        assertEquals(List.of("Import finished: 2 tags imported; new analysts: Cy"), dialogs.infos);
        assertEquals("2 tags imported; new analysts: Cy", vm.messageProperty().get());
        Set<String> expected = new TreeSet<>(before);
        expected.add("Ana/claim/Roads/40-47");
        expected.add("Cy/framing/Roads/22-38");
        assertEquals(expected, tagsOnDisk());
        assertEquals(List.of("mayor", "40%", "Critics"), vm.annotations().stream().map(a -> vm.excerpt(a, 60)).toList(),
                "Ana's imported tag is shown at once");
        assertTrue(vm.analysts().stream().anyMatch(a -> a.name().equals("Cy")), "the new analyst is in the Analyst menu");
        assertEquals(3, vm.documents().stream().filter(s -> s.id() == doc.id()).findFirst().orElseThrow().annotationCount());
        assertEquals("claim 2  ·  statistic 1  ·  attributed opinion 0  ·  framing 0", vm.labelCountsProperty().get());

        dialogs.answer(csv);
        vm.tagTransfer().importCsv();
        assertEquals("Import finished: 0 tags imported, 2 already present", dialogs.infos.get(1), "importing twice adds nothing");
        assertEquals(expected, tagsOnDisk());
    }

    @Test
    void aBadCsvNamesFileAndLineAndLeavesTheProjectAsItWas() throws Exception {
        Set<String> before = tagsOnDisk();
        String sha = doc.sha256();
        Path csv = Files.writeString(dir.resolve("bad.csv"), "document_sha256,analyst,label,start,end,text\n"
                + sha + ",Ana,claim,40,47,Critics\n"
                + sha + ",Ana,claim,4,9,NOT THE TEXT\n");
        dialogs.answer(csv);
        vm.tagTransfer().importCsv();

        assertEquals(1, dialogs.errors.size(), dialogs.errors.toString());
        String error = dialogs.errors.get(0);
        assertTrue(error.startsWith("Nothing was imported: bad.csv line 3: text 'NOT THE TEXT' does not match"), error);
        assertEquals(List.of(), dialogs.infos);
        assertEquals(before, tagsOnDisk(), "the good first row is not kept either");
        assertEquals(2, vm.annotations().size());
    }

    @Test
    void aCancelledCsvChooserImportsNothing() throws Exception {
        Set<String> before = tagsOnDisk();
        vm.tagTransfer().importCsv();
        assertEquals(List.of(), tasks.titles());
        assertEquals(List.of(), dialogs.infos);
        assertEquals(before, tagsOnDisk());
    }

    @Test
    void aBratFolderAddsItsAnalystMatchedByText() throws Exception {
        Path brat = Files.createDirectories(dir.resolve("brat-in").resolve("Zoe"));
        Files.writeString(brat.resolve("roads.txt"), TEXT);
        Files.writeString(brat.resolve("roads.ann"), "T1\tattributed_opinion 48 65\tcalled the figure\n"
                + "T2\tclaim 4 9\tmayor\nR1\tSupports Arg1:T1 Arg2:T2\n");
        dialogs.answer(brat.getParent());
        vm.tagTransfer().importBrat();

        assertEquals(List.of("Import a brat folder (one sub-folder per analyst)"), dialogs.questions);
        assertEquals(List.of(), dialogs.errors);
        assertEquals(1, dialogs.infos.size());
        String info = dialogs.infos.get(0);
        assertTrue(info.startsWith("Import finished: 2 tags imported, 1 matched by text; new analysts: Zoe; 1 line skipped"), info);
        assertTrue(info.contains("roads.ann line 3"), "the skipped relation is listed: " + info);
        Set<String> onDisk = tagsOnDisk();
        assertTrue(onDisk.contains("Zoe/attributed opinion/Roads/48-65"), onDisk.toString());
        assertTrue(onDisk.contains("Zoe/claim/Roads/4-9"), onDisk.toString());
        assertEquals(2, vm.documents().size(), "the article was matched, not added again");

        Analyst zoe = vm.analysts().stream().filter(a -> a.name().equals("Zoe")).findFirst().orElseThrow();
        vm.showLayerOf(zoe);
        assertEquals(List.of("mayor", "called the figure"), vm.annotations().stream().map(a -> vm.excerpt(a, 60)).toList());
    }

    @Test
    void aBratFolderWithABrokenFileImportsNothing() throws Exception {
        Set<String> before = tagsOnDisk();
        Path brat = Files.createDirectories(dir.resolve("brat-in").resolve("Zoe"));
        Files.writeString(brat.resolve("roads.txt"), TEXT);
        Files.writeString(brat.resolve("roads.ann"), "T1\tclaim 4 9\tmayor\nT2\tclaim 4 900\tmayor\n");
        dialogs.answer(brat.getParent());
        vm.tagTransfer().importBrat();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("Nothing was imported: ") && dialogs.errors.get(0).contains("roads.ann"),
                dialogs.errors.get(0));
        assertEquals(before, tagsOnDisk());
        assertFalse(vm.analysts().stream().anyMatch(a -> a.name().equals("Zoe")));
    }

    // --- export ---------------------------------------------------------------

    @Test
    void csvOfThisArticleAndOneAnalystForExcel() throws Exception {
        org.newsmark.service.TestProjects.assumeFile("the project file's folder");
        ExportOptionsViewModel options = vm.exportOptions();
        assertTrue(options.canChooseThisArticle());
        assertEquals(List.of(ExportOptionsViewModel.ALL_ANALYSTS, "Ana", "Bo"), options.analysts());
        options.formatProperty().set(0);
        options.thisArticleOnlyProperty().set(true);
        options.analystProperty().set("Ana");
        options.presetProperty().set(org.newsmark.io.csv.CsvPreset.SPREADSHEET);
        Path out = dir.resolve("ana-roads.csv");
        dialogs.answer(out);
        vm.tagTransfer().export(options);

        assertEquals(List.of("Export tags [" + folder + "/study-tags.csv]"), dialogs.questions,
                "the save dialog starts in the project's folder with a name after the project");
        assertEquals(List.of(), dialogs.errors);
        assertEquals("Exported 2 tags to " + out, vm.messageProperty().get());
        byte[] bytes = Files.readAllBytes(out);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3), "a BOM for Excel");
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("document_id,document_title,document_sha256,analyst,annotation_id,label,start,end,text,note,"
                + "created_at,updated_at,attr:check-worthy,attr:value,attr:unit,attr:source,attr:speaker,attr:speaker type,"
                + "attr:frame,document_outlet,document_author,document_published,document_url,document_language\r\n"), csv);
        assertEquals(csv.split("\r\n", -1).length - 1, csv.split("\n", -1).length - 1, "every line ends in CRLF");
        List<CSVRecord> rows = parseCsv(csv);
        assertEquals(List.of("Ana/claim/mayor", "Ana/statistic/40%"),
                rows.stream().map(r -> r.get("analyst") + "/" + r.get("label") + "/" + r.get("text")).toList());
        assertTrue(rows.stream().allMatch(r -> r.get("document_id").equals(Long.toString(doc.id()))));
    }

    @Test
    void csvOfEverythingIsExactByDefaultAndGuardedForSpreadsheets() throws Exception {
        ExportOptionsViewModel options = vm.exportOptions();
        Path exact = dir.resolve("all.csv");
        dialogs.answer(exact);
        vm.tagTransfer().export(options);
        String csv = Files.readString(exact);
        assertFalse(csv.startsWith("\uFEFF"));
        assertFalse(csv.contains("\r\n"));
        List<CSVRecord> rows = parseCsv(csv);
        assertEquals(4, rows.size(), "every analyst, every article");
        assertEquals(Set.of("Ana", "Bo"), Set.copyOf(rows.stream().map(r -> r.get("analyst")).toList()));
        assertEquals(List.of("=SUM(A1)"), rows.stream().map(r -> r.get("text")).filter(t -> t.contains("SUM")).toList(),
                "the data preset (the default): byte for byte");

        ExportOptionsViewModel sheet = vm.exportOptions();
        sheet.presetProperty().set(org.newsmark.io.csv.CsvPreset.SPREADSHEET);
        Path guarded = dir.resolve("sheet.csv");
        dialogs.answer(guarded);
        vm.tagTransfer().export(sheet);
        String text = Files.readString(guarded);
        assertEquals(List.of("'=SUM(A1)"), parseCsv(text.substring(1)).stream().map(r -> r.get("text"))
                .filter(t -> t.contains("SUM")).toList(), "a formula is defused for spreadsheets");
    }

    @Test
    void jsonLinesForOneAnalyst() throws Exception {
        org.newsmark.service.TestProjects.assumeFile("the project file's folder");
        ExportOptionsViewModel options = vm.exportOptions();
        options.formatProperty().set(1);
        options.analystProperty().set("Bo");
        Path out = dir.resolve("bo.jsonl");
        dialogs.answer(out);
        vm.tagTransfer().export(options);

        assertEquals(List.of("Export tags [" + folder + "/study-tags.jsonl]"), dialogs.questions);
        assertEquals("Exported 1 tags to " + out, vm.messageProperty().get());
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            lines.add(json.readTree(line));
        }
        assertEquals(List.of("Roads", "Formula"), lines.stream().map(n -> n.get("title").asText()).toList());
        assertEquals(TEXT, lines.get(0).get("text").asText());
        JsonNode tags = lines.get(0).get("annotations");
        assertEquals(1, tags.size());
        assertEquals("Bo", tags.get(0).get("analyst").asText());
        assertEquals("Critics", tags.get(0).get("text").asText());
        assertEquals(0, lines.get(1).get("annotations").size(), "Ana's tag in the other article is left out");
    }

    @Test
    void bratOfThisArticleForOneAnalyst() throws Exception {
        org.newsmark.service.TestProjects.assumeFile("the project file's folder");
        ExportOptionsViewModel options = vm.exportOptions();
        options.formatProperty().set(2);
        options.thisArticleOnlyProperty().set(true);
        options.analystProperty().set("Ana");
        Path out = dir.resolve("brat-out");
        dialogs.answer(out);
        vm.tagTransfer().export(options);

        assertEquals(List.of("Name of the new folder for the brat files [" + folder + "/study-brat]"), dialogs.questions);
        assertEquals(List.of(), dialogs.errors);
        List<Path> files = filesUnder(out);
        assertEquals(3, files.size(), files.toString());
        assertTrue(files.contains(Path.of("analysts.tsv")), files.toString());
        Path ann = files.stream().filter(p -> p.toString().endsWith(".ann")).findFirst().orElseThrow();
        Path txt = files.stream().filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow();
        assertEquals("Ana", ann.getParent().toString(), "one folder, Ana's");
        assertEquals(TEXT, Files.readString(out.resolve(txt)));
        String annText = Files.readString(out.resolve(ann));
        assertTrue(annText.contains("\tclaim 4 9\tmayor"), annText);
        assertTrue(annText.contains("\tstatistic 15 18\t40%"), annText);
        assertFalse(annText.contains("Critics"), "Bo's tag is not Ana's");
    }

    @Test
    void aCancelledSaveDialogWritesNothing() throws Exception {
        List<Path> before = entriesUnder(dir);
        for (int format = 0; format < 3; format++) {
            ExportOptionsViewModel options = vm.exportOptions();
            options.formatProperty().set(format);
            vm.tagTransfer().export(options);
        }
        assertEquals(3, dialogs.questions.size());
        assertEquals(List.of(), tasks.titles(), "no export was started");
        assertEquals(before, entriesUnder(dir));
        assertEquals("", vm.messageProperty().get());
    }

    @Test
    void cancellingTheProgressWindowLeavesNoFileBehind() throws Exception {
        List<Path> before = entriesUnder(dir);
        tasks.cancelAll();
        for (int format = 0; format < 3; format++) {
            ExportOptionsViewModel options = vm.exportOptions();
            options.formatProperty().set(format);
            dialogs.answer(dir.resolve("cancelled-" + format));
            vm.tagTransfer().export(options);
            assertEquals("Export cancelled: nothing was written.", vm.messageProperty().get(), "format " + format);
        }
        assertEquals(List.of(), dialogs.errors);
        assertEquals(before, entriesUnder(dir), "no file, no half file, no temporary file or folder");

        Set<String> tags = tagsOnDisk();
        Path csv = Files.writeString(dir.resolve("tags.csv"), "document_sha256,analyst,label,start,end\n"
                + doc.sha256() + ",Cy,claim,40,47\n");
        dialogs.answer(csv);
        vm.tagTransfer().importCsv();
        assertEquals("Import cancelled: nothing was imported.", vm.messageProperty().get());
        assertEquals(tags, tagsOnDisk());
    }

    @Test
    void exportingOntoTheProjectFileIsRefusedAndTheProjectIsUnchanged() throws Exception {
        org.newsmark.service.TestProjects.assumeFile("the project file itself");
        Set<String> before = tagsOnDisk();
        for (int format = 0; format < 3; format++) {
            ExportOptionsViewModel options = vm.exportOptions();
            options.formatProperty().set(format);
            dialogs.answer(file);
            vm.tagTransfer().export(options);
        }
        assertEquals(3, dialogs.errors.size(), dialogs.errors.toString());
        for (String e : dialogs.errors) {
            assertTrue(e.startsWith("Export failed: ") && e.contains("study.newsmark itself"), e);
        }
        assertEquals("ok", session.integrityCheck());
        assertEquals(before, tagsOnDisk());
        try (ProjectSession reader = TestProjects.openReadOnly(file)) {
            assertEquals(2, reader.documents().summaries(null).size());
        }
        Annotation more = vm.tag(claim, 0, 3).orElseThrow();
        assertEquals(more, session.annotations().annotations(doc.id(), ana.id()).get(0), "the project is still writable");
    }
}
