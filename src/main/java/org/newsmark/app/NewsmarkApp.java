package org.newsmark.app;

import javafx.application.Application;
import javafx.stage.Stage;
import org.newsmark.app.wiring.Wiring;
import org.newsmark.ui.Shell;
import org.newsmark.ui.ShellViewModel;
import org.newsmark.ui.common.FxDialogService;
import org.newsmark.ui.common.FxTaskRunner;
import org.newsmark.ui.preferences.PreferencesViewModel;
import org.newsmark.ui.common.UnexpectedErrors;
import org.newsmark.ui.preferences.Settings;
import org.newsmark.ui.workbench.MainWindow;

/** The JavaFX application: wires the backend into the window and starts it. */
public final class NewsmarkApp extends Application {

    private Shell shell;

    /** A question asked from the codebook window belongs to it, not to the window behind it. */
    private static javafx.stage.Window focusedOr(Stage stage) {
        return javafx.stage.Window.getWindows().stream().filter(w -> w instanceof Stage && w.isFocused() && w.isShowing())
                .findFirst().orElse(stage);
    }

    @Override
    public void start(Stage stage) {
        Main.JAVAFX.setLevel(null);
        UnexpectedErrors.install(() -> stage, Settings.homeFolder().resolve(".newsmark").resolve("newsmark.log"));
        Settings settings = Settings.load();
        PreferencesViewModel prefs = new PreferencesViewModel(settings);
        shell = new Shell(stage, new ShellViewModel(Wiring.projects(), settings, prefs,
                new FxTaskRunner(() -> stage), new FxDialogService(() -> focusedOr(stage))));
        StartProbe.installIfAsked(stage, () -> shell.window());
        shell.start(getParameters().getRaw());
    }

    /** The workbench of the open project (tests drive it). */
    public MainWindow window() {
        return shell == null ? null : shell.window();
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.close();
        }
        Wiring.projects().closeOpenedAhead(); // quit before the project it opened ahead was shown
    }
}
