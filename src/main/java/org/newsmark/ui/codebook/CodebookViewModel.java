package org.newsmark.ui.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.DefaultCodebook;
import org.newsmark.domain.Label;
import org.newsmark.service.CodebookService;
import org.newsmark.ui.common.DialogService;
import org.newsmark.ui.common.SaveStatusViewModel;

/**
 * The codebook editor's state and actions, without a Node: the labels in toolbar order (retired
 * ones too), the selected one's fields ({@link LabelFieldsViewModel}) and attributes, and what the
 * dialog says. Every change goes to {@link CodebookService} at once, through
 * {@link SaveStatusViewModel#attempt}; a refusal is shown in {@link #messageProperty} and
 * changes nothing. See docs/decisions/0017-codebook-editor.md.
 */
public final class CodebookViewModel {

    private final CodebookService codebook;
    private final DialogService dialogs;
    private final SaveStatusViewModel status;
    private final ObservableList<Label> labels = FXCollections.observableArrayList();
    private final ObjectProperty<Label> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final LabelFieldsViewModel fields = new LabelFieldsViewModel(this);
    private final AttributesViewModel attributes;
    private final LinkTypesViewModel links;

    public CodebookViewModel(CodebookService codebook, DialogService dialogs, SaveStatusViewModel status) {
        this.codebook = codebook;
        this.dialogs = dialogs;
        this.status = status;
        this.attributes = new AttributesViewModel(codebook, dialogs, status, message);
        this.links = new LinkTypesViewModel(codebook, dialogs, status, message, () -> canUndo.set(codebook.canUndo()));
        reload(null);
    }

    public ObservableList<Label> labels() { return labels; }
    /** The selected label's attributes. */
    public AttributesViewModel attributes() { return attributes; }
    /** The link types (the Links section). */
    public LinkTypesViewModel links() { return links; }
    public ObjectProperty<Label> selectedProperty() { return selected; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty canUndoProperty() { return canUndo; }
    public LabelFieldsViewModel fields() { return fields; }

    /** How the list names a label: retired ones say so. */
    public static String display(Label l) {
        return (l.key() == null ? "" : l.key() + "  ") + l.name() + (l.retired() ? " (retired)" : "");
    }

    public void select(Label l) {
        selected.set(l);
        fields.load(l);
        attributes.show(l == null ? null : l.id());
    }

    /**
     * Writes the selected label changed by {@code edit}; nothing when it is the same. A refused
     * change puts the fields back and says why; returns false then.
     */
    boolean change(UnaryOperator<Label> edit, String done) {
        Label now = selected.get() == null ? null : codebook.codebook().label(selected.get().id()).orElse(null);
        if (now == null || edit.apply(now).equals(now)) {
            return true;
        }
        Optional<Label> saved = status.attempt(() -> codebook.update(edit.apply(now)), message::set);
        reload(now.id());
        saved.ifPresent(l -> message.set(done.replace("%s", l.name()) + " Ctrl+Z takes it back."));
        return saved.isPresent();
    }

    public void addLabel() {
        List<String> names = labels.stream().map(Label::name).toList();
        dialogs.askText("New label", "Add a label to the codebook", "Name", "",
                t -> t.isBlank() ? "A label needs a name." : names.contains(t.strip()) ? "There is a label of that name." : null)
                .flatMap(name -> status.attempt(() -> codebook.addLabel(name, freeColor(), freeKey(), ""), message::set))
                .ifPresent(l -> {
                    reload(l.id());
                    message.set("Added " + l.name() + (l.key() == null ? " (no key left)" : " with key " + l.key()) + ".");
                });
    }

    public void moveUp() { move(-1); }
    public void moveDown() { move(1); }

    private void move(int by) {
        Label l = selected.get();
        int i = l == null ? -1 : indexOf(l.id());
        if (i < 0 || i + by < 0 || i + by >= labels.size()) {
            return;
        }
        List<Long> ids = new ArrayList<>(labels.stream().map(Label::id).toList());
        java.util.Collections.swap(ids, i, i + by);
        status.attempt(() -> {
            codebook.reorder(ids);
            return true;
        }, message::set).ifPresent(x -> message.set("Moved " + l.name() + (by < 0 ? " up." : " down.")));
        reload(l.id());
    }

    /** Retires the selected label (its tags stay, it leaves the toolbar and gives up its key) or restores it. */
    public void toggleRetired() {
        Label l = selected.get();
        if (l != null) {
            change(x -> x.withRetired(!l.retired()), l.retired() ? "Restored %s." : "Retired %s: its tags stay; it takes no new ones.");
        }
    }

    /** Asks which label to merge the selected one into, says how many tags move, and merges. */
    public void mergeSelected() {
        Label from = selected.get();
        if (from == null || labels.size() < 2) {
            return;
        }
        List<String> others = labels.stream().filter(l -> l.id() != from.id()).map(Label::name).toList();
        dialogs.choose("Merge label", "Merge \"" + from.name() + "\" into which label?", "Into", others, others.get(0))
                .flatMap(name -> labels.stream().filter(l -> l.name().equals(name)).findFirst())
                .filter(into -> confirmMerge(from, into))
                .flatMap(into -> status.attempt(() -> codebook.merge(from.id(), into.id()), message::set).map(r -> {
                    reload(into.id());
                    message.set(r.describe() + " Ctrl+Z takes it back.");
                    return r;
                }));
    }

    private boolean confirmMerge(Label from, Label into) {
        long n = codebook.tagCounts().getOrDefault(from.id(), 0L);
        return dialogs.confirm("Merge label", "Merge \"" + from.name() + "\" into \"" + into.name() + "\"?",
                n + (n == 1 ? " tag" : " tags") + " of \"" + from.name() + "\" (every analyst's) become \"" + into.name()
                        + "\" tags, with its attributes; \"" + from.name() + "\" leaves the codebook."
                        + " Ctrl+Z in the codebook window takes the merge back.", "Merge");
    }

    /** Ctrl+Z: first takes back what is typed but not yet saved in a field, else the newest codebook change. */
    public void undo() {
        Label keep = selected.get();
        if (keep != null && fields.differsFrom(keep)) {
            fields.load(keep);
            message.set("Took back what was typed.");
            return;
        }
        status.attempt(codebook::undo, message::set).ifPresent(done -> done.ifPresent(d -> message.set("Undone: " + d + ".")));
        reload(keep == null ? null : keep.id());
    }

    private void reload(Long selectId) {
        Codebook book = codebook.codebook();
        int was = indexOf(selected.get());
        selected.set(null); // the list sees a selection again, even of an equal label
        labels.setAll(book.labels());
        canUndo.set(codebook.canUndo());
        if (links != null) {
            links.reload(null); // an undo or a merge may change link types and their ends
        }
        select(labels.stream().filter(l -> selectId != null && l.id() == selectId).findFirst()
                .orElse(labels.isEmpty() ? null : labels.get(Math.min(was, labels.size() - 1))));
    }

    private int indexOf(Label l) {
        return l == null ? 0 : Math.max(0, indexOf(l.id()));
    }

    private int indexOf(long id) {
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private String freeColor() {
        return DefaultCodebook.EXTRA_COLORS.stream().filter(c -> labels.stream().noneMatch(l -> l.color().equalsIgnoreCase(c)))
                .findFirst().orElse(DefaultCodebook.colorFor(labels.size()));
    }

    private String freeKey() {
        for (int k = 1; k <= 9; k++) {
            String key = String.valueOf(k);
            if (labels.stream().noneMatch(l -> key.equals(l.key()))) {
                return key;
            }
        }
        return null;
    }
}
