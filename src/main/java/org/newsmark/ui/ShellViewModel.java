package org.newsmark.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Names;
import org.newsmark.domain.ServerAddress;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.ProjectSessions;
import org.newsmark.service.SampleProject;
import org.newsmark.service.port.ProjectRefusedException;
import org.newsmark.ui.common.DialogService;
import org.newsmark.ui.common.FileFilter;
import org.newsmark.ui.common.TaskRunner;
import org.newsmark.ui.preferences.PreferencesViewModel;
import org.newsmark.ui.preferences.Settings;
import org.newsmark.ui.team.OpenTeamProjectViewModel;
import org.newsmark.ui.workbench.WorkbenchViewModel;

/**
 * The application without its window: which project is open (at most one), who is tagging,
 * the recent projects and the sample. Opening a project builds its workbench view-model; a
 * project that cannot be opened is named in an error and the open one stays.
 */
public final class ShellViewModel {

    static final FileFilter PROJECTS = FileFilter.of("Newsmark projects", "*.newsmark");

    private final ProjectSessions projects;
    private final Settings settings;
    private final PreferencesViewModel prefs;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ReadOnlyObjectWrapper<WorkbenchViewModel> workbench = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Newsmark");
    private final OpenTeamProjectViewModel team;
    private ProjectSession session;
    private String analystName;

    public ShellViewModel(ProjectSessions projects, Settings settings, PreferencesViewModel prefs, TaskRunner tasks,
                          DialogService dialogs) {
        this.projects = projects;
        this.settings = settings;
        this.prefs = prefs;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.team = new OpenTeamProjectViewModel(projects::openServer, settings, tasks, dialogs);
    }

    /** The open project's workbench, or null (the welcome screen). */
    public ReadOnlyObjectProperty<WorkbenchViewModel> workbenchProperty() {
        return workbench.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public PreferencesViewModel preferences() {
        return prefs;
    }

    /** How the start went: whether it is the very first run, and the articles still to import. */
    public record Started(boolean firstRun, List<Path> imports) {
    }

    /**
     * Starts as the command line asks: the analyst (asked when unknown), then the project named,
     * else the last one, else the sample (created on first run). Empty when the arguments are wrong (said in a dialog).
     */
    public Optional<Started> start(List<String> args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            dialogs.showError("Cannot start", e.getMessage());
            return Optional.empty();
        }
        return Optional.of(new Started(start(options), options.imports()));
    }

    private boolean start(LaunchOptions options) {
        analystName = options.analyst().or(settings::analystName).filter(Names::isValid)
                .or(() -> askAnalystName(System.getProperty("user.name")))
                .orElse(fallbackName());
        prefs.analystNameProperty().set(analystName);
        if (options.teamProject().isPresent()) {
            openTeamProject(options.teamProject().get()); // in the background; a password is asked if the server wants one
            return false;
        }
        boolean firstRun = options.project().isEmpty() && settings.recentProjects().isEmpty() && !settings.firstRunDone();
        options.project().or(this::lastOrSample).ifPresent(p -> open(p, !Files.exists(p)));
        if (firstRun && workbench.get() != null) {
            settings.setFirstRunDone();
            // the new analyst has no tags yet: the sample opens on a layer that has some, said in the banner
            workbench.get().showALayerWithTags();
        }
        return firstRun && workbench.get() != null;
    }

    /** A name the rule takes when the user gave none: the login name if it passes, else "analyst". */
    private static String fallbackName() {
        String login = System.getProperty("user.name", "analyst");
        return Names.isValid(login) ? Names.analyst(login) : "analyst";
    }

    private Optional<Path> lastOrSample() {
        Optional<Path> recent = lastProject(settings);
        return recent.isPresent() ? recent : sample();
    }

    private static Optional<Path> lastProject(Settings settings) {
        return settings.recentProjects().stream().filter(Files::isRegularFile).findFirst();
    }

    /**
     * The existing project file a start with {@code args} opens, as {@link #start(List)} chooses it
     * (the one named, else the last one), which the app may open ahead while the toolkit starts.
     * Empty for a team project, a new file, the sample, or arguments that are wrong.
     */
    public static Optional<Path> existingProjectOf(List<String> args, Settings settings) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (options.teamProject().isPresent()) {
            return Optional.empty();
        }
        return options.project().isPresent() ? options.project().filter(Files::isRegularFile) : lastProject(settings);
    }

    private Optional<Path> sample() {
        try {
            return Optional.of(SampleProject.ensure(projects, SampleProject.defaultLocation(Settings.homeFolder())));
        } catch (Exception e) {
            dialogs.showError("The sample project could not be created", e.getMessage());
            return Optional.empty();
        }
    }

    /** Opens the sample; an analyst with no tags of their own in it sees a sample analyst's tags (read-only) first. */
    public void openSample() {
        sample().filter(p -> open(p, false)).ifPresent(p -> workbench.get().showALayerWithTags());
    }

    /** Opens (or creates) a project and shows it; on failure the open project stays as it was. */
    public boolean open(Path file, boolean create) {
        ProjectSession next;
        try {
            next = create ? projects.create(file) : projects.open(file);
        } catch (ProjectRefusedException e) {
            dialogs.showError("Cannot open " + file.getFileName(), e.getMessage());
            return false;
        }
        if (!show(next)) {
            return false;
        }
        settings.addRecentProject(file);
        return true;
    }

    /**
     * Opens the team project at {@code address} in the background (asking a password if the
     * server wants one) and shows it as a file project is shown; until then the open project stays.
     */
    public void openTeamProject(ServerAddress address) {
        team.open(address, this::show);
    }

    /** File › Open Team Project…'s address field and its opening. */
    public OpenTeamProjectViewModel teamProject() {
        return team;
    }

    /** Shows {@code next} in place of the open project; false, with {@code next} closed, when it refuses the analyst. */
    private boolean show(ProjectSession next) {
        String name = next.name();
        Analyst analyst;
        try {
            // a team project's login writes one layer: that analyst's, whatever name the preferences hold
            analyst = next.analyst(next.loginAnalyst().orElse(analystName));
        } catch (RuntimeException e) {
            next.close();
            dialogs.showError("Cannot open " + name, e.getMessage());
            return false;
        }
        close();
        session = next;
        WorkbenchViewModel vm = new WorkbenchViewModel(session, analyst, tasks, dialogs);
        vm.snapToWordsProperty().bindBidirectional(prefs.snapToWordsProperty());
        vm.csvPresetProperty().bindBidirectional(prefs.csvPresetProperty());
        remember(vm.layout());
        if (!vm.documents().isEmpty()) {
            vm.openDocument(vm.documents().get(vm.documents().size() - 1).id());
        }
        title.set("Newsmark — " + name + (session.isReadOnly() ? " (read-only)" : ""));
        workbench.set(vm);
        boolean inFile = session.file().isPresent();
        // the advice is about files; a team project's reason (from the server) says what there is to know
        session.readOnlyReason().ifPresent(why -> dialogs.showInfo(name + " is open read-only",
                "It cannot be written here: " + why + ". You can read it" + (inFile ? "; to tag, "
                        + (why.contains("medium") ? "copy it to a folder you can write and open the copy."
                        : "close the other one and open it again.") : ".")));
        return true;
    }

    /** The workbench's side panels as they were left: shown or not, and the widths they were dragged to. */
    private void remember(org.newsmark.ui.workbench.PanelLayout layout) {
        layout.articlesWantedProperty().set(settings.flag("workbench.articlesPanel", true));
        layout.tagsWantedProperty().set(settings.flag("workbench.tagsPanel", true));
        settings.number("workbench.articlesWidth").ifPresent(layout.articlesWidthProperty()::set);
        settings.number("workbench.tagsWidth").ifPresent(layout.tagsWidthProperty()::set);
        layout.articlesWantedProperty().addListener((o, a, b) -> settings.setFlag("workbench.articlesPanel", b));
        layout.tagsWantedProperty().addListener((o, a, b) -> settings.setFlag("workbench.tagsPanel", b));
        layout.articlesWidthProperty().addListener((o, a, b) -> settings.setNumber("workbench.articlesWidth", b.doubleValue()));
        layout.tagsWidthProperty().addListener((o, a, b) -> settings.setNumber("workbench.tagsWidth", b.doubleValue()));
    }

    public void newProject() {
        dialogs.chooseFileToSave("New project", null, "study.newsmark", PROJECTS).ifPresent(f -> {
            Path p = f.getFileName().toString().endsWith(".newsmark") ? f : f.resolveSibling(f.getFileName() + ".newsmark");
            if (Files.exists(p)) {
                dialogs.showError("Not created", p.getFileName() + " already exists. Open it with File › Open Project.");
                return;
            }
            open(p, true);
        });
    }

    public void openProject() {
        dialogs.chooseFileToOpen("Open project", List.of(PROJECTS)).ifPresent(f -> open(f, false));
    }

    public List<Path> recentProjects() {
        return settings.recentProjects();
    }

    /** Who is tagging: OK only for a name the name rule takes. */
    public Optional<String> askAnalystName(String current) {
        return dialogs.askText("Newsmark", "Who is tagging? Every tag records its analyst.", "Your name:",
                current == null ? "" : current, ShellViewModel::nameProblem).map(Names::analyst);
    }

    private static String nameProblem(String typed) {
        try {
            Names.analyst(typed);
            return null;
        } catch (Names.InvalidNameException e) {
            return e.getMessage() + ".";
        }
    }

    /** What the Preferences dialog returned; a refused analyst name is said, and the old one kept. */
    public void applyPreferences(PreferencesViewModel.Values values) {
        prefs.apply(values).ifPresent(problem -> dialogs.showError("The analyst name was not changed", problem));
    }

    /** Closes the open project (everything is already saved). */
    public void close() {
        if (session != null) {
            workbench.set(null);
            session.close();
            session = null;
        }
    }
}
