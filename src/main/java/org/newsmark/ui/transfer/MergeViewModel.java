package org.newsmark.ui.transfer;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsmark.service.ProjectMergeService;
import org.newsmark.service.ProjectMergeService.MergeReport;
import org.newsmark.ui.common.DialogService;
import org.newsmark.ui.common.FileFilter;
import org.newsmark.ui.common.TaskRunner;

/**
 * File › Merge Analysts from Project…: reads the other project's analysts in the background,
 * asks a new name for each one this project already has, then merges in the background, all or
 * nothing. The other project is only read.
 */
public final class MergeViewModel {

    private final ProjectMergeService merges;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ProjectView view;

    public MergeViewModel(ProjectMergeService merges, TaskRunner tasks, DialogService dialogs, ProjectView view) {
        this.merges = merges;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.view = view;
    }

    public void chooseAndMerge() {
        dialogs.chooseFileToOpen("Merge analysts from project", List.of(FileFilter.of("Newsmark projects", "*.newsmark")))
                .ifPresent(this::merge);
    }

    public void merge(Path other) {
        tasks.run("Reading " + other.getFileName(), control -> merges.clashes(other), clashes -> {
            Map<String, String> names = new HashMap<>();
            // a name given to one incoming analyst is taken for the next (the merge would refuse it after all the questions)
            Set<String> taken = new HashSet<>(clashes.taken());
            for (String name : clashes.names()) {
                String chosen = AnalystNameQuestion.ask(dialogs, name, other,
                        ProjectMergeService.NameClashResolver.suffixWithFileName().newNameFor(name, other, taken), taken);
                if (chosen == null) {
                    view.say("Merge cancelled: nothing was changed.");
                    return;
                }
                names.put(name, chosen);
                taken.add(chosen);
            }
            run(other, names);
        }, this::failed);
    }

    private void run(Path other, Map<String, String> names) {
        tasks.run("Merging " + other.getFileName(), control -> merges.merge(other, (name, file, taken) -> names.get(name)), result -> {
            if (result.isEmpty()) {
                view.say("Merge cancelled: nothing was changed.");
                return;
            }
            MergeReport r = result.get();
            StringBuilder renamed = new StringBuilder();
            r.renamed().forEach((from, to) -> renamed.append("\n“").append(from).append("” is now “").append(to).append("”."));
            view.projectChanged("Merged " + other.getFileName());
            dialogs.showInfo("Merged " + other.getFileName(), "Added: " + r.counts() + "."
                    + r.linkEndsWidened().stream().map(w -> "\nLink type " + w + " is now allowed.").collect(java.util.stream.Collectors.joining())
                    + renamed);
        }, this::failed);
    }

    private void failed(Throwable failure) {
        dialogs.showError("Nothing was merged", failure.getMessage());
    }
}
