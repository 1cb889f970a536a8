package org.newsmark.ui.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.common.ImmediateTasks;
import org.newsmark.ui.common.ScriptedDialogs;
import org.newsmark.ui.workbench.WorkbenchViewModel;

/**
 * Importing articles through the workbench: all or nothing, the encoding asked for text that is
 * not UTF-8, pasting, and (with the work on a real second thread) that the window's lists are
 * only ever changed on the UI thread.
 */
class ArticleImportViewModelTest {

    @TempDir
    Path dir;
    Path file;
    ProjectSession session;
    ScriptedDialogs dialogs;
    ImmediateTasks tasks;
    WorkbenchViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        file = dir.resolve("imports.newsmark");
        session = TestProjects.create(file);
        session.analyst("Ana");
        session.documents().add("Already here", "here.txt", "An article the project had before the import.");
        dialogs = new ScriptedDialogs();
        tasks = new ImmediateTasks();
        vm = new WorkbenchViewModel(session, session.analyst("Ana"), tasks, dialogs);
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private Path writeBytes(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    /** The titles of the project's articles as a fresh session reads them from the file. */
    private List<String> titlesOnDisk() throws Exception {
        try (ProjectSession reader = TestProjects.openReadOnly(file)) {
            return reader.documents().summaries(null).stream().map(DocumentSummary::title).toList();
        }
    }

    private String textOnDisk(String title) throws Exception {
        try (ProjectSession reader = TestProjects.openReadOnly(file)) {
            long id = reader.documents().summaries(null).stream().filter(s -> s.title().equals(title)).findFirst()
                    .orElseThrow().id();
            return reader.documents().find(id).orElseThrow().text();
        }
    }

    private List<String> shownTitles() {
        return vm.documents().stream().map(DocumentSummary::title).toList();
    }

    @Test
    void importedArticlesAreListedAndTheLastIsOpened() throws Exception {
        Path a = write("a.txt", "Council votes on the bridge\nThe council voted on Monday.");
        Path b = write("b.txt", "School reading scores rise\nScores rose from 61 to 68 percent.");
        vm.articleImport().importFiles(List.of(a, b));
        assertEquals(List.of(), dialogs.errors);
        assertEquals(List.of("Already here", "Council votes on the bridge", "School reading scores rise"), shownTitles());
        assertEquals("School reading scores rise", vm.documentProperty().get().title());
        assertEquals("Imported 2 of 2 articles", vm.messageProperty().get());
        assertEquals(shownTitles(), titlesOnDisk());
        assertEquals(List.of("Reading 2 articles", "Adding 2 articles"), tasks.titles());

        vm.articleImport().importFiles(List.of(a));
        assertEquals("Council votes on the bridge is already in the project (same text)", vm.messageProperty().get());
        assertEquals(3, titlesOnDisk().size(), "the same text is not added twice");
    }

    @Test
    void oneRefusedFileOfThreeAddsNothingAndOneErrorNamesIt() throws Exception {
        Path a = write("a.txt", "First article\nText one.");
        Path b = write("b.txt", "Second article\nText two.");
        byte[] png = new byte[600];
        new Random(1).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13}, 0, png, 0, 12);
        Path c = writeBytes("c.txt", png);

        vm.articleImport().importFiles(List.of(a, b, c));
        assertEquals(1, dialogs.errors.size(), "one dialog: " + dialogs.errors);
        String error = dialogs.errors.get(0);
        assertTrue(error.startsWith("Nothing was imported: c.txt"), error);
        assertTrue(error.contains("None of the 3 files was added."), error);
        assertFalse(error.contains("a.txt") || error.contains("b.txt"), "only the refused file is named: " + error);
        assertEquals(List.of("Already here"), shownTitles());
        assertEquals(List.of("Already here"), titlesOnDisk());
        assertEquals(List.of("Reading 3 articles"), tasks.titles(), "nothing was added, not even the good two");
    }

    @Test
    void aSingleRefusedFileIsNamedWithoutTheBatchSentence() throws Exception {
        Path empty = write("empty.txt", "");
        vm.articleImport().importFiles(List.of(empty));
        assertEquals(List.of("The article was not imported: empty.txt: is empty"), dialogs.errors);
        assertEquals(List.of("Already here"), titlesOnDisk());
    }

    @Test
    void textThatIsNotUtf8AsksItsEncodingAndIsImportedInIt() throws Exception {
        String text = "Café crème for the mayor\nThe mayor’s café — “new” prices, 5 €.";
        Path latin = writeBytes("cafe.txt", text.getBytes(Charset.forName("windows-1252")));
        Path plain = write("plain.txt", "Plain UTF-8 article\nNothing special here.");

        dialogs.answer("windows-1252");
        vm.articleImport().importFiles(List.of(plain, latin));
        assertEquals(List.of("cafe.txt is not valid UTF-8 text."), dialogs.questions, "asked once, for that file only");
        assertEquals(List.of(), dialogs.errors);
        assertEquals(text, textOnDisk("Café crème for the mayor"), "decoded as windows-1252, every character right");
        assertEquals(text, vm.documentProperty().get().text());
        assertTrue(titlesOnDisk().contains("Plain UTF-8 article"));
        assertEquals(List.of("Reading 2 articles", "Reading 2 articles", "Adding 2 articles"), tasks.titles(),
                "read again with the chosen encoding, then added");
    }

    @Test
    void cancellingTheEncodingQuestionAddsNothingAndSaysSo() throws Exception {
        Path latin = writeBytes("cafe.txt", "Café crème".getBytes(Charset.forName("windows-1252")));
        Path plain = write("plain.txt", "Plain UTF-8 article\nNothing special here.");
        vm.articleImport().importFiles(List.of(plain, latin));
        assertEquals(List.of("cafe.txt is not valid UTF-8 text."), dialogs.questions);
        assertEquals("Import cancelled: nothing was added.", vm.messageProperty().get());
        assertEquals(List.of(), dialogs.errors);
        assertEquals(List.of("Already here"), titlesOnDisk(), "not even the UTF-8 one");
        assertEquals(List.of("Already here"), shownTitles());
    }

    @Test
    void cancellingTheProgressWindowAddsNothingAndSaysSo() throws Exception {
        Path a = write("a.txt", "First article\nText one.");
        tasks.cancelAll();
        vm.articleImport().importFiles(List.of(a));
        assertEquals("Import cancelled: nothing was added.", vm.messageProperty().get());
        assertEquals(List.of(), dialogs.errors, "a cancel is not an error");
        assertEquals(List.of("Already here"), titlesOnDisk());
    }

    @Test
    void theChooserCancelledImportsNothing() throws Exception {
        vm.articleImport().chooseAndImport();
        assertEquals(List.of("Import articles"), dialogs.questions);
        assertEquals(List.of(), tasks.titles());
        assertEquals(List.of("Already here"), titlesOnDisk());
    }

    @Test
    void pasteAsNewArticle() throws Exception {
        vm.articleImport().pasteAsArticle("  \n\t ");
        assertEquals(List.of("Nothing to paste: The clipboard holds no text."), dialogs.errors);
        vm.articleImport().pasteAsArticle(null);
        assertEquals(2, dialogs.errors.size());
        assertEquals(List.of("Already here"), titlesOnDisk());

        vm.articleImport().pasteAsArticle("\uFEFFHarbour bridge costs\r\nRepairs will cost 48 million euros.\r\n");
        assertEquals(2, dialogs.errors.size());
        Document pasted = vm.documentProperty().get();
        assertEquals("Harbour bridge costs", pasted.title());
        assertEquals("Harbour bridge costs\nRepairs will cost 48 million euros.\n", pasted.text(),
                "no byte-order mark, line ends normalised");
        assertEquals("Pasted as a new article: \u201cHarbour bridge costs\u201d", vm.messageProperty().get(),
                "the status names the new article (issue 13.12)");
        assertEquals(pasted.text(), textOnDisk("Harbour bridge costs"));
        assertEquals(List.of("Already here", "Harbour bridge costs"), shownTitles());

        vm.articleImport().pasteAsArticle("Harbour bridge costs\nRepairs will cost 48 million euros.\n");
        assertEquals("The pasted text is already in the project: \u201cHarbour bridge costs\u201d", vm.messageProperty().get());
        vm.articleImport().pasteAsArticle("SECTION / CITY\nCouncil\u00A0approves  the budget\nBody.");
        assertEquals("Pasted as a new article: \u201cCouncil approves the budget\u201d", vm.messageProperty().get());
    }

    @Test
    void theProjectItselfIsRefusedUnopened() throws Exception {
        org.newsmark.service.TestProjects.assumeFile("the project file itself");
        vm.articleImport().importFiles(List.of(file));
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("is the open project imports.newsmark"), dialogs.errors.get(0));
        assertEquals("ok", session.integrityCheck());
        assertEquals(List.of("Already here"), titlesOnDisk());
    }

    /**
     * The regression test for the article list refreshed from the background thread: with the
     * reading and adding on a real worker thread, every change to the window's lists and
     * properties happens on the test's own thread, which plays the UI thread.
     */
    @Test
    void theWindowsStateChangesOnlyOnTheUiThreadWhileTheWorkRunsOnAWorker() throws Exception {
        tasks = new ImmediateTasks().onWorkerThread();
        vm = new WorkbenchViewModel(session, session.analyst("Ana"), tasks, dialogs);
        Thread ui = Thread.currentThread();
        List<String> offThread = Collections.synchronizedList(new ArrayList<>());
        List<Thread> changes = Collections.synchronizedList(new ArrayList<>());
        vm.documents().addListener((ListChangeListener<DocumentSummary>) c -> record(changes, offThread, ui, "documents"));
        vm.annotations().addListener((ListChangeListener<org.newsmark.domain.Annotation>) c -> record(changes, offThread, ui, "annotations"));
        vm.documentProperty().addListener((o, a, b) -> record(changes, offThread, ui, "document"));
        vm.messageProperty().addListener((o, a, b) -> record(changes, offThread, ui, "message"));
        vm.labelCountsProperty().addListener((o, a, b) -> record(changes, offThread, ui, "label counts"));
        List<Thread> addedOn = Collections.synchronizedList(new ArrayList<>());
        session.documents().addListener(() -> addedOn.add(Thread.currentThread()));

        Path a = write("a.txt", "Council votes on the bridge\nThe council voted on Monday.");
        Path b = write("b.txt", "School reading scores rise\nScores rose from 61 to 68 percent.");
        vm.articleImport().importFiles(List.of(a, b));

        assertEquals(List.of(), dialogs.errors);
        assertEquals(3, vm.documents().size());
        assertEquals(1, addedOn.size(), "the articles were added once");
        assertNotEquals(ui, addedOn.get(0), "the adding ran on the worker thread, so this test can see a leak");
        assertFalse(changes.isEmpty(), "the lists did change");
        assertTrue(changes.stream().anyMatch(t -> t == ui));
        assertEquals(List.of(), offThread, "changed off the UI thread");

        // an edit committed while the worker runs: the announcement reaches the list on the UI thread too
        Document opened = vm.documentProperty().get();
        tasks.run("Tagging in the background", control -> session.annotations().tag(opened, vm.analystProperty().get(),
                vm.labels().get(0), new Span(0, 6)), tag -> { }, failure -> { throw new AssertionError(failure); });
        assertEquals(1, vm.annotations().size(), "the tag reached the list");
        assertEquals(List.of(), offThread, "changed off the UI thread");
    }

    private static void record(List<Thread> changes, List<String> offThread, Thread ui, String what) {
        Thread t = Thread.currentThread();
        changes.add(t);
        if (t != ui) {
            offThread.add(what + " on " + t.getName());
        }
    }

    @Test
    void encodingNamesOfferedAreOnesTheJvmHas() {
        for (String name : ArticleImportViewModel.ENCODINGS) {
            assertTrue(Charset.isSupported(name), name);
        }
    }
}
