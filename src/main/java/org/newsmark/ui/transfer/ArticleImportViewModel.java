package org.newsmark.ui.transfer;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newsmark.io.ImportException;
import org.newsmark.io.article.ArticleText;
import org.newsmark.io.article.ImportedArticle;
import org.newsmark.service.ArticleImportService;
import org.newsmark.service.DocumentService;
import org.newsmark.domain.TaskControl;
import org.newsmark.ui.common.DialogService;
import org.newsmark.ui.common.FileFilter;
import org.newsmark.ui.common.TaskRunner;

/**
 * File › Import Article…, drag and drop, and Edit › Paste as New Article. All files are read in
 * the background first; a plain-text file that is not valid UTF-8 is not guessed at: the analyst
 * names its encoding. Then every article is added in one transaction, or none is.
 */
public final class ArticleImportViewModel {

    static final List<String> ENCODINGS = List.of("windows-1252", "ISO-8859-1", "ISO-8859-15", "UTF-16LE", "UTF-16BE");
    static final List<FileFilter> ARTICLES = List.of(
            FileFilter.of("Articles (text, HTML, Word, PDF)", "*.txt", "*.html", "*.htm", "*.docx", "*.pdf"),
            FileFilter.of("All files", "*.*"));

    private final ArticleImportService importer;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ProjectView view;
    /** Offers a file with the url of an article already there as its new version; none until given. */
    private NewVersionViewModel newVersions;

    public static final String AS_NEW_VERSION = "A new version of that article (its tags carried over)";
    public static final String AS_SEPARATE = "A separate article";

    public ArticleImportViewModel(ArticleImportService importer, TaskRunner tasks, DialogService dialogs, ProjectView view) {
        this.importer = importer;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.view = view;
    }

    /** From now on, one file whose url an article already has is offered as that article's new version. */
    public void useNewVersions(NewVersionViewModel versions) {
        this.newVersions = versions;
    }

    public void chooseAndImport() {
        List<Path> files = dialogs.chooseFilesToOpen("Import articles", ARTICLES);
        if (!files.isEmpty()) {
            importFiles(files);
        }
    }

    public void importFiles(List<Path> files) {
        importFiles(files, () -> { });
    }

    /** As {@link #importFiles(List)}, then runs {@code afterwards} on the UI thread when articles were added. */
    public void importFiles(List<Path> files, Runnable afterwards) {
        read(files, Map.of(), afterwards);
    }

    private void read(List<Path> files, Map<Path, Charset> encodings, Runnable afterwards) {
        tasks.run("Reading " + what(files), control -> importer.read(files, encodings, Optional.empty(), control), batch -> {
            if (!batch.problems().isEmpty()) {
                dialogs.showError(files.size() == 1 ? "The article was not imported" : "Nothing was imported",
                        batch.problems().stream().map(ImportException::getMessage).collect(Collectors.joining("\n"))
                                + (files.size() == 1 ? "" : "\n\nNone of the " + files.size() + " files was added."));
                return;
            }
            if (!batch.needEncoding().isEmpty()) {
                Map<Path, Charset> chosen = new HashMap<>(encodings);
                for (Path f : batch.needEncoding()) {
                    Optional<Charset> cs = askEncoding(f);
                    if (cs.isEmpty()) {
                        view.say("Import cancelled: nothing was added.");
                        return;
                    }
                    chosen.put(f, cs.get());
                }
                read(files, chosen, afterwards);
                return;
            }
            if (offeredAsNewVersion(batch.articles(), files)) {
                return;
            }
            add(batch.articles(), files, afterwards);
        }, failure -> failed(failure, files.size()));
    }

    /** One file with the url of a current article (and other text): asked whether it is that article's new version. */
    private boolean offeredAsNewVersion(List<ImportedArticle> articles, List<Path> files) {
        if (newVersions == null || articles.size() != 1) {
            return false;
        }
        ImportedArticle a = articles.get(0);
        Optional<org.newsmark.domain.Document> same = newVersions.sameUrl(a);
        if (same.isEmpty() || same.get().sha256().equals(org.newsmark.domain.TextHash.sha256(a.text()))) {
            return false;
        }
        Optional<String> answer = dialogs.choose("Newsmark", "\u201c" + same.get().title() + "\u201d in this project has the"
                + " address " + a.metadata().url() + " too.", "Import " + files.get(0).getFileName() + " as:",
                List.of(AS_NEW_VERSION, AS_SEPARATE), AS_NEW_VERSION);
        if (answer.isEmpty()) {
            view.say("Import cancelled: nothing was added.");
            return true;
        }
        if (answer.get().equals(AS_NEW_VERSION)) {
            newVersions.planAndConfirm(same.get(), a);
            return true;
        }
        return false;
    }

    private void add(List<ImportedArticle> articles, List<Path> files, Runnable afterwards) {
        add(articles, files, afterwards, false);
    }

    private void add(List<ImportedArticle> articles, List<Path> files, Runnable afterwards, boolean pasted) {
        tasks.run(pasted ? "Adding the pasted article" : "Adding " + what(files), control -> importer.addAll(articles, files), results -> {
            DocumentService.AddResult last = results.get(results.size() - 1);
            long added = results.stream().filter(DocumentService.AddResult::added).count();
            String title = "\u201c" + last.document().title() + "\u201d";
            view.articlesAdded(last.document().id(), pasted
                    ? (last.added() ? "Pasted as a new article: " + title : "The pasted text is already in the project: " + title)
                    : results.size() == 1
                    ? (last.added() ? "Imported " + last.document().title() : last.document().title() + " is already in the project (same text)")
                    : "Imported " + added + " of " + results.size() + " articles" + (added < results.size() ? " (the others were already there)" : ""));
            afterwards.run();
        }, failure -> failed(failure, files.size()));
    }

    private Optional<Charset> askEncoding(Path file) {
        return dialogs.choose("Newsmark", file.getFileName() + " is not valid UTF-8 text.",
                "Import it in this encoding (check the text afterwards):", ENCODINGS, ENCODINGS.get(0)).map(Charset::forName);
    }

    /** Edit › Paste as New Article: the clipboard's text as an article of its own. */
    public void pasteAsArticle(String text) {
        if (text == null || text.isBlank()) {
            dialogs.showError("Nothing to paste", "The clipboard holds no text.");
            return;
        }
        String normalised = ArticleText.normaliseLineEnds(text.startsWith("\uFEFF") ? text.substring(1) : text);
        ImportedArticle article = new ImportedArticle(ArticleText.titleFrom(normalised, "Pasted article"), "clipboard", normalised);
        add(List.of(article), List.of(Path.of("clipboard")), () -> { }, true);
    }

    private void failed(Throwable failure, int files) {
        if (failure instanceof TaskControl.CancelledException) {
            view.say("Import cancelled: nothing was added.");
            return;
        }
        String m = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        dialogs.showError(files == 1 ? "The article was not imported" : "Nothing was imported", m);
    }

    private static String what(List<Path> files) {
        return files.size() == 1 ? String.valueOf(files.get(0).getFileName()) : files.size() + " articles";
    }
}
