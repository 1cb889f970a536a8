package org.newsmark.ui.transfer;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsmark.io.exchange.ExchangeRead;
import org.newsmark.service.ExchangeFiles;
import org.newsmark.service.ExchangeFormat;
import org.newsmark.service.ExportScope;
import org.newsmark.service.ProjectMergeService;
import org.newsmark.service.ProjectMergeService.MergeReport;
import org.newsmark.ui.common.DialogService;
import org.newsmark.ui.common.FileFilter;
import org.newsmark.ui.common.TaskRunner;

/**
 * File › Export for Other Tools › and File › Import from Other Tools…: REFI-QDA, UIMA XMI and W3C
 * Web Annotation files (decision 39). An import reads the file in the background, asks a new name
 * for each analyst this project already has, then merges it in the background, all or nothing, and
 * says what the file held that could not be taken.
 */
public final class ExchangeViewModel {

    /** How many "not taken" lines the report shows before it counts the rest. */
    static final int SHOWN_NOT_TAKEN = 12;

    private final ExchangeFiles files;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ProjectView view;
    private final String projectName;
    private final Path projectFolder;

    public ExchangeViewModel(ExchangeFiles files, TaskRunner tasks, DialogService dialogs, ProjectView view,
                             String projectName, Path projectFolder) {
        this.files = files;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.view = view;
        this.projectName = projectName;
        this.projectFolder = projectFolder;
    }

    /** One item of File › Export for Other Tools ›: its id ({@code qdpx}), its text, what it does. */
    public record ExportChoice(String id, String text, Runnable action) {
    }

    public List<ExportChoice> exportChoices() {
        return Arrays.stream(ExchangeFormat.values())
                .map(f -> new ExportChoice(f.id(), f.description() + "…", () -> chooseAndExport(f))).toList();
    }

    public void chooseAndExport(ExchangeFormat format) {
        FileFilter filter = FileFilter.of(format.description(), "*." + format.extension());
        dialogs.chooseFileToSave("Export as " + format.description(), projectFolder, projectName + "." + format.extension(), filter)
                .ifPresent(out -> export(format, out));
    }

    public void export(ExchangeFormat format, Path out) {
        tasks.run("Exporting " + out.getFileName(), control -> {
            files.export(format, out, ExportScope.ALL);
            return out;
        }, done -> view.say("Exported as " + format.description() + " to " + done),
                failure -> dialogs.showError("Export failed", failure.getMessage()));
    }

    public void chooseAndImport() {
        // every format first, so a file of any of them shows without choosing its filter
        List<FileFilter> filters = new java.util.ArrayList<>();
        filters.add(FileFilter.of("Every format Newsmark reads from other tools", Arrays.stream(ExchangeFormat.values())
                .flatMap(f -> Arrays.stream(patterns(f))).distinct().toArray(String[]::new)));
        Arrays.stream(ExchangeFormat.values()).map(f -> FileFilter.of(f.description(), patterns(f))).forEach(filters::add);
        dialogs.chooseFileToOpen("Import from another tool", filters).ifPresent(this::importFile);
    }

    private static String[] patterns(ExchangeFormat f) {
        return switch (f) {
            case XMI -> new String[] {"*.zip", "*.xmi"};
            case WEB_ANNOTATION -> new String[] {"*.jsonld", "*.json"};
            default -> new String[] {"*." + f.extension()};
        };
    }

    public void importFile(Path file) {
        ExchangeFormat format = ExchangeFormat.byFileName(file).orElse(null);
        if (format == null) {
            dialogs.showError("Nothing was imported", file.getFileName() + " is not a file Newsmark imports from other tools"
                    + " (.qdpx, .qdc, .zip or .xmi, .jsonld or .json).");
            return;
        }
        tasks.run("Reading " + file.getFileName(), control -> files.read(format, file), read -> {
            Map<String, String> names = new HashMap<>();
            Set<String> taken = new HashSet<>(files.takenNames(read));
            for (String name : files.clashes(read)) {
                String chosen = AnalystNameQuestion.ask(dialogs, name, file,
                        ProjectMergeService.NameClashResolver.suffixWithFileName().newNameFor(name, file, taken), taken);
                if (chosen == null) {
                    view.say("Import cancelled: nothing was changed.");
                    return;
                }
                names.put(name, chosen);
                taken.add(chosen);
            }
            merge(file, format, read, names);
        }, this::failed);
    }

    private void merge(Path file, ExchangeFormat format, ExchangeRead read, Map<String, String> names) {
        tasks.run("Importing " + file.getFileName(), control -> files.importRead(format, read, file,
                (name, other, taken) -> names.getOrDefault(name, name)), result -> {
            if (result.isEmpty()) {
                view.say("Import cancelled: nothing was changed.");
                return;
            }
            view.projectChanged("Imported " + file.getFileName());
            dialogs.showInfo("Imported " + file.getFileName(), report(format, result.get()));
        }, this::failed);
    }

    static String report(ExchangeFormat format, ExchangeFiles.Imported imported) {
        MergeReport r = imported.merge();
        StringBuilder s = new StringBuilder(format.description() + ": " + r.counts() + ".");
        r.renamed().forEach((from, to) -> s.append("\n“").append(from).append("” is now “").append(to).append("”."));
        List<String> notTaken = imported.notTaken();
        if (!notTaken.isEmpty()) {
            s.append("\n\nNot taken:\n").append(notTaken.stream().limit(SHOWN_NOT_TAKEN).map(n -> "• " + n)
                    .collect(Collectors.joining("\n")));
            if (notTaken.size() > SHOWN_NOT_TAKEN) {
                s.append("\n… and ").append(notTaken.size() - SHOWN_NOT_TAKEN).append(" more.");
            }
        }
        return s.toString();
    }

    private void failed(Throwable failure) {
        dialogs.showError("Nothing was imported", failure.getMessage());
    }
}
