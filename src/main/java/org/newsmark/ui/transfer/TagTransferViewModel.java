package org.newsmark.ui.transfer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.newsmark.io.csv.CsvPreset;
import org.newsmark.service.AnnotationImportService;
import org.newsmark.service.ExportService;
import org.newsmark.service.ImportReport;
import org.newsmark.domain.TaskControl;
import org.newsmark.ui.common.DialogService;
import org.newsmark.ui.common.FileFilter;
import org.newsmark.ui.common.TaskRunner;

/**
 * File › Import Tags (CSV, brat) and File › Export Tags…, each in the background with progress and
 * Cancel. The CSV preset chosen last ({@link #csvPresetProperty()}) is where the next export dialog
 * starts; the window binds it to the preferences, so it is remembered across runs.
 */
public final class TagTransferViewModel {

    private final AnnotationImportService imports;
    private final ExportService export;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ProjectView view;
    private final String projectName;
    private final Path projectFolder;
    private final ObjectProperty<CsvPreset> csvPreset = new SimpleObjectProperty<>(CsvPreset.DEFAULT);

    /** @param projectFolder where save dialogs start (the project's folder), or null */
    public TagTransferViewModel(AnnotationImportService imports, ExportService export, TaskRunner tasks, DialogService dialogs,
                                ProjectView view, String projectName, Path projectFolder) {
        this.imports = imports;
        this.export = export;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.view = view;
        this.projectName = projectName;
        this.projectFolder = projectFolder;
    }

    public void importCsv() {
        dialogs.chooseFileToOpen("Import tags from CSV", List.of(FileFilter.of("CSV files", "*.csv"))).ifPresent(f -> {
            if (isArticleCodes(f)) {
                importArticleCodes(f);
            } else {
                runImport("Importing tags from " + f.getFileName(), control -> imports.importCsv(f, control));
            }
        });
    }

    private boolean isArticleCodes(Path f) {
        try {
            return imports.isArticleCodes(f);
        } catch (org.newsmark.io.ImportException e) {
            return false; // the tag import reads it and says what is wrong
        }
    }

    /** An article-codes CSV (export --what article-codes) sets codes rather than tags. */
    private void importArticleCodes(Path f) {
        tasks.run("Importing article codes from " + f.getFileName(), control -> imports.importArticleCodes(f, control), report -> {
            view.projectChanged(report.summary());
            dialogs.showInfo("Import finished", report.summary());
        }, failure -> dialogs.showError("Nothing was imported", failure.getMessage()));
    }

    public void importBrat() {
        dialogs.chooseFolder("Import a brat folder (one sub-folder per analyst)", projectFolder)
                .ifPresent(f -> runImport("Importing brat folder " + f.getFileName(), control -> imports.importBrat(f, control)));
    }

    private void runImport(String title, TaskRunner.Work<ImportReport> work) {
        tasks.run(title, work, report -> {
            view.projectChanged(report.summary());
            dialogs.showInfo("Import finished", report.summary()
                    + (report.skipped().isEmpty() ? "" : "\n\n" + String.join("\n", report.skipped().stream().limit(20).toList())
                    + (report.skipped().size() > 20 ? "\n…" : "")));
        }, failure -> {
            if (failure instanceof TaskControl.CancelledException) {
                view.say("Import cancelled: nothing was imported.");
            } else {
                dialogs.showError("Nothing was imported", failure.getMessage());
            }
        });
    }

    /** The CSV preset of the last export (OK in the export dialog); the next dialog starts with it. */
    public ObjectProperty<CsvPreset> csvPresetProperty() {
        return csvPreset;
    }

    /** The choices for the export dialog, fresh for each export, starting with the last CSV preset. */
    public ExportOptionsViewModel exportOptions(List<String> analystNames, Long openDocumentId) {
        return new ExportOptionsViewModel(analystNames, openDocumentId, csvPreset.get());
    }

    /** After the export dialog's OK: remembers the CSV preset, asks where, then writes in the background. */
    public void export(ExportOptionsViewModel options) {
        ExportService.Format format = options.chosenFormat();
        if (format == ExportService.Format.CSV) {
            csvPreset.set(options.chosenPreset());
        }
        Optional<Path> target = chooseTarget(format);
        if (target.isEmpty()) {
            return;
        }
        Path out = target.get();
        tasks.run("Exporting to " + out.getFileName(), control -> {
            switch (format) {
                case CSV -> export.exportCsv(out, options.scope(), options.csvOptions(), control);
                case JSONL -> export.exportJsonl(out, options.scope(), control);
                case BRAT -> export.exportBrat(out, options.scope(), control);
            }
            return export.count(options.scope());
        }, count -> view.say("Exported " + count + " tags to " + out), failure -> {
            if (failure instanceof TaskControl.CancelledException) {
                view.say("Export cancelled: nothing was written.");
            } else {
                dialogs.showError("Export failed", failure.getMessage());
            }
        });
    }

    private Optional<Path> chooseTarget(ExportService.Format format) {
        if (format == ExportService.Format.BRAT) {
            // a new name: the export makes the folder (an existing one must be empty or an earlier brat export)
            return dialogs.chooseFileToSave("Name of the new folder for the brat files", projectFolder,
                    projectName.replace(".newsmark", "") + "-brat", null);
        }
        String ext = format == ExportService.Format.CSV ? "csv" : "jsonl";
        return dialogs.chooseFileToSave("Export tags", projectFolder, projectName.replace(".newsmark", "") + "-tags." + ext,
                FileFilter.of(ext.toUpperCase(java.util.Locale.ROOT) + " files", "*." + ext));
    }
}
