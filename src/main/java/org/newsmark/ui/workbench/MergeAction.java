package org.newsmark.ui.workbench;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.newsmark.service.AnnotationConflictException;
import org.newsmark.service.ProjectMergeService;
import org.newsmark.service.ProjectMergeService.MergeReport;
import org.newsmark.service.port.ProjectRefusedException;
import org.newsmark.service.port.NotSavedException;

/** File › Merge Analysts from Project…: choose a file, name clashing analysts, merge all or nothing. */
final class MergeAction {

    private final WorkbenchViewModel vm;
    private final Supplier<Window> window;

    MergeAction(WorkbenchViewModel vm, Supplier<Window> window) {
        this.vm = vm;
        this.window = window;
    }

    void chooseAndMerge() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Merge analysts from project");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Newsmark projects", "*.newsmark"));
        File f = chooser.showOpenDialog(window.get());
        if (f != null) {
            merge(f.toPath());
        }
    }

    void merge(Path other) {
        try {
            var result = vm.project().merges().merge(other, this::askNewName);
            if (result.isEmpty()) {
                vm.messageProperty().set("Merge cancelled: nothing was changed.");
                return;
            }
            MergeReport r = result.get();
            vm.reloadProjectData();
            StringBuilder renamed = new StringBuilder();
            r.renamed().forEach((from, to) -> renamed.append("\n“").append(from).append("” is now “").append(to).append("”."));
            Dialogs.info(window.get(), "Merged " + other.getFileName(), r.analystsAdded() + " analyst(s) and " + r.tagsAdded()
                    + " tag(s) added; " + r.documentsAdded() + " new document(s), " + r.labelsAdded() + " new label(s)." + renamed);
        } catch (ProjectRefusedException | AnnotationConflictException | NotSavedException e) {
            Dialogs.error(window.get(), "Nothing was merged", e.getMessage());
        }
    }

    /** Asks until the name is free (or the clashing name itself, to combine knowingly); null cancels. */
    private String askNewName(String name, Path other, java.util.Set<String> taken) {
        String proposal = ProjectMergeService.NameClashResolver.suffixWithFileName().newNameFor(name, other, taken);
        String problem = "";
        while (true) {
            TextInputDialog d = new TextInputDialog(proposal);
            d.initOwner(window.get());
            d.setTitle("Analyst name taken");
            d.setHeaderText(problem + "This project already has an analyst named “" + name + "”.\n"
                    + "Give the analyst from " + other.getFileName() + " another name (or keep “" + name + "” to add the tags to theirs).");
            d.setContentText("Name:");
            String answer = d.showAndWait().map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
            if (answer == null || answer.equals(name) || !taken.contains(answer)) {
                return answer;
            }
            problem = "“" + answer + "” is another analyst's name.\n";
            proposal = answer;
        }
    }

}
