package org.newsmark.ui.transfer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newsmark.io.ImportException;
import org.newsmark.service.FolderImport;
import org.newsmark.ui.common.DialogService;
import org.newsmark.ui.common.TaskRunner;

/**
 * File › Import Folder…: a folder and its subfolders read in the background (progress, Cancel),
 * with the metadata of the folder's own manifest.csv when it has one, then a preview of what will
 * be added and what skipped, with the choice made explicit when some files cannot be read or
 * manifest rows are refused — add the others, or nothing at all — then the adding, again in the
 * background, and a report. Nothing is written before the user has seen the preview.
 */
public final class FolderImportViewModel {

    public static final String ADD = "Add them";
    public static final String EACH_FILE = "Add the others, list those that cannot be added";
    public static final String ALL_OR_NOTHING = "Add nothing (all or nothing)";
    private static final int LISTED = 12;

    private final FolderImport imports;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ProjectView view;

    public FolderImportViewModel(FolderImport imports, TaskRunner tasks, DialogService dialogs, ProjectView view) {
        this.imports = imports;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.view = view;
    }

    public void chooseAndImport() {
        dialogs.chooseFolder("Import a folder of articles", null).ifPresent(this::importFolder);
    }

    public void importFolder(Path folder) {
        tasks.run("Reading " + folder.getFileName(), control -> imports.planWithOwnManifest(folder, control), this::ask,
                e -> failed(folder, e));
    }

    private void ask(FolderImport.Plan plan) {
        String details = preview(plan);
        if (!plan.writesSomething()) {
            dialogs.showInfo("Nothing to import from " + plan.folder().getFileName(), plan.summary() + "." + details);
            return;
        }
        List<String> choices = plan.problems().isEmpty() ? List.of(ADD) : List.of(EACH_FILE, ALL_OR_NOTHING);
        Optional<String> chosen = dialogs.choose("Import a folder", plan.summary() + "." + details, "Import", choices, choices.get(0));
        if (chosen.isEmpty()) {
            view.say("Nothing imported from " + plan.folder().getFileName() + ".");
            return;
        }
        if (chosen.get().equals(ALL_OR_NOTHING)) {
            view.say("Nothing imported from " + plan.folder().getFileName() + ": " + problems(plan) + ", and all or nothing was chosen.");
            return;
        }
        FolderImport.Mode mode = chosen.get().equals(EACH_FILE) ? FolderImport.Mode.EACH_FILE : FolderImport.Mode.ALL_OR_NOTHING;
        tasks.run("Importing " + plan.toAdd().size() + " articles", control -> imports.run(plan, mode, control), this::done,
                e -> failed(plan.folder(), e));
    }

    private void done(FolderImport.Result r) {
        FolderImport.Plan plan = r.plan();
        long named = plan.toAdd().stream().filter(i -> i.manifestLine() > 0).count();
        String message = "Imported " + r.added().size() + " article(s) from " + plan.folder().getFileName()
                + (plan.manifestName() == null ? "" : " (metadata from " + plan.manifestName() + " for " + named + ")")
                + (r.updated().isEmpty() ? "" : "; details set on " + r.updated().size() + " already in the project")
                + (plan.skipped().isEmpty() ? "" : "; " + plan.skipped().size() + " skipped")
                + (r.failed().isEmpty() ? "" : "; " + r.failed().size() + " not imported") + ".";
        if (!r.added().isEmpty()) {
            view.articlesAdded(r.added().get(0).document().id(), message);
        } else if (!r.updated().isEmpty()) {
            view.projectChanged(message);
        } else {
            view.say(message);
        }
        if (!r.failed().isEmpty()) {
            dialogs.showInfo("Some files were not imported", r.failed().stream().limit(LISTED).map(ImportException::getMessage)
                    .collect(Collectors.joining("\n")) + more(r.failed().size()));
        }
    }

    private void failed(Path folder, Throwable e) {
        if (e instanceof org.newsmark.domain.TaskControl.CancelledException) {
            view.say("Import of " + folder.getFileName() + " cancelled; nothing was added.");
        } else if (e instanceof ImportException ie) {
            dialogs.showError("Nothing was imported", ie.getMessage());
        } else {
            dialogs.showError("Nothing was imported", folder.getFileName() + ": " + e.getMessage());
        }
    }

    /** "1 manifest row is refused, 2 files cannot be read". */
    private static String problems(FolderImport.Plan plan) {
        List<String> parts = new java.util.ArrayList<>();
        int rows = plan.refusedRows().size();
        int files = plan.unreadable().size();
        if (rows > 0) {
            parts.add(rows + (rows == 1 ? " manifest row is refused" : " manifest rows are refused"));
        }
        if (files > 0) {
            parts.add(files + (files == 1 ? " file cannot be read" : " files cannot be read"));
        }
        return String.join(", ", parts);
    }

    /** The manifest rows refused, the files skipped and those that cannot be read, with why, the first few of each. */
    static String preview(FolderImport.Plan plan) {
        StringBuilder b = new StringBuilder();
        if (!plan.refusedRows().isEmpty()) {
            b.append("\n\nManifest rows refused:\n").append(plan.refusedRows().stream().limit(LISTED).map(e -> "  " + e.getMessage())
                    .collect(Collectors.joining("\n"))).append(more(plan.refusedRows().size()));
        }
        if (!plan.skipped().isEmpty()) {
            b.append("\n\nSkipped:\n").append(plan.skipped().stream().limit(LISTED).map(s -> "  " + s.file() + " \u2014 " + s.why())
                    .collect(Collectors.joining("\n"))).append(more(plan.skipped().size()));
        }
        if (!plan.unreadable().isEmpty()) {
            b.append("\n\nCannot be read:\n").append(plan.unreadable().stream().limit(LISTED).map(e -> "  " + e.getMessage())
                    .collect(Collectors.joining("\n"))).append(more(plan.unreadable().size()));
        }
        return b.toString();
    }

    private static String more(int n) {
        return n > LISTED ? "\n  \u2026 and " + (n - LISTED) + " more" : "";
    }
}
