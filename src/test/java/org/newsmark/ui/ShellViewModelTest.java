package org.newsmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.wiring.Wiring;
import org.newsmark.domain.Names;
import org.newsmark.domain.ServerAddress;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.ProjectSessions;
import org.newsmark.service.TestProjects;
import org.newsmark.storage.SqliteProjectStores;
import org.newsmark.ui.common.ImmediateTasks;
import org.newsmark.ui.common.ScriptedDialogs;
import org.newsmark.ui.preferences.PreferencesViewModel;
import org.newsmark.ui.preferences.Settings;
import org.newsmark.ui.team.FakeServer;
import org.newsmark.ui.workbench.WorkbenchViewModel;

/**
 * The application without its window: the first start (analyst name asked and checked, the
 * sample project), opening and creating projects, and a refused file. Preferences and the sample
 * go to a scratch {@code newsmark.home}, restored afterwards.
 */
class ShellViewModelTest {

    static final String WHO = "Who is tagging? Every tag records its analyst.";

    @TempDir
    Path home;
    @TempDir
    Path dir;
    private String previousHome;
    private final List<ShellViewModel> shells = new ArrayList<>();

    @BeforeEach
    void setHome() {
        previousHome = System.getProperty("newsmark.home");
        System.setProperty("newsmark.home", home.toString());
    }

    @AfterEach
    void restoreHome() {
        shells.forEach(ShellViewModel::close);
        if (previousHome == null) {
            System.clearProperty("newsmark.home");
        } else {
            System.setProperty("newsmark.home", previousHome);
        }
    }

    /** A shell as the application builds one, over the preferences under the scratch home. */
    private ShellViewModel shell(ScriptedDialogs dialogs) {
        Settings settings = Settings.load();
        ShellViewModel shell = new ShellViewModel(Wiring.projects(), settings, new PreferencesViewModel(settings),
                new ImmediateTasks(), dialogs);
        shells.add(shell);
        return shell;
    }

    private Path sample() {
        return home.resolve("Newsmark").resolve("Sample project.newsmark");
    }

    // --- the first start --------------------------------------------------------

    @Test
    void theFirstStartAsksWhoIsTaggingAndTheDialogTakesOnlyANameTheRuleTakes() {
        AssertionError refused = assertThrows(AssertionError.class,
                () -> shell(new ScriptedDialogs().answer("Sam\u0007")).start(List.of()));
        assertTrue(refused.getMessage().contains("control character U+0007"), refused.getMessage());
        assertTrue(shell(new ScriptedDialogs()).askAnalystName("x").isEmpty(), "cancel");
        for (String bad : new String[] {" ", "S\u202Eam", "two\nlines", "x".repeat(Names.MAX_CODE_POINTS + 1)}) {
            assertThrows(AssertionError.class, () -> shell(new ScriptedDialogs().answer(bad)).askAnalystName(""),
                    "OK stays disabled for " + bad);
        }
        assertFalse(Files.exists(sample()), "nothing was created while the name was refused");
        assertEquals(Optional.empty(), Settings.load().analystName());
    }

    @Test
    void theFirstStartOpensTheSampleAsTheNamedAnalystAndTheSecondAsksNothing() throws Exception {
        ScriptedDialogs dialogs = new ScriptedDialogs().answer("  Zoë  ");
        ShellViewModel first = shell(dialogs);
        ShellViewModel.Started started = first.start(List.of()).orElseThrow();

        assertTrue(started.firstRun());
        assertEquals(List.of(WHO), dialogs.questions);
        assertEquals(List.of(), dialogs.errors);
        assertTrue(Files.isRegularFile(sample()), "the sample project is created under newsmark.home");
        WorkbenchViewModel wb = first.workbenchProperty().get();
        assertNotNull(wb);
        assertEquals("Zoë", wb.analystProperty().get().name(), "stripped");
        assertEquals("Sample project.newsmark", wb.projectName());
        assertEquals("Newsmark — Sample project.newsmark", first.titleProperty().get());
        assertEquals(2, wb.documents().size());
        assertEquals(wb.documents().get(1).id(), wb.documentProperty().get().id(), "the last article is opened");
        assertEquals("Zoë", first.preferences().analystNameProperty().get());
        Settings saved = Settings.load();
        assertEquals(Optional.of("Zoë"), saved.analystName());
        assertTrue(saved.firstRunDone());
        assertEquals(List.of(sample().toAbsolutePath().normalize()), saved.recentProjects());
        first.close();
        assertNull(first.workbenchProperty().get());

        ScriptedDialogs again = new ScriptedDialogs();
        ShellViewModel second = shell(again);
        assertFalse(second.start(List.of()).orElseThrow().firstRun());
        assertEquals(List.of(), again.questions, "the name is known now");
        assertEquals("Zoë", second.workbenchProperty().get().analystProperty().get().name());
        assertEquals("Sample project.newsmark", second.workbenchProperty().get().projectName(), "the last project again");
        assertFalse(second.workbenchProperty().get().isProjectReadOnly(), "the first shell let go of it");
    }

    /** Issue 13.10: the first run shows tags (Alex's, with a banner saying whose), and the list counts that layer. */
    @Test
    void theFirstRunShowsASampleAnalystsTagsAndTheListCountsThem() {
        ShellViewModel first = shell(new ScriptedDialogs().answer("Zoë"));
        assertTrue(first.start(List.of()).orElseThrow().firstRun());
        WorkbenchViewModel wb = first.workbenchProperty().get();
        assertEquals("Alex", wb.shownAnalystProperty().get().name(), "a layer with tags, not the new analyst's empty one");
        assertEquals("Zoë", wb.analystProperty().get().name(), "still tagging as Zoë");
        assertFalse(wb.annotations().isEmpty());
        assertTrue(wb.layerBanner().get().contains("Alex's tags, read-only"), wb.layerBanner().get());
        assertTrue(wb.layerBanner().get().contains("Ctrl+M") && wb.layerBanner().get().contains("Zoë"), wb.layerBanner().get());
        assertTrue(wb.documents().stream().allMatch(d -> d.annotationCount() > 0), "the counts are Alex's: " + wb.documents());
        assertEquals(wb.annotations().size(), wb.documents().get(1).annotationCount());
        assertTrue(wb.labelCountsProperty().get().matches(".*[1-9].*"), wb.labelCountsProperty().get());

        wb.showMyLayer();
        assertEquals("", wb.layerBanner().get());
        assertTrue(wb.documents().stream().allMatch(d -> d.annotationCount() == 0), "Zoë's own counts again");
        first.close();

        ShellViewModel second = shell(new ScriptedDialogs());
        assertFalse(second.start(List.of()).orElseThrow().firstRun());
        assertEquals("Zoë", second.workbenchProperty().get().shownAnalystProperty().get().name(), "only the first run");
    }

    @Test
    void aCancelledNameQuestionFallsBackToTheLoginName() {
        ShellViewModel shell = shell(new ScriptedDialogs());
        shell.start(List.of(dir.resolve("p.newsmark").toString()));
        String login = System.getProperty("user.name", "analyst");
        String expected = Names.isValid(login) ? Names.analyst(login) : "analyst";
        assertEquals(expected, shell.workbenchProperty().get().analystProperty().get().name());
    }

    @Test
    void aRefusedAnalystOnTheCommandLineStopsTheStartWithTheReason() {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        ShellViewModel shell = shell(dialogs);
        assertEquals(Optional.empty(), shell.start(List.of("--analyst", "Sam\u0007")));
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("Cannot start: --analyst: "), dialogs.errors.get(0));
        assertNull(shell.workbenchProperty().get());
        assertFalse(Files.exists(sample()));
    }

    // --- opening and creating ---------------------------------------------------

    @Test
    void aFileThatIsNoProjectIsNamedInAnErrorAndTheOpenProjectStays() throws Exception {
        Path good = dir.resolve("good.newsmark");
        ScriptedDialogs dialogs = new ScriptedDialogs();
        ShellViewModel shell = shell(dialogs);
        Path junk = dir.resolve("junk.newsmark");
        byte[] bytes = new byte[8192];
        new Random(11).nextBytes(bytes);
        Files.write(junk, bytes);

        shell.start(List.of(junk.toString(), "--analyst", "Uma"));
        assertEquals(1, dialogs.errors.size(), dialogs.errors.toString());
        assertTrue(dialogs.errors.get(0).startsWith("Cannot open junk.newsmark: "), dialogs.errors.get(0));
        assertNull(shell.workbenchProperty().get(), "nothing open");
        assertEquals("Newsmark", shell.titleProperty().get());

        assertTrue(shell.open(good, true));
        WorkbenchViewModel open = shell.workbenchProperty().get();
        assertFalse(shell.open(junk, false));
        assertEquals(2, dialogs.errors.size());
        assertEquals(open, shell.workbenchProperty().get(), "the open project stays");
        assertEquals("Newsmark — good.newsmark", shell.titleProperty().get());
        open.articleImport().pasteAsArticle("Still writable\nafter the refused file.");
        assertEquals(1, open.documents().size(), "its session was not closed");
        assertEquals(List.of(good.toAbsolutePath().normalize()), Settings.load().recentProjects(), "junk is not a recent project");
        assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(junk)), "the refused file is untouched");
    }

    @Test
    void creatingAndOpeningProjectsBuildsTheirWorkbench() throws Exception {
        Path first = dir.resolve("first.newsmark");
        ScriptedDialogs dialogs = new ScriptedDialogs();
        ShellViewModel shell = shell(dialogs);
        shell.start(List.of(first.toString(), "--analyst", "Uma"));
        WorkbenchViewModel wb = shell.workbenchProperty().get();
        assertNotNull(wb);
        assertTrue(Files.isRegularFile(first), "a project named on the command line that does not exist is created");
        assertEquals("Uma", wb.analystProperty().get().name());
        assertEquals(4, wb.labels().size(), "the default codebook");
        wb.articleImport().pasteAsArticle("First article\nof the first project.");

        dialogs.answer(dir.resolve("second")); // no extension: .newsmark is added
        shell.newProject();
        WorkbenchViewModel second = shell.workbenchProperty().get();
        assertNotSame(wb, second);
        assertEquals("second.newsmark", second.projectName());
        assertEquals(List.of(), second.documents());
        assertEquals(List.of("New project [null/study.newsmark]"), dialogs.questions);
        try (ProjectSession s = TestProjects.open(first)) {
            assertFalse(s.isReadOnly(), "the first project was closed when the second opened");
            assertEquals(1, s.documents().summaries(null).size());
            assertTrue(s.findAnalyst("Uma").isPresent());
        }

        dialogs.answer(first);
        shell.newProject();
        assertEquals("Not created: first.newsmark already exists. Open it with File › Open Project.", dialogs.errors.get(0));
        assertEquals(second, shell.workbenchProperty().get());

        dialogs.answer(first);
        shell.openProject();
        WorkbenchViewModel reopened = shell.workbenchProperty().get();
        assertEquals("first.newsmark", reopened.projectName());
        assertEquals(1, reopened.documents().size());
        assertEquals("First article", reopened.documentProperty().get().title(), "its last article is opened");
        assertEquals(List.of(first.toAbsolutePath().normalize(), dir.resolve("second.newsmark").toAbsolutePath().normalize()),
                Settings.load().recentProjects(), "most recent first");

        shell.preferences().snapToWordsProperty().set(true);
        assertTrue(reopened.snapToWordsProperty().get(), "the workbench follows the preference");
    }

    // --- team projects ----------------------------------------------------------

    @Test
    void aTeamProjectOpensInTheBackgroundAndIsShownAsAFileProjectIsUnderItsName() throws Exception {
        Path team = dir.resolve("team.newsmark");
        try (ProjectSession s = TestProjects.create(team)) {
            s.documents().add("Council budget", "c.txt", "Council budget\n\nThe council cut the budget.");
        }
        FakeServer server = new FakeServer(team, "secret");
        ScriptedDialogs dialogs = new ScriptedDialogs().answer("secret");
        ImmediateTasks tasks = new ImmediateTasks();
        Settings settings = Settings.load();
        ShellViewModel shell = new ShellViewModel(new ProjectSessions(new SqliteProjectStores(), server), settings,
                new PreferencesViewModel(settings), tasks, dialogs);
        shells.add(shell);
        Path own = dir.resolve("own.newsmark");
        shell.start(List.of(own.toString(), "--analyst", "Uma"));
        WorkbenchViewModel before = shell.workbenchProperty().get();

        shell.openTeamProject(ServerAddress.parse("postgresql://uma@db.example.org/study"));
        assertEquals(List.of("Opening study on db.example.org", "Opening study on db.example.org"), tasks.titles());
        WorkbenchViewModel wb = shell.workbenchProperty().get();
        assertNotSame(before, wb);
        assertEquals("Newsmark — study on db.example.org", shell.titleProperty().get(), "the session's name");
        assertEquals("study on db.example.org", wb.projectName());
        assertEquals("Council budget", wb.documentProperty().get().title(), "its last article is open");
        assertEquals("Uma", wb.analystProperty().get().name());
        assertEquals(List.of(), dialogs.errors);
        assertEquals(List.of(own.toAbsolutePath().normalize()), Settings.load().recentProjects(), "the recent list holds files only");
        assertEquals(Optional.of("postgresql://uma@db.example.org/study"), Settings.load().lastServerAddress());
        try (ProjectSession s = TestProjects.open(own)) {
            assertFalse(s.isReadOnly(), "the file project was closed when the team project opened");
        }
    }

    @Test
    void startedWithATeamProjectsAddressTheWindowOpensThatAndNoFile() throws Exception {
        Path team = dir.resolve("team.newsmark");
        try (ProjectSession s = TestProjects.create(team)) {
            s.documents().add("Council budget", "c.txt", "Council budget\n\nThe council cut the budget.");
        }
        ScriptedDialogs dialogs = new ScriptedDialogs().answer("secret");
        ImmediateTasks tasks = new ImmediateTasks();
        Settings settings = Settings.load();
        ShellViewModel shell = new ShellViewModel(new ProjectSessions(new SqliteProjectStores(), new FakeServer(team, "secret")),
                settings, new PreferencesViewModel(settings), tasks, dialogs);
        shells.add(shell);
        assertEquals(Optional.of(false), shell.start(List.of("postgresql://uma@db.example.org/study", "--analyst", "Uma"))
                .map(ShellViewModel.Started::firstRun));
        assertEquals("Newsmark — study on db.example.org", shell.titleProperty().get());
        assertEquals("Council budget", shell.workbenchProperty().get().documentProperty().get().title());
        assertEquals(List.of(), dialogs.errors);
        assertEquals(List.of(), Settings.load().recentProjects(), "no sample, no file opened beside it");

        ScriptedDialogs bad = new ScriptedDialogs();
        assertEquals(Optional.empty(), shell(bad).start(List.of("postgresql://uma@db.example.org:99999/study")));
        assertEquals(1, bad.errors.size());
        assertTrue(bad.errors.get(0).startsWith("Cannot start"), bad.errors.get(0));
    }

    @Test
    void aTeamProjectThatCannotBeOpenedIsSaidAndTheOpenProjectStays() {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        ShellViewModel shell = shell(dialogs);
        shell.start(List.of(dir.resolve("p.newsmark").toString(), "--analyst", "Uma"));
        WorkbenchViewModel open = shell.workbenchProperty().get();
        // port 1 on this machine: refused at once, no name to look up
        shell.openTeamProject(ServerAddress.parse("postgresql://uma@localhost:1/study"));
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("Cannot open study on localhost:1: Cannot reach the server localhost:1"),
                dialogs.errors.get(0));
        assertEquals(open, shell.workbenchProperty().get());
        assertEquals("Newsmark — p.newsmark", shell.titleProperty().get());
    }

    @Test
    void aRefusedNameInThePreferencesIsSaidAndTheOldOneKept() {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        ShellViewModel shell = shell(dialogs);
        shell.start(List.of(dir.resolve("p.newsmark").toString(), "--analyst", "Uma"));
        shell.applyPreferences(new PreferencesViewModel.Values(20, PreferencesViewModel.Theme.DARK, false, "Uma\u0000"));
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("The analyst name was not changed: "), dialogs.errors.get(0));
        assertEquals(Optional.of("Uma"), Settings.load().analystName());
        assertEquals("dark", Settings.load().theme(), "the rest is applied");
    }

    /** What Main opens ahead is what start() opens: the file named, else the last one, never a new file or a team project. */
    @Test
    void theProjectOpenedAheadIsTheOneTheStartOpens() throws Exception {
        Path named = Files.createFile(dir.resolve("named.newsmark"));
        Path last = Files.createFile(dir.resolve("last.newsmark"));
        Settings settings = Settings.load();
        assertEquals(Optional.empty(), ShellViewModel.existingProjectOf(List.of(), settings), "no project, no recent one: the sample");
        settings.addRecentProject(last);
        assertEquals(Optional.of(named), ShellViewModel.existingProjectOf(List.of(named.toString(), "--analyst", "Ann"), settings));
        assertEquals(Optional.of(last.toAbsolutePath().normalize()), ShellViewModel.existingProjectOf(List.of("--analyst", "Ann"), settings));
        assertEquals(Optional.empty(), ShellViewModel.existingProjectOf(List.of(dir.resolve("new.newsmark").toString()), settings),
                "a file to create");
        assertEquals(Optional.empty(), ShellViewModel.existingProjectOf(List.of("postgresql://uma@db.example.org/study"), settings));
        assertEquals(Optional.empty(), ShellViewModel.existingProjectOf(List.of(named.toString(), "--bogus"), settings),
                "wrong arguments: the start says so and opens nothing");
    }
}
