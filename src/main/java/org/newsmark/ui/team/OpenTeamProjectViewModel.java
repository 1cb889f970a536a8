package org.newsmark.ui.team;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.newsmark.domain.ServerAddress;
import org.newsmark.domain.TaskControl;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.port.PasswordNeededException;
import org.newsmark.service.port.ProjectRefusedException;
import org.newsmark.ui.common.DialogService;
import org.newsmark.ui.common.TaskRunner;
import org.newsmark.ui.preferences.Settings;

/**
 * File › Open Team Project…: the server address, checked as it is typed and starting with the
 * last one opened; then the opening, in the background: first with the pgpass file, then with a
 * password asked for, again after each refusal, until it opens or the user cancels. The
 * password lives only in a char[] that is cleared after each try.
 */
public final class OpenTeamProjectViewModel {

    /** How a team project is opened (the app's: {@code ProjectSessions::openServer}); password null: the pgpass file. */
    @FunctionalInterface
    public interface Opener {
        ProjectSession open(ServerAddress address, char[] password) throws ProjectRefusedException;
    }

    private final Opener opener;
    private final Settings settings;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<ServerAddress> address = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final BooleanBinding valid = address.isNotNull();

    public OpenTeamProjectViewModel(Opener opener, Settings settings, TaskRunner tasks, DialogService dialogs) {
        this.opener = opener;
        this.settings = settings;
        this.tasks = tasks;
        this.dialogs = dialogs;
        text.addListener((o, a, b) -> check(b));
        text.set(settings.lastServerAddress().orElse(""));
        check(text.get());
    }

    /** What is typed in the address field. */
    public StringProperty textProperty() {
        return text;
    }

    /** Why the typed address is no address, as ServerAddress says it; "" when it is one, or nothing is typed yet. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether the typed text is an address (Open is enabled). */
    public BooleanBinding validProperty() {
        return valid;
    }

    /** The typed address, when it is one. */
    public Optional<ServerAddress> address() {
        return Optional.ofNullable(address.get());
    }

    private void check(String typed) {
        try {
            address.set(ServerAddress.parse(typed));
            problem.set("");
        } catch (IllegalArgumentException e) {
            address.set(null);
            // an empty field only disables Open
            problem.set(typed == null || typed.isBlank() ? "" : e.getMessage());
        }
    }

    /**
     * Opens the project at {@code at} in the background; {@code onOpened} gets the session on the
     * UI thread. A refusal is said in an error; a cancelled password question or progress stops quietly.
     */
    public void open(ServerAddress at, Consumer<ProjectSession> onOpened) {
        attempt(at, null, onOpened);
    }

    private void attempt(ServerAddress at, char[] password, Consumer<ProjectSession> onOpened) {
        tasks.run("Opening " + at.displayName(), control -> {
            try {
                ProjectSession session = opener.open(at, password);
                if (control.isCancelled()) {
                    // Cancel was pressed while the server answered: nobody will take this session
                    session.close();
                    throw new TaskControl.CancelledException();
                }
                return session;
            } finally {
                if (password != null) {
                    Arrays.fill(password, '\0');
                }
            }
        }, session -> {
            settings.setLastServerAddress(at.toString());
            onOpened.accept(session);
        }, failure -> failed(at, failure, onOpened));
    }

    private void failed(ServerAddress at, Throwable failure, Consumer<ProjectSession> onOpened) {
        if (failure instanceof TaskControl.CancelledException) {
            return;
        }
        if (failure instanceof PasswordNeededException needed) {
            dialogs.askPassword("Open Team Project", passwordQuestion(at, needed.wrong()))
                    .ifPresent(password -> attempt(at, password, onOpened));
            return;
        }
        String why = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        dialogs.showError("Cannot open " + at.displayName(), why);
    }

    static String passwordQuestion(ServerAddress at, boolean wrong) {
        String who = at.userName().map(u -> u + "'s").orElse("your");
        return (wrong ? "The server refused that password. " : "") + "Type " + who + " password for " + at.displayName() + ":";
    }
}
