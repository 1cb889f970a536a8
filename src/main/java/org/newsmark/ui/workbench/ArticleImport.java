package org.newsmark.ui.workbench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.newsmark.service.AnnotationConflictException;
import org.newsmark.service.ArticleFiles;
import org.newsmark.service.DocumentService;
import org.newsmark.storage.StorageException;

/** File › Import article…, drag and drop, and Edit › Paste as new article. */
public final class ArticleImport {

    private final WorkbenchViewModel vm;
    private final Supplier<Window> window;

    ArticleImport(WorkbenchViewModel vm, Supplier<Window> window) {
        this.vm = vm;
        this.window = window;
    }

    void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import article");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Articles", "*.txt", "*.html", "*.htm", "*.docx", "*.pdf"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<java.io.File> files = chooser.showOpenMultipleDialog(window.get());
        if (files != null) {
            importFiles(files.stream().map(java.io.File::toPath).toList());
        }
    }

    /** Imports each file; opens the last one imported. Problems are reported per file, the rest go on. */
    public void importFiles(List<Path> files) {
        DocumentService.AddResult last = null;
        StringBuilder problems = new StringBuilder();
        for (Path f : files) {
            try {
                ArticleFiles.Article article = ArticleFiles.read(f);
                last = vm.documentService().add(article.title(), article.sourceName(), article.text());
                if (!last.added()) {
                    vm.messageProperty().set(f.getFileName() + " is already in the project (same text).");
                }
            } catch (IOException | AnnotationConflictException | StorageException e) {
                problems.append(e.getMessage()).append('\n');
            }
        }
        if (last != null) {
            vm.openDocument(last.document().id());
        }
        if (!problems.isEmpty()) {
            Dialogs.error(window.get(), "Some files were not imported", problems.toString().strip());
        }
    }

    void importPastedText(String text) {
        if (text == null || text.isBlank()) {
            Dialogs.error(window.get(), "Nothing to paste", "The clipboard holds no text.");
            return;
        }
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        try {
            var r = vm.documentService().add(ArticleFiles.titleOf(normalised, "Pasted article"), "clipboard", normalised);
            vm.openDocument(r.document().id());
        } catch (AnnotationConflictException | StorageException e) {
            Dialogs.error(window.get(), "The article was not added", e.getMessage());
        }
    }
}
