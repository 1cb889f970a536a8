package org.newsmark.ui.codebook;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.service.CodebookService;
import org.newsmark.ui.common.DialogService;
import org.newsmark.ui.common.SaveStatusViewModel;

/**
 * The selected label's attributes in the codebook editor: add one, rename it, make it required
 * or not, edit its choices. The type is chosen once, when it is added; a choice in use cannot
 * be removed (the service refuses, the message says which). These changes are not undo steps.
 */
public final class AttributesViewModel {

    private final CodebookService codebook;
    private final DialogService dialogs;
    private final SaveStatusViewModel status;
    private final StringProperty message;
    private final ObservableList<Attribute> list = FXCollections.observableArrayList();
    private final ObjectProperty<Attribute> selected = new SimpleObjectProperty<>();
    private Long labelId;

    AttributesViewModel(CodebookService codebook, DialogService dialogs, SaveStatusViewModel status, StringProperty message) {
        this.codebook = codebook;
        this.dialogs = dialogs;
        this.status = status;
        this.message = message;
    }

    public ObservableList<Attribute> list() { return list; }
    public ObjectProperty<Attribute> selectedProperty() { return selected; }

    /** Shows the attributes of label {@code id} (none for null). */
    void show(Long id) {
        labelId = id;
        reload(null);
    }

    public void add() {
        if (labelId == null) {
            return;
        }
        List<String> types = Arrays.stream(AttributeType.values()).map(AttributeType::id).toList();
        Optional<String> name = dialogs.askText("New attribute", "Add an attribute to this label's tags", "Name", "");
        Optional<AttributeType> type = name.flatMap(n -> dialogs.choose("New attribute", "What does \"" + n.strip() + "\" take?", "Type",
                types, types.get(0))).flatMap(AttributeType::fromId);
        Optional<List<String>> choices = type.flatMap(t -> t.hasChoices() ? askChoices(name.get(), List.of()) : Optional.of(List.of()));
        choices.flatMap(c -> status.attempt(() -> codebook.declare(new Attribute(0, labelId, name.get(), type.get(), c, false, "")),
                message::set)).ifPresent(a -> {
                    reload(a.id());
                    message.set("Added the attribute " + a.name() + " (" + a.type().id() + ").");
                });
    }

    public void rename() {
        Attribute a = selected.get();
        if (a != null) {
            dialogs.askText("Rename attribute", "Rename \"" + a.name() + "\"", "Name", a.name())
                    .ifPresent(n -> change(x -> with(x, n, x.required(), x.choices()), "Renamed the attribute to %s."));
        }
    }

    public void toggleRequired() {
        Attribute a = selected.get();
        if (a != null) {
            change(x -> with(x, x.name(), !x.required(), x.choices()),
                    a.required() ? "%s is optional now." : "%s is required now: a tag without it is flagged.");
        }
    }

    /** One choice a line; a choice in use cannot go. */
    public void editChoices() {
        Attribute a = selected.get();
        if (a != null && a.type().hasChoices()) {
            askChoices(a.name(), a.choices()).ifPresent(c -> change(x -> with(x, x.name(), x.required(), c), "Saved the choices of %s."));
        }
    }

    private Optional<List<String>> askChoices(String name, List<String> now) {
        return dialogs.askLongText("Choices", "The choices of \"" + name.strip() + "\", one a line (Ctrl+Enter saves)",
                String.join("\n", now)).map(t -> t.lines().map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    private void change(UnaryOperator<Attribute> edit, String done) {
        Attribute a = selected.get();
        status.attempt(() -> codebook.update(edit.apply(a)), message::set).ifPresent(x -> message.set(done.replace("%s", x.name())));
        reload(a.id());
    }

    private void reload(Long selectId) {
        selected.set(null); // the table sees a selection again, even of an equal attribute
        list.setAll(labelId == null ? List.of() : codebook.codebook().attributesOf(labelId));
        selected.set(list.stream().filter(a -> selectId != null && a.id() == selectId).findFirst()
                .orElse(list.isEmpty() ? null : list.get(0)));
    }

    private static Attribute with(Attribute a, String name, boolean required, List<String> choices) {
        return new Attribute(a.id(), a.labelId(), name, a.type(), choices, required, a.definition());
    }
}
