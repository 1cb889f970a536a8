package org.newsmark.ui.workbench;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.domain.Label;
import org.newsmark.domain.SelectionShaper;
import org.newsmark.domain.Span;
import org.newsmark.service.AnnotationChange;
import org.newsmark.service.AnnotationService;
import org.newsmark.service.DocumentService;
import org.newsmark.service.ProjectSession;

/**
 * State and actions of the main window, without a single Node: the open document, the analyst
 * whose tags are shown, the tags, the selection, and what the status bar says. Every action
 * goes through the services, which commit before they return.
 */
public final class WorkbenchViewModel {

    private final ProjectSession project;
    private final DocumentService documentService;
    private final AnnotationService annotationService;

    private final ObservableList<Label> labels = FXCollections.observableArrayList();
    private final ObservableList<DocumentSummary> documents = FXCollections.observableArrayList();
    private final ShownTags shownTags = new ShownTags();
    private final SaveStatus status;
    private final ObjectProperty<Document> document = new SimpleObjectProperty<>();
    private final ObjectProperty<Analyst> analyst = new SimpleObjectProperty<>();
    private final ObjectProperty<Analyst> shownAnalyst = new SimpleObjectProperty<>();
    private final ObjectProperty<Annotation> selected = new SimpleObjectProperty<>();
    private final StringProperty labelCounts = new SimpleStringProperty("");
    private final BooleanProperty snapToWords = new SimpleBooleanProperty(false);
    private final BooleanProperty canUndo = new SimpleBooleanProperty(false);
    private final BooleanProperty canRedo = new SimpleBooleanProperty(false);
    private final List<Consumer<AnnotationChange>> shownChanges = new CopyOnWriteArrayList<>();
    private final Map<Long, String> analystNames = new java.util.HashMap<>();

    public WorkbenchViewModel(ProjectSession project, Analyst analyst) {
        this.project = project;
        this.status = new SaveStatus(project.isReadOnly());
        this.documentService = project.documents();
        this.annotationService = project.annotations();
        this.analyst.set(analyst);
        this.shownAnalyst.set(analyst);
        labels.setAll(project.labels());
        annotationService.addListener(this::onCommitted);
        documentService.addListener(this::refreshDocuments);
        refreshDocuments();
    }

    // --- state ---------------------------------------------------------------

    public ProjectSession project() {
        return project;
    }

    public DocumentService documentService() {
        return documentService;
    }

    public AnnotationService annotationService() {
        return annotationService;
    }

    public ObservableList<Label> labels() {
        return labels;
    }

    public ObservableList<DocumentSummary> documents() {
        return documents;
    }

    /** The shown analyst's tags in the open document, in text order. */
    public ObservableList<Annotation> annotations() {
        return shownTags.list();
    }

    public ObjectProperty<Document> documentProperty() {
        return document;
    }

    public ObjectProperty<Analyst> analystProperty() {
        return analyst;
    }

    public ObjectProperty<Analyst> shownAnalystProperty() {
        return shownAnalyst;
    }

    public ObjectProperty<Annotation> selectedProperty() {
        return selected;
    }

    public StringProperty messageProperty() {
        return status.message();
    }

    public StringProperty saveStateProperty() {
        return status.saveState();
    }

    public StringProperty labelCountsProperty() {
        return labelCounts;
    }

    public BooleanProperty snapToWordsProperty() {
        return snapToWords;
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    public BooleanProperty canRedoProperty() {
        return canRedo;
    }

    /** True when the tags on screen are another analyst's (or the project is read-only): no edits. */
    public BooleanBinding readOnlyBinding() {
        return Bindings.createBooleanBinding(
                () -> project.isReadOnly() || shownAnalyst.get() == null || analyst.get() == null
                        || shownAnalyst.get().id() != analyst.get().id(), shownAnalyst, analyst);
    }

    /** Changes to the tags on screen, after they are committed: the editor restyles from these. */
    public void addShownChangeListener(Consumer<AnnotationChange> listener) {
        shownChanges.add(listener);
    }

    /** Where storage failures go (the view shows a dialog). */
    public void setErrorSink(Consumer<String> sink) {
        status.setErrorSink(sink);
    }

    public Optional<Label> labelForKey(String key) {
        return labels.stream().filter(l -> key.equals(l.key())).findFirst();
    }

    public Label labelOf(Annotation a) {
        return labels.stream().filter(l -> l.id() == a.labelId()).findFirst()
                .orElseThrow(() -> new IllegalStateException("label " + a.labelId() + " missing"));
    }

    /** Cached: table cells ask on every update; names never change, and an unknown id reloads the list. */
    public String analystName(long analystId) {
        String name = analystNames.get(analystId);
        if (name == null) {
            project.analysts().forEach(x -> analystNames.put(x.id(), x.name()));
            name = analystNames.getOrDefault(analystId, "?");
        }
        return name;
    }

    // --- actions -------------------------------------------------------------

    public void openDocument(long id) {
        documentService.find(id).ifPresent(d -> {
            selected.set(null);
            // the tags first: listeners of the document property show text and tags together
            shownTags.setAll(tagsOf(d, shownAnalyst.get()));
            document.set(d);
            refreshCounts();
            refreshHistory();
        });
    }

    /** Re-reads the open document's tags, e.g. after an import added some. */
    public void reloadCurrent() {
        Document d = document.get();
        if (d != null) {
            document.set(null);
            openDocument(d.id());
        }
    }

    /** Shows another analyst's tags read-only, or (with the current analyst) the editable layer again. */
    public void showLayerOf(Analyst other) {
        selected.set(null);
        shownTags.setAll(tagsOf(document.get(), other));
        shownAnalyst.set(other);
        refreshCounts();
        refreshHistory();
    }

    public void switchAnalyst(String name) {
        Analyst a = project.analyst(name.strip());
        analyst.set(a);
        showLayerOf(a);
        refreshDocuments();
    }

    /** Tags the selection {@code [begin, end)} with {@code label}; returns the new tag if one was made. */
    public Optional<Annotation> tag(Label label, int begin, int end) {
        Document d = document.get();
        if (d == null || !editable()) {
            return Optional.empty();
        }
        Optional<Span> span = SelectionShaper.shape(d.text(), begin, end, snapToWords.get());
        if (span.isEmpty()) {
            status.message().set("Select some text first, then press a label key.");
            return Optional.empty();
        }
        return attempt(() -> {
            Annotation a = annotationService.tag(d, analyst.get(), label, span.get());
            selected.set(a);
            status.message().set("Tagged as " + label.name() + ": " + excerpt(a, 60));
            return a;
        });
    }

    public void relabelSelected(Label label) {
        Annotation a = selected.get();
        if (a != null && editable() && a.labelId() != label.id()) {
            attempt(() -> {
                Annotation changed = annotationService.relabel(a, label);
                selected.set(changed);
                status.message().set("Changed to " + label.name());
                return changed;
            });
        }
    }

    public void deleteSelected() {
        Annotation a = selected.get();
        if (a != null && editable()) {
            attempt(() -> {
                annotationService.delete(a);
                selected.set(null);
                status.message().set("Deleted the " + labelOf(a).name() + " tag (Ctrl+Z brings it back)");
                return a;
            });
        }
    }

    public void setNote(Annotation a, String note) {
        if (editable() && !a.note().equals(note)) {
            attempt(() -> {
                Annotation changed = annotationService.setNote(a, note);
                if (selected.get() != null && selected.get().id() == a.id()) {
                    selected.set(changed);
                }
                return changed;
            });
        }
    }

    public void undo() {
        Document d = document.get();
        if (d != null && editable()) {
            attempt(() -> annotationService.undo(d.id(), analyst.get().id())
                    .map(c -> afterHistoryStep(c, "Undone")).orElse(null));
        }
    }

    public void redo() {
        Document d = document.get();
        if (d != null && editable()) {
            attempt(() -> annotationService.redo(d.id(), analyst.get().id())
                    .map(c -> afterHistoryStep(c, "Redone")).orElse(null));
        }
    }

    private Annotation afterHistoryStep(AnnotationChange c, String verb) {
        selected.set(c.after());
        status.message().set(verb);
        return c.after();
    }

    public String excerpt(Annotation a, int max) {
        Document d = document.get();
        if (d == null || a.end() > d.length()) {
            return "";
        }
        String t = a.span().textOf(d.text()).replace('\n', ' ');
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }

    /** After another project was merged in: labels, documents and the shown tags from the file again. */
    public void reloadProjectData() {
        labels.setAll(project.labels());
        refreshDocuments();
        reloadCurrent();
    }

    public void refreshDocuments() {
        Analyst a = analyst.get();
        documents.setAll(documentService.summaries(a == null ? null : a.id()));
    }

    // --- internals -----------------------------------------------------------

    private boolean editable() {
        return !readOnlyBinding().get();
    }

    private <T> Optional<T> attempt(java.util.function.Supplier<T> action) {
        return status.attempt(action);
    }

    private List<Annotation> tagsOf(Document d, Analyst shown) {
        return d == null || shown == null ? List.of() : annotationService.annotations(d.id(), shown.id());
    }

    private void onCommitted(AnnotationChange change) {
        Document d = document.get();
        Analyst shown = shownAnalyst.get();
        if (d == null || shown == null || change.documentId() != d.id() || change.analystId() != shown.id()) {
            return;
        }
        // the table may move its selection while rows change: the selected tag stays selected
        Annotation keep = selected.get();
        shownTags.apply(change);
        if (keep != null) {
            boolean removed = change.after() == null && change.before().id() == keep.id();
            boolean updated = change.after() != null && change.after().id() == keep.id();
            selected.set(removed ? null : updated ? change.after() : keep);
        }
        shownChanges.forEach(l -> l.accept(change));
        refreshCounts();
        refreshHistory();
        if (change.before() == null || change.after() == null) {
            updateDocumentCount(d.id(), change.after() == null ? -1 : 1);
        }
    }

    private void updateDocumentCount(long documentId, int delta) {
        for (int i = 0; i < documents.size(); i++) {
            DocumentSummary s = documents.get(i);
            if (s.id() == documentId) {
                documents.set(i, new DocumentSummary(s.id(), s.title(), s.sha256(), s.length(), s.annotationCount() + delta));
            }
        }
    }

    private void refreshCounts() {
        labelCounts.set(shownTags.countsText(labels));
    }

    private void refreshHistory() {
        Document d = document.get();
        Analyst a = analyst.get();
        canUndo.set(d != null && a != null && annotationService.canUndo(d.id(), a.id()));
        canRedo.set(d != null && a != null && annotationService.canRedo(d.id(), a.id()));
    }
}
