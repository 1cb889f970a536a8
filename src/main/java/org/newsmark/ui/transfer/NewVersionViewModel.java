package org.newsmark.ui.transfer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.newsmark.domain.Document;
import org.newsmark.domain.TaskControl;
import org.newsmark.io.article.ImportedArticle;
import org.newsmark.service.ArticleImportService;
import org.newsmark.service.ArticleVersionService;
import org.newsmark.ui.common.DialogService;
import org.newsmark.ui.common.FileFilter;
import org.newsmark.ui.common.TaskRunner;

/**
 * File › Import New Version of This Article…, and the same when an imported file has the url of
 * an article already there: the file is read and the plan made in the background, the plan
 * (kept, moved, to review) is shown before anything is written, then applied in one step. Right
 * after, Edit › Undo takes the whole new version back ({@link #canUndo}); File › Undo New Version
 * does so later too.
 */
public final class NewVersionViewModel {

    static final List<FileFilter> ARTICLES = List.of(
            FileFilter.of("Articles (text, HTML, Word, PDF)", "*.txt", "*.html", "*.htm", "*.docx", "*.pdf"),
            FileFilter.of("All files", "*.*"));
    public static final String APPLY = "Import New Version";
    public static final String UNDO = "Undo New Version";

    private final ArticleVersionService versions;
    private final ArticleImportService importer;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ProjectView view;
    /** The new version just imported, while Edit › Undo takes it back; null when none is. */
    private final ObjectProperty<Document> justImported = new SimpleObjectProperty<>();
    /** A new version whose review list should be shown (the window opens it). */
    private final ObjectProperty<Document> reviewWanted = new SimpleObjectProperty<>();

    public NewVersionViewModel(ArticleVersionService versions, ArticleImportService importer, TaskRunner tasks,
                               DialogService dialogs, ProjectView view) {
        this.versions = versions;
        this.importer = importer;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.view = view;
    }

    public ObjectProperty<Document> justImportedProperty() {
        return justImported;
    }

    public ObjectProperty<Document> reviewWantedProperty() {
        return reviewWanted;
    }

    public void chooseAndImport(Document current) {
        if (current == null) {
            dialogs.showError("No article open", "Open the article the file is a new version of first.");
            return;
        }
        dialogs.chooseFileToOpen("New version of \u201c" + current.title() + "\u201d", ARTICLES).ifPresent(f -> importFile(current, f));
    }

    /** Reads {@code file} in the background, then shows the plan for it as the new version of {@code current}. */
    public void importFile(Document current, Path file) {
        tasks.run("Reading " + file.getFileName(), control -> importer.readOne(file, Optional.empty()),
                article -> planAndConfirm(current, article), this::failed);
    }

    /** The current article with the same url as {@code article}, if any: the import offers to make it a new version. */
    public Optional<Document> sameUrl(ImportedArticle article) {
        return versions.currentWithUrl(article.metadata().url());
    }

    /** Plans in the background, shows the plan and applies it when the analyst says so. */
    public void planAndConfirm(Document target, ImportedArticle article) {
        tasks.run("Matching the tags of \u201c" + target.title() + "\u201d", control -> versions.plan(target.id(), article), plan -> {
            if (!dialogs.confirm("Newsmark", "New version of \u201c" + target.title() + "\u201d", planText(plan), APPLY)) {
                view.say("Nothing was imported.");
                return;
            }
            tasks.run("Importing the new version", control -> versions.apply(plan), done -> {
                justImported.set(done.document());
                view.articlesAdded(done.document().id(), "New version of \u201c" + target.title() + "\u201d: " + plan.summary()
                        + (plan.toReview().isEmpty() ? "." : ". Tags to review: File \u203a Review Tags Not Carried Over\u2026"));
                if (!plan.toReview().isEmpty()) {
                    reviewWanted.set(done.document());
                }
            }, this::failed);
        }, this::failed);
    }

    /** Whether Edit › Undo now takes back the new version {@code documentId} (nothing else was imported since). */
    public boolean canUndo(long documentId) {
        return justImported.get() != null && justImported.get().id() == documentId;
    }

    /** The version {@code documentId} replaced (the latest of them), if it replaced one. */
    public Optional<Document> earlierVersionOf(long documentId) {
        return versions.earlierVersions(documentId).stream().findFirst();
    }

    /** The current version of an earlier version, empty for a current article. */
    public Optional<Document> currentVersionOf(long documentId) {
        return versions.currentVersionOf(documentId);
    }

    /** Whether {@code documentId} is a new version that File › Undo New Version can take back. */
    public boolean isNewVersion(long documentId) {
        return !versions.earlierVersions(documentId).isEmpty();
    }

    /** Asks, then takes back the new version {@code current} whole; the old version opens again. */
    public void undo(Document current) {
        if (current == null || !isNewVersion(current.id())) {
            view.say("The open article is not a new version of another.");
            return;
        }
        Document old = versions.earlierVersions(current.id()).get(0);
        if (!dialogs.confirm("Newsmark", "Undo the new version of \u201c" + old.title() + "\u201d?",
                "The new version and every tag in it go, placed ones too; \u201c" + old.title() + "\u201d returns as it was"
                        + " before the import, with all its tags.", UNDO)) {
            return;
        }
        tasks.run("Undoing the new version", control -> {
            versions.undo(current.id());
            return old;
        }, back -> {
            justImported.set(null);
            view.articlesAdded(back.id(), "Undone: the new version is gone and \u201c" + back.title() + "\u201d is back.");
        }, this::failed);
    }

    /** The plan in words: the counts, then each tag that would go to the review list. */
    static String planText(ArticleVersionService.ReanchorPlan plan) {
        String text = plan.oldVersion().text();
        String review = plan.toReview().stream().map(t -> "  " + t.outcome().name().toLowerCase(java.util.Locale.ROOT) + ": \u201c"
                + ReviewListViewModel.oneLine(t.tag().span().textOf(text), 60) + "\u201d").collect(Collectors.joining("\n"));
        return plan.summary() + "."
                + (review.isEmpty() ? "" : "\n\nTo review (placed by hand or dismissed later; nothing is lost):\n" + review)
                + "\n\nThe old version is kept whole and leaves the article list.";
    }

    private void failed(Throwable failure) {
        if (failure instanceof TaskControl.CancelledException) {
            view.say("Nothing was imported.");
            return;
        }
        dialogs.showError("The new version was not imported",
                failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
    }
}
