package org.newsmark.ui.workbench;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.service.DocumentService;
import org.newsmark.ui.common.DialogService;
import org.newsmark.ui.common.SaveStatusViewModel;

/**
 * Renaming and deleting articles (File › Rename Article…, File › Delete Article…, the article
 * list's menu, F2 and Delete there). A delete asks first, naming how many tags of how many
 * analysts go with the article; it can be taken back with File › Undo Delete Article while the
 * project stays open (docs/decisions/0015-deleting-articles.md).
 */
public final class ArticlesViewModel {

    private final WorkbenchViewModel vm;
    private final DocumentService documents;
    private final SaveStatusViewModel status;
    private final DialogService dialogs;
    private final Deque<DocumentService.DeletedArticle> deleted = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canRestore = new ReadOnlyBooleanWrapper(false);

    ArticlesViewModel(WorkbenchViewModel vm, DocumentService documents, SaveStatusViewModel status, DialogService dialogs) {
        this.vm = vm;
        this.documents = documents;
        this.status = status;
        this.dialogs = dialogs;
    }

    /** True while an article deleted in this session can be put back. */
    public ReadOnlyBooleanProperty canRestoreProperty() {
        return canRestore.getReadOnlyProperty();
    }

    /** The open article, for the menu items that act on it. */
    private Optional<Long> current() {
        Document d = vm.documentProperty().get();
        return d == null ? Optional.empty() : Optional.of(d.id());
    }

    public void renameCurrent() {
        current().ifPresent(this::rename);
    }

    public void deleteCurrent() {
        current().ifPresent(this::delete);
    }

    /** Asks for a new title (the old one filled in and named), then renames. */
    public void rename(long id) {
        Optional<DocumentSummary> s = summary(id);
        if (s.isEmpty()) {
            return;
        }
        String old = s.get().title();
        dialogs.askText("Rename article", "Rename \u201c" + shortened(old) + "\u201d", "New title:", old,
                        t -> DocumentService.cleanTitle(t).isEmpty() ? "An article needs a title." : null)
                .filter(t -> !DocumentService.cleanTitle(t).equals(old))
                .flatMap(t -> status.attempt(() -> documents.rename(id, t)))
                .ifPresent(d -> {
                    vm.refreshDocuments();
                    status.message().set("Renamed \u201c" + old + "\u201d to \u201c" + d.title() + "\u201d.");
                });
    }

    /** Asks (naming the tags that go with it), then deletes the article and every analyst's tags in it. */
    public void delete(long id) {
        Optional<DocumentService.DeletedArticle> what = documents.preview(id);
        if (what.isEmpty()) {
            return;
        }
        String title = what.get().document().title();
        boolean undoable = documents.canRestoreDeleted();
        String message = (what.get().tags().isEmpty() ? "It has no tags."
                : "Its " + tagsOf(what.get()) + " are deleted with it.")
                + (undoable ? " File \u203a Undo Delete Article brings it back until the project is closed."
                : " This is a team project: everyone's work on the article goes, and it cannot be undone.");
        if (!dialogs.confirm("Delete article", "Delete \u201c" + shortened(title) + "\u201d?", message, "Delete")) {
            return;
        }
        int at = indexOf(id);
        status.attempt(() -> documents.delete(id)).ifPresent(gone -> {
            if (undoable) {
                deleted.push(gone);
                canRestore.set(true);
            }
            vm.refreshDocuments();
            boolean wasOpen = current().filter(c -> c == id).isPresent();
            if (wasOpen) {
                vm.showNoDocument();
                if (!vm.documents().isEmpty()) {
                    vm.openDocument(vm.documents().get(Math.min(Math.max(at, 0), vm.documents().size() - 1)).id());
                }
            }
            status.message().set("Deleted \u201c" + title + "\u201d"
                    + (gone.tags().isEmpty() ? "" : " and its " + tagsOf(gone)) + "."
                    + (undoable ? " File \u203a Undo Delete Article brings it back." : ""));
        });
    }

    /** Puts the last deleted article back, with its tags, and opens it. */
    public void restoreDeleted() {
        DocumentService.DeletedArticle last = deleted.peek();
        if (last == null) {
            return;
        }
        status.attempt(() -> documents.restore(last)).ifPresent(d -> {
            deleted.pop();
            canRestore.set(!deleted.isEmpty());
            vm.refreshDocuments();
            vm.openDocument(d.id());
            status.message().set("Restored \u201c" + d.title() + "\u201d"
                    + (last.tags().isEmpty() ? "" : " with its " + tagsOf(last)) + ".");
        });
    }

    /** A title as a dialog's header names it: at most 60 characters, so that a long one does not widen the dialog off the screen. */
    static String shortened(String title) {
        return title.length() <= 60 ? title : title.substring(0, Character.isHighSurrogate(title.charAt(58)) ? 58 : 59).strip() + "\u2026";
    }

    /** "19 tags of 2 analysts", "1 tag of 1 analyst". */
    static String tagsOf(DocumentService.DeletedArticle a) {
        int n = a.tags().size();
        long analysts = a.analystCount();
        return n + (n == 1 ? " tag" : " tags") + " of " + analysts + (analysts == 1 ? " analyst" : " analysts");
    }

    private Optional<DocumentSummary> summary(long id) {
        return vm.documents().stream().filter(d -> d.id() == id).findFirst();
    }

    private int indexOf(long id) {
        for (int i = 0; i < vm.documents().size(); i++) {
            if (vm.documents().get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }
}
