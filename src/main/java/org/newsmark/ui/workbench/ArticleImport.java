package org.newsmark.ui.workbench;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.newsmark.io.ImportException;
import org.newsmark.io.article.ArticleText;
import org.newsmark.service.AnnotationConflictException;
import org.newsmark.service.ArticleImportService;
import org.newsmark.service.DocumentService;
import org.newsmark.service.port.NotSavedException;
import org.newsmark.ui.tasks.BackgroundWork;

/**
 * File › Import article…, drag and drop, and Edit › Paste as new article. Files are read in the
 * background; a plain-text file that is not valid UTF-8 is not guessed at: the analyst is asked
 * which encoding it is in.
 */
public final class ArticleImport {

    private static final List<String> ENCODINGS = List.of("windows-1252", "ISO-8859-1", "ISO-8859-15", "UTF-16LE", "UTF-16BE");

    private final WorkbenchViewModel vm;
    private final Supplier<Window> window;

    /** The result of importing a list of files: what was added, what needs an encoding, what failed. */
    private record Outcome(DocumentService.AddResult last, List<Path> needEncoding, List<String> problems, int added) {
    }

    ArticleImport(WorkbenchViewModel vm, Supplier<Window> window) {
        this.vm = vm;
        this.window = window;
    }

    void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import article");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Articles (text, HTML, Word, PDF)", "*.txt", "*.html", "*.htm", "*.docx", "*.pdf"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<java.io.File> files = chooser.showOpenMultipleDialog(window.get());
        if (files != null) {
            importFiles(files.stream().map(java.io.File::toPath).toList());
        }
    }

    /** Imports each file in the background; opens the last one imported. One file's problem does not stop the others. */
    public void importFiles(List<Path> files) {
        importFiles(files, Optional.empty(), () -> { });
    }

    /** As {@link #importFiles(List)}, then runs {@code afterwards} on the JavaFX thread. */
    public void importFiles(List<Path> files, Runnable afterwards) {
        importFiles(files, Optional.empty(), afterwards);
    }

    private void importFiles(List<Path> files, Optional<Charset> encoding, Runnable afterwards) {
        ArticleImportService importer = vm.project().articleImports();
        BackgroundWork.run(window.get(), "Importing " + (files.size() == 1 ? files.get(0).getFileName() : files.size() + " articles"),
                control -> {
                    DocumentService.AddResult last = null;
                    List<Path> needEncoding = new ArrayList<>();
                    List<String> problems = new ArrayList<>();
                    int added = 0;
                    for (int i = 0; i < files.size(); i++) {
                        control.checkCancelled();
                        try {
                            last = importer.importFile(files.get(i), encoding);
                            added += last.added() ? 1 : 0;
                        } catch (ImportException e) {
                            if (encoding.isEmpty() && ArticleImportService.isEncodingProblem(e)) {
                                needEncoding.add(files.get(i));
                            } else {
                                problems.add(e.getMessage());
                            }
                        } catch (AnnotationConflictException | NotSavedException e) {
                            problems.add(files.get(i).getFileName() + ": " + e.getMessage());
                        }
                        control.progress(i + 1, files.size());
                    }
                    return new Outcome(last, needEncoding, problems, added);
                },
                outcome -> {
                    finish(outcome);
                    afterwards.run();
                },
                failure -> Dialogs.error(window.get(), "Import stopped", failure.getMessage()));
    }

    private void finish(Outcome outcome) {
        if (outcome.last() != null) {
            vm.refreshDocuments();
            vm.openDocument(outcome.last().document().id());
            vm.messageProperty().set(outcome.last().added() ? "Imported " + outcome.last().document().title()
                    : outcome.last().document().title() + " is already in the project (same text)");
        }
        if (!outcome.problems().isEmpty()) {
            Dialogs.error(window.get(), outcome.problems().size() == 1 ? "A file was not imported" : "Some files were not imported",
                    String.join("\n", outcome.problems()));
        }
        for (Path f : outcome.needEncoding()) {
            askEncoding(f).ifPresent(cs -> importFiles(List.of(f), Optional.of(cs), () -> { }));
        }
    }

    private Optional<Charset> askEncoding(Path file) {
        ChoiceDialog<String> d = new ChoiceDialog<>(ENCODINGS.get(0), ENCODINGS);
        d.initOwner(window.get());
        d.setTitle("Newsmark");
        d.setHeaderText(file.getFileName() + " is not valid UTF-8 text.");
        d.setContentText("Import it in this encoding (check the text afterwards):");
        return d.showAndWait().map(Charset::forName);
    }

    void importPastedText(String text) {
        if (text == null || text.isBlank()) {
            Dialogs.error(window.get(), "Nothing to paste", "The clipboard holds no text.");
            return;
        }
        String normalised = ArticleText.normaliseLineEnds(text.startsWith("\uFEFF") ? text.substring(1) : text);
        try {
            var r = vm.documentService().add(ArticleText.titleFrom(normalised, "Pasted article"), "clipboard", normalised);
            vm.openDocument(r.document().id());
        } catch (AnnotationConflictException | NotSavedException e) {
            Dialogs.error(window.get(), "The article was not added", e.getMessage());
        }
    }
}
