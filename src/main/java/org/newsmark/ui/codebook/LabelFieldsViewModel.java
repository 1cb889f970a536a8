package org.newsmark.ui.codebook;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.newsmark.domain.Label;

/**
 * The selected label's fields in the codebook editor. The dialog binds its controls here and
 * commits a field when the user confirms it (Enter, focus leaves, a choice made); each commit is
 * one change, one undo step. While a label is being loaded nothing is committed.
 */
public final class LabelFieldsViewModel {

    /** The key box's choices: none, or one of 1 to 9. */
    public static final List<String> KEYS = List.of("none", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    private final CodebookViewModel owner;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty color = new SimpleStringProperty("#000000");
    private final StringProperty key = new SimpleStringProperty("none");
    private final StringProperty definition = new SimpleStringProperty("");
    private final StringProperty rules = new SimpleStringProperty("");
    private final StringProperty examples = new SimpleStringProperty("");
    private final BooleanProperty retired = new SimpleBooleanProperty();
    private final BooleanProperty editable = new SimpleBooleanProperty();
    private boolean loading;

    LabelFieldsViewModel(CodebookViewModel owner) {
        this.owner = owner;
    }

    public StringProperty nameProperty() { return name; }
    /** {@code #RRGGBB}. */
    public StringProperty colorProperty() { return color; }
    /** "none" or "1".."9". */
    public StringProperty keyProperty() { return key; }
    public StringProperty definitionProperty() { return definition; }
    public StringProperty rulesProperty() { return rules; }
    public StringProperty examplesProperty() { return examples; }
    public BooleanProperty retiredProperty() { return retired; }
    /** False while no label is selected. */
    public BooleanProperty editableProperty() { return editable; }

    void load(Label l) {
        loading = true;
        try {
            editable.set(l != null);
            name.set(l == null ? "" : l.name());
            color.set(l == null ? "#000000" : l.color().toUpperCase(java.util.Locale.ROOT));
            key.set(l == null || l.key() == null ? "none" : l.key());
            definition.set(l == null ? "" : l.definition());
            rules.set(l == null ? "" : l.rules());
            examples.set(l == null ? "" : l.examples());
            retired.set(l != null && l.retired());
        } finally {
            loading = false;
        }
    }

    /** Whether a field holds something not saved to {@code l}. */
    boolean differsFrom(Label l) {
        return !name.get().strip().equals(l.name()) || !color.get().equalsIgnoreCase(l.color())
                || !key.get().equals(l.key() == null ? "none" : l.key()) || !definition.get().equals(l.definition())
                || !rules.get().equals(l.rules()) || !examples.get().equals(l.examples()) || retired.get() != l.retired();
    }

    /** Closing the window saves what is typed, as leaving a field does; false when that was refused (the window stays). */
    public boolean commitAll() {
        if (!editable.get()) {
            return true;
        }
        // the texts first: a refused name reloads every field
        boolean ok = commit(l -> l.withTexts(definition.get(), rules.get(), examples.get()), "Saved the texts of %s.");
        return commit(l -> l.withName(name.get().strip()), "Renamed to %s; its tags keep it.") && ok;
    }

    private boolean commit(java.util.function.UnaryOperator<Label> edit, String done) {
        return loading || owner.change(edit, done);
    }

    public void commitName() {
        if (!loading) {
            owner.change(l -> l.withName(name.get() == null ? "" : name.get().strip()), "Renamed to %s; its tags keep it.");
        }
    }

    public void commitColor() {
        if (!loading) {
            owner.change(l -> l.color().equalsIgnoreCase(color.get()) ? l : l.withColor(color.get()), "Recoloured %s.");
        }
    }

    public void commitKey() {
        if (!loading) {
            String k = "none".equals(key.get()) ? null : key.get();
            owner.change(l -> java.util.Objects.equals(l.key(), k) ? l : l.withKey(k),
                    k == null ? "%s has no key now." : "%s has the key " + k + " now.");
        }
    }

    /** Definition, rules and examples: written together, one undo step. */
    public void commitTexts() {
        if (!loading) {
            owner.change(l -> l.withTexts(definition.get(), rules.get(), examples.get()), "Saved the texts of %s.");
        }
    }

    public void commitRetired() {
        if (!loading) {
            boolean r = retired.get();
            owner.change(l -> l.retired() == r ? l : l.withRetired(r), r ? "Retired %s: its tags stay; it takes no new ones."
                    : "Restored %s.");
        }
    }
}
