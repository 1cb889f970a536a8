package org.newsmark.ui.transfer;

import java.nio.file.Path;
import java.util.List;
import org.newsmark.service.BuiltInCodebooks;
import org.newsmark.service.CodebookImportPlan;
import org.newsmark.service.CodebookTransfer;
import org.newsmark.ui.common.DialogService;
import org.newsmark.ui.common.FileFilter;
import org.newsmark.ui.common.TaskRunner;

/**
 * File › Export Codebook…, File › Import Codebook… (a codebook file shared between projects) and
 * File › Add Built-in Codebook › (Attribution (PARC), the default), imported the same way.
 * The import shows its plan (what it adds, changes, keeps) and asks before changing anything;
 * a plan with a refusal is shown and nothing changes.
 */
public final class CodebookFilesViewModel {

    private static final FileFilter JSON = FileFilter.of("Codebook files", "*.json");

    private final CodebookTransfer files;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ProjectView view;
    private final String projectName;
    private final Path projectFolder;

    public CodebookFilesViewModel(CodebookTransfer files, TaskRunner tasks, DialogService dialogs, ProjectView view,
                                  String projectName, Path projectFolder) {
        this.files = files;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.view = view;
        this.projectName = projectName;
        this.projectFolder = projectFolder;
    }

    public void exportCodebook() {
        String name = projectName.replace(".newsmark", "") + "-codebook.json";
        dialogs.chooseFileToSave("Export the codebook", projectFolder, name, JSON).ifPresent(out ->
                tasks.run("Exporting the codebook", control -> {
                    files.export(out);
                    return out;
                }, done -> view.say("Codebook exported to " + done), failure -> dialogs.showError("Export failed", failure.getMessage())));
    }

    public void importCodebook() {
        dialogs.chooseFileToOpen("Import a codebook", List.of(JSON)).ifPresent(file ->
                tasks.run("Reading " + file.getFileName(), control -> files.plan(file), plan -> confirm(file, plan),
                        failure -> dialogs.showError("Codebook not imported", failure.getMessage())));
    }

    /** The built-in codebooks the menu offers: short name → what the menu shows. */
    public java.util.Map<String, String> builtInCodebooks() {
        return BuiltInCodebooks.NAMES;
    }

    /** File › Add Built-in Codebook › NAME: the same plan and question as a file, for a codebook that comes with Newsmark. */
    public void importBuiltIn(String key) {
        String shown = BuiltInCodebooks.NAMES.getOrDefault(key, key);
        tasks.run("Reading " + shown, control -> files.planBuiltIn(key), plan -> confirm(shown, plan,
                control -> files.importBuiltIn(key)), failure -> dialogs.showError("Codebook not imported", failure.getMessage()));
    }

    private void confirm(Path file, CodebookImportPlan plan) {
        confirm(file.getFileName().toString(), plan, control -> files.importFile(file));
    }

    private void confirm(String what, CodebookImportPlan plan, TaskRunner.Work<CodebookImportPlan> apply) {
        String details = String.join("\n", plan.details().stream().limit(30).toList()) + (plan.details().size() > 30 ? "\n…" : "");
        if (plan.isRefused()) {
            dialogs.showError("Codebook not imported", plan.summary() + "\n\n" + details + "\n\nNothing was changed.");
            return;
        }
        if (plan.changesNothing()) {
            view.say(what + ": the codebook is the same; nothing to import.");
            return;
        }
        if (!dialogs.confirm("Import codebook", "Import " + what + "?", plan.summary() + "\n\n" + details, "Import")) {
            return;
        }
        tasks.run("Importing " + what, apply,
                done -> view.projectChanged("Codebook imported: " + done.summary()),
                failure -> dialogs.showError("Codebook not imported", failure.getMessage()));
    }
}
