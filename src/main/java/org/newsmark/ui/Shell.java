package org.newsmark.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.newsmark.domain.ServerAddress;
import org.newsmark.ui.preferences.Appearance;
import org.newsmark.ui.preferences.PreferencesDialog;
import org.newsmark.ui.preferences.PreferencesViewModel;
import org.newsmark.ui.team.OpenTeamProjectDialog;
import org.newsmark.ui.workbench.HowToTagCard;
import org.newsmark.ui.workbench.MainWindow;
import org.newsmark.ui.workbench.ProjectActions;
import org.newsmark.ui.workbench.WorkbenchViewModel;

/**
 * The main window: the welcome screen, or the workbench of the open project. It shows what the
 * shell view-model holds and forwards the user's project actions to it.
 */
public final class Shell implements ProjectActions {

    private final Stage stage;
    private final ShellViewModel vm;
    private MainWindow window;
    private boolean focusedOnce;

    public Shell(Stage stage, ShellViewModel vm) {
        this.stage = stage;
        this.vm = vm;
        PreferencesViewModel prefs = vm.preferences();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // an empty root in the theme's colours until begin(): the welcome screen is built only if no project opens
        stage.setScene(new Scene(new StackPane(), Math.min(1360, screen.getWidth()), Math.min(860, screen.getHeight())));
        themed(stage.getScene());
        stage.titleProperty().bind(vm.titleProperty());
        prefs.fontSizeProperty().addListener((o, a, b) -> {
            if (window != null) {
                window.editor().setFontSize(b.doubleValue());
            }
        });
        vm.workbenchProperty().addListener((o, a, b) -> show(b));
        stage.setOnCloseRequest(e -> vm.close());
        // a window manager may give the window keyboard focus only after it is shown: put it in the article then
        stage.focusedProperty().addListener((o, was, is) -> {
            if (is && window != null && !focusedOnce) {
                focusedOnce = true;
                window.editor().area().requestFocus();
            }
        });
    }

    /** Shows the window, then (never blocking the show) asks and opens what {@code args} say. */
    public void start(List<String> args) {
        stage.show();
        Platform.runLater(() -> begin(args));
    }

    private void begin(List<String> args) {
        Optional<ShellViewModel.Started> begun = vm.start(args);
        if (window == null) {
            stage.getScene().setRoot(new WelcomePane(this));
        }
        begun.ifPresent(started -> {
            if (started.firstRun() && window != null) {
                Platform.runLater(() -> HowToTagCard.showDialog(stage, window.viewModel().toolbarLabels()));
            }
            if (window != null && !started.imports().isEmpty()) {
                MainWindow w = window;
                w.viewModel().articleImport().importFiles(started.imports(), w::focusArticle);
            } else if (window != null) {
                window.focusLater();
            }
        });
    }

    /** The application's look for a scene: AtlantaFX theme, newsmark.css, font-size keys; kept in step with Preferences. */
    void themed(Scene scene) {
        scene.getStylesheets().add(Shell.class.getResource("/org/newsmark/ui/newsmark.css").toExternalForm());
        Appearance.install(scene, vm.preferences());
    }

    private void show(WorkbenchViewModel workbench) {
        if (workbench == null) {
            window = null;
            return;
        }
        window = new MainWindow(workbench, this, this::themed);
        window.editor().setFontSize(vm.preferences().fontSizeProperty().get());
        stage.getScene().setRoot(window);
        window.focusLater();
    }

    public MainWindow window() {
        return window;
    }

    /** Closes the open project; everything is saved already. */
    public void close() {
        vm.close();
    }

    void openSample() {
        vm.openSample();
    }

    @Override
    public void newProject() {
        vm.newProject();
    }

    @Override
    public void openProject() {
        vm.openProject();
    }

    @Override
    public void openProject(Path file) {
        vm.open(file, false);
    }

    @Override
    public void openTeamProject() {
        OpenTeamProjectDialog.show(stage, vm.teamProject()).ifPresent(vm::openTeamProject);
    }

    @Override
    public void openTeamProject(ServerAddress address) {
        vm.openTeamProject(address);
    }

    @Override
    public List<Path> recentProjects() {
        return vm.recentProjects();
    }

    @Override
    public void showPreferences() {
        PreferencesDialog.show(stage, vm.preferences()).ifPresent(vm::applyPreferences);
    }

    @Override
    public Optional<String> askAnalystName(String current) {
        return vm.askAnalystName(current);
    }

    @Override
    public void quit() {
        vm.close();
        Platform.exit();
    }
}
