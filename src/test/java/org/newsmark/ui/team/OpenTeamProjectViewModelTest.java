package org.newsmark.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.ServerAddress;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.ProjectSessions;
import org.newsmark.service.TestProjects;
import org.newsmark.service.port.ProjectRefusedException;
import org.newsmark.storage.SqliteProjectStores;
import org.newsmark.ui.common.ImmediateTasks;
import org.newsmark.ui.common.ScriptedDialogs;
import org.newsmark.ui.preferences.Settings;

/** File › Open Team Project… without a screen: the address as it is typed, the password questions, refusals, Cancel. */
class OpenTeamProjectViewModelTest {

    static final ServerAddress STUDY = ServerAddress.parse("postgresql://ana@db.example.org/study");
    static final String ASKED = "Type ana's password for study on db.example.org:";

    @TempDir
    Path dir;
    Path project;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final ImmediateTasks tasks = new ImmediateTasks();
    final List<ProjectSession> opened = new ArrayList<>();

    @BeforeEach
    void makeProject() throws Exception {
        project = dir.resolve("team.newsmark");
        TestProjects.create(project).close();
    }

    @AfterEach
    void closeSessions() {
        opened.forEach(ProjectSession::close);
    }

    private Settings settings() {
        return Settings.load(dir.resolve("settings.properties"));
    }

    private OpenTeamProjectViewModel vm(OpenTeamProjectViewModel.Opener opener) {
        return new OpenTeamProjectViewModel(opener, settings(), tasks, dialogs);
    }

    private static OpenTeamProjectViewModel.Opener through(FakeServer server) {
        return new ProjectSessions(new SqliteProjectStores(), server)::openServer;
    }

    private void open(OpenTeamProjectViewModel vm) {
        vm.open(STUDY, opened::add);
    }

    @Test
    void theAddressIsCheckedAsItIsTypedAndAnEmptyFieldOnlyDisablesOpen() {
        OpenTeamProjectViewModel vm = vm(through(new FakeServer(project, null)));
        assertEquals("", vm.textProperty().get());
        assertFalse(vm.validProperty().get());
        assertEquals("", vm.problemProperty().get());

        vm.textProperty().set("postgresql://ana:secret@db.example.org/study");
        assertFalse(vm.validProperty().get());
        assertTrue(vm.problemProperty().get().startsWith("a password does not belong in the address"), vm.problemProperty().get());
        assertEquals(Optional.empty(), vm.address());
        vm.textProperty().set("db.example.org/study");
        assertEquals("\"db.example.org/study\" is not a server address: it starts with postgresql://", vm.problemProperty().get());
        vm.textProperty().set("postgresql://db.example.org:70000/study");
        assertEquals("port 70000 is not between 1 and 65535", vm.problemProperty().get());
        vm.textProperty().set("postgresql://db.example.org/");
        assertFalse(vm.validProperty().get());

        vm.textProperty().set("  postgresql://ana@db.example.org/study ");
        assertTrue(vm.validProperty().get());
        assertEquals("", vm.problemProperty().get());
        assertEquals(Optional.of(STUDY), vm.address());
        vm.textProperty().set(" ");
        assertEquals("", vm.problemProperty().get(), "a blank field is no reason to complain");
        assertFalse(vm.validProperty().get());
    }

    @Test
    void theAddressOpenedLastIsFilledInNextTime() {
        OpenTeamProjectViewModel first = vm(through(new FakeServer(project, null)));
        first.textProperty().set("postgresql://ana@db.example.org:5433/study");
        assertEquals(Optional.empty(), settings().lastServerAddress(), "typing is not opening");
        first.open(first.address().orElseThrow(), opened::add);
        assertEquals(1, opened.size());
        assertEquals(Optional.of("postgresql://ana@db.example.org:5433/study"), settings().lastServerAddress());

        OpenTeamProjectViewModel next = vm(through(new FakeServer(project, null)));
        assertEquals("postgresql://ana@db.example.org:5433/study", next.textProperty().get());
        assertTrue(next.validProperty().get());
    }

    @Test
    void withoutAPgpassPasswordOneIsAskedTriedAndCleared() {
        FakeServer server = new FakeServer(project, "secret");
        dialogs.answer("secret");
        open(vm(through(server)));

        assertEquals(Arrays.asList(null, "secret"), server.tries, "first the pgpass file, then the password typed");
        assertEquals(List.of(ASKED), dialogs.questions);
        assertEquals(List.of(), dialogs.errors);
        assertEquals(1, opened.size());
        assertEquals("study on db.example.org", opened.get(0).name());
        assertCleared(dialogs.passwords.get(0));
        assertEquals(List.of("Opening study on db.example.org", "Opening study on db.example.org"), tasks.titles());
    }

    @Test
    void aRefusedPasswordIsSaidAndAskedAgain() {
        FakeServer server = new FakeServer(project, "secret");
        dialogs.answer("guess").answer("secret");
        open(vm(through(server)));

        assertEquals(Arrays.asList(null, "guess", "secret"), server.tries);
        assertEquals(List.of(ASKED, "The server refused that password. " + ASKED), dialogs.questions);
        assertEquals(List.of(), dialogs.errors, "a refused password is a question again, not an error");
        assertEquals(1, opened.size());
        dialogs.passwords.forEach(OpenTeamProjectViewModelTest::assertCleared);
    }

    @Test
    void cancelStopsQuietlyAndNothingIsRemembered() {
        FakeServer server = new FakeServer(project, "secret");
        dialogs.answer("guess").answer(null);
        open(vm(through(server)));

        assertEquals(Arrays.asList(null, "guess"), server.tries, "no try after Cancel");
        assertEquals(2, dialogs.questions.size());
        assertEquals(List.of(), dialogs.errors);
        assertEquals(List.of(), opened);
        assertEquals(Optional.empty(), settings().lastServerAddress());
        assertCleared(dialogs.passwords.get(0));
    }

    @Test
    void anyOtherRefusalIsAnErrorWithItsMessage() {
        open(vm((at, password) -> {
            throw new ProjectRefusedException("The server db.example.org:5432 did not answer (connection refused).");
        }));
        assertEquals(List.of("Cannot open study on db.example.org: The server db.example.org:5432 did not answer (connection refused)."),
                dialogs.errors);
        assertEquals(List.of(), dialogs.questions);

        open(vm(new ProjectSessions(new SqliteProjectStores())::openServer));
        assertEquals("Cannot open study on db.example.org: This build of Newsmark opens no team projects.", dialogs.errors.get(1));
        assertEquals(List.of(), opened);
    }

    @Test
    void theServerIsAskedOffTheUiThreadAndTheSessionHandedBackOnIt() {
        tasks.onWorkerThread();
        List<String> threads = new ArrayList<>();
        FakeServer server = new FakeServer(project, null);
        vm((at, password) -> {
            threads.add(Thread.currentThread().getName());
            return through(server).open(at, password);
        }).open(STUDY, s -> {
            threads.add(Thread.currentThread().getName());
            opened.add(s);
        });
        assertEquals(List.of("test-worker", Thread.currentThread().getName()), threads);
    }

    @Test
    void aSessionThatOpensAfterCancelIsClosedNotLeft() throws Exception {
        tasks.cancelAll();
        open(vm(through(new FakeServer(project, null))));
        assertEquals(List.of(), opened);
        assertEquals(List.of(), dialogs.errors, "a cancel is no error");
        try (ProjectSession again = TestProjects.open(project)) {
            assertFalse(again.isReadOnly(), "the cancelled session let go of the project");
        }
    }

    private static void assertCleared(char[] password) {
        for (char c : password) {
            assertEquals('\0', c, "the password was wiped after its try");
        }
    }
}
