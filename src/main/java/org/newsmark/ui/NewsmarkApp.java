package org.newsmark.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.newsmark.app.AppSettings;
import org.newsmark.app.LaunchOptions;
import org.newsmark.app.SampleProject;
import org.newsmark.domain.Analyst;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.port.ProjectRefusedException;
import org.newsmark.ui.preferences.Appearance;
import org.newsmark.ui.preferences.PreferencesDialog;
import org.newsmark.ui.preferences.PreferencesViewModel;
import org.newsmark.ui.workbench.Dialogs;
import org.newsmark.ui.workbench.MainWindow;
import org.newsmark.ui.workbench.ProjectActions;
import org.newsmark.ui.workbench.WorkbenchViewModel;

/**
 * The JavaFX application: opens the project named on the command line (or the last one, or
 * the sample project on first run), imports {@code --import} files, and swaps the window's
 * content when another project is opened.
 */
public final class NewsmarkApp extends Application implements ProjectActions {

    private Stage stage;
    private AppSettings settings;
    private PreferencesViewModel prefs;
    private ProjectSession project;
    private MainWindow window;
    private String analystName;
    private boolean focusedOnce;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        this.settings = AppSettings.load();
        stage.setTitle("Newsmark");
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(new WelcomePane(this), Math.min(1360, screen.getWidth()), Math.min(860, screen.getHeight())));
        stage.getScene().getStylesheets().add(getClass().getResource("/org/newsmark/ui/newsmark.css").toExternalForm());
        prefs = new PreferencesViewModel(settings);
        Appearance.install(stage.getScene(), prefs);
        prefs.fontSizeProperty().addListener((o, a, b) -> {
            if (window != null) {
                window.editor().setFontSize(b.doubleValue());
            }
        });
        stage.setOnCloseRequest(e -> closeProject());
        // a window manager may give the window keyboard focus only after it is shown: put it in the article then
        stage.focusedProperty().addListener((o, was, is) -> {
            if (is && window != null && !focusedOnce) {
                focusedOnce = true;
                window.editor().area().requestFocus();
            }
        });
        stage.show();
        // the window is up first; questions and error dialogs come after, never blocking start()
        Platform.runLater(this::openInitialProject);
    }

    private void openInitialProject() {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            Dialogs.error(stage, "Cannot start", e.getMessage());
            return;
        }
        analystName = options.analyst().or(settings::analystName)
                .or(() -> Dialogs.askAnalystName(stage, System.getProperty("user.name")))
                .orElse(System.getProperty("user.name", "analyst"));
        prefs.analystNameProperty().set(analystName);
        boolean firstRun = options.project().isEmpty() && settings.recentProjects().isEmpty() && !settings.firstRunDone();
        Optional<Path> target = options.project().or(this::lastOrSample);
        target.ifPresent(p -> open(p, !Files.exists(p)));
        if (firstRun && window != null) {
            settings.setFirstRunDone();
            Platform.runLater(() -> Dialogs.howToTag(stage, window.viewModel().labels()));
        }
        if (window != null && !options.imports().isEmpty()) {
            MainWindow w = window;
            w.articleImport().importFiles(options.imports(), w::focusArticle);
        } else if (window != null) {
            window.focusLater();
        }
        if (Boolean.getBoolean("newsmark.trainingRun")) {
            // the installer build starts the app once to record the classes it loads for class-data sharing
            javafx.animation.PauseTransition done = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(4));
            done.setOnFinished(e -> quit());
            done.play();
        }
    }

    private Optional<Path> lastOrSample() {
        Optional<Path> recent = settings.recentProjects().stream().filter(Files::isRegularFile).findFirst();
        if (recent.isPresent()) {
            return recent;
        }
        try {
            return Optional.of(SampleProject.ensure(SampleProject.defaultLocation()));
        } catch (Exception e) {
            Dialogs.error(stage, "The sample project could not be created", e.getMessage());
            return Optional.empty();
        }
    }

    /** Opens (or creates) a project and shows it; on failure the current window stays as it was. */
    public boolean open(Path file, boolean create) {
        ProjectSession next;
        try {
            next = create ? org.newsmark.app.Wiring.projects().create(file) : org.newsmark.app.Wiring.projects().open(file);
        } catch (ProjectRefusedException e) {
            Dialogs.error(stage, "Cannot open " + file.getFileName(), e.getMessage());
            return false;
        }
        closeProject();
        project = next;
        Analyst analyst = project.analyst(analystName);
        WorkbenchViewModel vm = new WorkbenchViewModel(project, analyst);
        vm.snapToWordsProperty().bindBidirectional(prefs.snapToWordsProperty());
        window = new MainWindow(vm, this);
        window.editor().setFontSize(prefs.fontSizeProperty().get());
        stage.getScene().setRoot(window);
        stage.setTitle("Newsmark — " + file.getFileName() + (project.isReadOnly() ? " (read-only)" : ""));
        settings.addRecentProject(file);
        if (!vm.documents().isEmpty()) {
            vm.openDocument(vm.documents().get(vm.documents().size() - 1).id());
        }
        project.readOnlyReason().ifPresent(why -> Dialogs.info(stage, file.getFileName() + " is open read-only",
                "It cannot be written here: " + why + ". You can read it; to tag, "
                        + (why.contains("medium") ? "copy it to a folder you can write and open the copy." : "close the other one and open it again.")));
        window.focusLater();
        return true;
    }

    public MainWindow window() {
        return window;
    }

    private void closeProject() {
        if (project != null) {
            project.close();
            project = null;
        }
    }

    @Override
    public void newProject() {
        FileChooser chooser = projectChooser("New project");
        java.io.File f = chooser.showSaveDialog(stage);
        if (f != null) {
            Path p = f.toPath();
            if (!p.getFileName().toString().endsWith(".newsmark")) {
                p = p.resolveSibling(p.getFileName() + ".newsmark");
            }
            if (Files.exists(p)) {
                Dialogs.error(stage, "Not created", p.getFileName() + " already exists. Open it with File › Open Project.");
                return;
            }
            open(p, true);
        }
    }

    @Override
    public void openProject() {
        java.io.File f = projectChooser("Open project").showOpenDialog(stage);
        if (f != null) {
            open(f.toPath(), false);
        }
    }

    @Override
    public void openProject(Path file) {
        open(file, false);
    }

    @Override
    public List<Path> recentProjects() {
        return settings.recentProjects();
    }

    @Override
    public void showPreferences() {
        PreferencesDialog.show(stage, prefs).ifPresent(prefs::apply);
    }

    void openSample() {
        try {
            open(SampleProject.ensure(SampleProject.defaultLocation()), false);
        } catch (Exception e) {
            Dialogs.error(stage, "The sample project could not be created", e.getMessage());
        }
    }

    @Override
    public void quit() {
        closeProject();
        Platform.exit();
    }

    @Override
    public void stop() {
        closeProject();
    }

    private static FileChooser projectChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Newsmark projects", "*.newsmark"));
        return chooser;
    }
}
