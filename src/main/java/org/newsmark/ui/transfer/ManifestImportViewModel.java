package org.newsmark.ui.transfer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.newsmark.domain.TaskControl;
import org.newsmark.service.ManifestImport;
import org.newsmark.ui.common.DialogService;
import org.newsmark.ui.common.FileFilter;
import org.newsmark.ui.common.TaskRunner;

/**
 * File › Import with Manifest…: a manifest CSV's articles with their metadata, in the background;
 * all or nothing, the refusal naming the manifest (or article file) and line (see ADR 0025).
 */
public final class ManifestImportViewModel {

    static final List<FileFilter> MANIFESTS = List.of(FileFilter.of("Manifest (CSV)", "*.csv"), FileFilter.of("All files", "*.*"));

    private final ManifestImport manifests;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ProjectView view;

    public ManifestImportViewModel(ManifestImport manifests, TaskRunner tasks, DialogService dialogs, ProjectView view) {
        this.manifests = manifests;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.view = view;
    }

    public void chooseAndImport() {
        Optional<Path> file = dialogs.chooseFileToOpen("Import with manifest", MANIFESTS);
        file.ifPresent(this::importManifest);
    }

    public void importManifest(Path file) {
        tasks.run("Importing " + file.getFileName(), control -> manifests.run(file, control), report -> {
            if (report.imported().isEmpty()) {
                view.projectChanged(report.summary());
            } else {
                view.articlesAdded(report.imported().get(report.imported().size() - 1).document().id(), report.summary());
            }
        }, failure -> {
            if (failure instanceof TaskControl.CancelledException) {
                view.say("Import cancelled: nothing was added.");
                return;
            }
            dialogs.showError("Nothing was imported", failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
        });
    }
}
