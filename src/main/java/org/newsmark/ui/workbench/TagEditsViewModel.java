package org.newsmark.ui.workbench;

import java.util.Optional;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.SelectionShaper;
import org.newsmark.domain.Span;
import org.newsmark.service.AnnotationChange;
import org.newsmark.service.AnnotationService;
import org.newsmark.ui.common.DialogService;
import org.newsmark.ui.common.SaveStatusViewModel;

/**
 * The edits of the workbench on the analyst's own layer: tag, relabel, delete, note, undo,
 * redo. Each is one committed service call run through the save status; what is shown changes
 * when the service announces the commit (WorkbenchViewModel.onCommitted), not here.
 */
final class TagEditsViewModel {

    private final WorkbenchViewModel vm;
    private final AnnotationService service;
    private final SaveStatusViewModel status;
    private final DialogService dialogs;

    TagEditsViewModel(WorkbenchViewModel vm, AnnotationService service, SaveStatusViewModel status, DialogService dialogs) {
        this.vm = vm;
        this.service = service;
        this.status = status;
        this.dialogs = dialogs;
    }

    /** Tags the selection {@code [begin, end)} with {@code label}; returns the new tag if one was made. */
    Optional<Annotation> tag(Label label, int begin, int end) {
        Document d = vm.documentProperty().get();
        if (d == null || refusedAsReadOnly()) {
            return Optional.empty();
        }
        Optional<Span> span = SelectionShaper.shape(d.text(), begin, end, vm.snapToWordsProperty().get());
        if (span.isEmpty()) {
            status.message().set("Select some text first, then press a label key.");
            return Optional.empty();
        }
        return status.attempt(() -> {
            Annotation a = service.tag(d, vm.analystProperty().get(), label, span.get());
            vm.selectedProperty().set(a);
            status.message().set("Tagged as " + label.name() + ": " + vm.excerpt(a, 60));
            return a;
        });
    }

    void relabelSelected(Label label) {
        Annotation a = vm.selectedProperty().get();
        if (a != null && !refusedAsReadOnly() && a.labelId() != label.id()) {
            status.attempt(() -> {
                Annotation changed = service.relabel(a, label);
                vm.selectedProperty().set(changed);
                status.message().set("Changed to " + label.name());
                return changed;
            });
        }
    }

    void deleteSelected() {
        Annotation a = vm.selectedProperty().get();
        if (a != null && !vm.readOnlyBinding().get()) {
            status.attempt(() -> {
                service.delete(a);
                vm.selectedProperty().set(null);
                status.message().set("Deleted the " + vm.labelOf(a).name() + " tag (Ctrl+Z brings it back)");
                return a;
            });
        }
    }

    void setNote(Annotation a, String note) {
        if (!vm.readOnlyBinding().get() && !a.note().equals(note)) {
            status.attempt(() -> {
                Annotation changed = service.setNote(a, note);
                if (vm.selectedProperty().get() != null && vm.selectedProperty().get().id() == a.id()) {
                    vm.selectedProperty().set(changed);
                }
                return changed;
            });
        }
    }

    /** F2: asks for the selected tag's note. */
    void editSelectedNote() {
        Annotation a = vm.selectedProperty().get();
        if (a != null && !vm.readOnlyBinding().get()) {
            dialogs.askLongText("Note", vm.labelOf(a).name() + ": " + vm.excerpt(a, 60), a.note()).ifPresent(n -> setNote(a, n));
        }
    }

    void undo() {
        Document d = vm.documentProperty().get();
        if (d != null && !vm.readOnlyBinding().get()) {
            long analyst = vm.analystProperty().get().id();
            boolean step = service.canUndo(d.id(), analyst);
            status.attempt(() -> service.undo(d.id(), analyst).map(c -> afterHistoryStep(c, "Undone"))
                    .orElseGet(() -> said(step, "Undone")));
        }
    }

    void redo() {
        Document d = vm.documentProperty().get();
        if (d != null && !vm.readOnlyBinding().get()) {
            long analyst = vm.analystProperty().get().id();
            boolean step = service.canRedo(d.id(), analyst);
            status.attempt(() -> service.redo(d.id(), analyst).map(c -> afterHistoryStep(c, "Redone"))
                    .orElseGet(() -> said(step, "Redone")));
        }
    }

    /** A step that changed no tag (an article code, a rejection) still says it was taken back. */
    private Annotation said(boolean step, String verb) {
        if (step) {
            status.message().set(verb);
        }
        return null;
    }

    private Annotation afterHistoryStep(AnnotationChange c, String verb) {
        vm.selectedProperty().set(c.after());
        status.message().set(verb);
        return c.after();
    }

    /** For the label keys, which are not disabled like the buttons: when nothing can be edited, says why. */
    private boolean refusedAsReadOnly() {
        if (!vm.readOnlyBinding().get()) {
            return false;
        }
        var shown = vm.shownAnalystProperty().get();
        status.message().set(vm.isProjectReadOnly() ? "This project is open read-only: " + vm.projectReadOnlyReason().orElse("") + "."
                : "Showing " + (shown == null ? "another analyst" : shown.name()) + "'s tags, read-only. Analyst › Show My Tags to edit.");
        return true;
    }
}
