package org.newsmark.ui.workbench;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.newsmark.service.AnnotationImportService;
import org.newsmark.service.ExportService;
import org.newsmark.service.ImportReport;
import org.newsmark.service.TaskControl;
import org.newsmark.ui.tasks.BackgroundWork;

/** File › Import Tags (CSV / brat) and File › Export…, each in the background with progress and Cancel. */
final class AnnotationTransfer {

    private final WorkbenchViewModel vm;
    private final Supplier<Window> window;

    AnnotationTransfer(WorkbenchViewModel vm, Supplier<Window> window) {
        this.vm = vm;
        this.window = window;
    }

    void importCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import tags from CSV");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        File f = chooser.showOpenDialog(window.get());
        if (f != null) {
            runImport("Importing tags from " + f.getName(),
                    control -> vm.project().annotationImports().importCsv(f.toPath(), control));
        }
    }

    void importBrat() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a brat folder (one sub-folder per analyst)");
        File f = chooser.showDialog(window.get());
        if (f != null) {
            runImport("Importing brat folder " + f.getName(),
                    control -> vm.project().annotationImports().importBrat(f.toPath(), control));
        }
    }

    private void runImport(String title, BackgroundWork.Work<ImportReport> work) {
        BackgroundWork.run(window.get(), title, work, report -> {
            vm.refreshDocuments();
            vm.reloadCurrent();
            Dialogs.info(window.get(), "Import finished", report.summary()
                    + (report.skipped().isEmpty() ? "" : "\n\n" + String.join("\n", report.skipped().stream().limit(20).toList())
                    + (report.skipped().size() > 20 ? "\n…" : "")));
        }, failure -> Dialogs.error(window.get(), failure instanceof TaskControl.CancelledException
                ? "Import cancelled" : "Nothing was imported", failure.getMessage()));
    }

    void export() {
        ExportDialog.ask(window.get(), vm).ifPresent(choice -> {
            Path target = chooseTarget(choice.format());
            if (target == null) {
                return;
            }
            ExportService export = vm.project().export();
            BackgroundWork.run(window.get(), "Exporting to " + target.getFileName(), control -> {
                switch (choice.format()) {
                    case CSV -> export.exportCsv(target, choice.scope(), choice.csvOptions(), control);
                    case JSONL -> export.exportJsonl(target, choice.scope(), control);
                    case BRAT -> export.exportBrat(target, choice.scope(), control);
                }
                return export.count(choice.scope());
            }, count -> vm.messageProperty().set("Exported " + count + " tags to " + target),
                    failure -> Dialogs.error(window.get(), "Export failed", failure.getMessage()));
        });
    }

    private Path chooseTarget(ExportService.Format format) {
        if (format == ExportService.Format.BRAT) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Folder for the brat files");
            File f = chooser.showDialog(window.get());
            return f == null ? null : f.toPath();
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export tags");
        String ext = format == ExportService.Format.CSV ? "csv" : "jsonl";
        chooser.setInitialFileName(vm.project().name().replace(".newsmark", "") + "-tags." + ext);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase() + " files", "*." + ext));
        File f = chooser.showSaveDialog(window.get());
        return f == null ? null : f.toPath();
    }
}
