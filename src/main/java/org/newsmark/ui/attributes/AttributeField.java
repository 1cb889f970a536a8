package org.newsmark.ui.attributes;

import java.util.List;
import javafx.scene.control.Control;
import org.newsmark.domain.Attribute;

/**
 * One typed field of a form. It shows the stored values and commits what was entered on Enter,
 * when a choice is made or when the focus leaves it, never on each keystroke; a value equal to
 * the stored one commits nothing, so the several ways of committing cost one edit.
 */
abstract class AttributeField {

    protected final Attribute attribute;
    private final AttributeFormViewModel vm;
    private List<String> shown = List.of();
    private boolean committing;

    AttributeField(Attribute attribute, AttributeFormViewModel vm) {
        this.attribute = attribute;
        this.vm = vm;
    }

    static AttributeField of(Attribute a, AttributeFormViewModel vm) {
        AttributeField f = switch (a.type()) {
            case TEXT, NUMBER -> new TextAttributeField(a, vm);
            case CHOICE, YES_NO -> new ChoiceAttributeField(a, vm);
            case MULTIPLE_CHOICE -> new MultipleChoiceAttributeField(a, vm);
            case SOURCE -> new SourceAttributeField(a, vm);
        };
        f.control().setId("attribute-" + a.id());
        f.control().setMaxWidth(Double.MAX_VALUE);
        f.control().setMinWidth(60);
        f.control().focusWithinProperty().addListener((o, was, is) -> {
            if (!is) {
                f.commit();
            }
        });
        return f;
    }

    abstract Control control();

    /** What the field holds now, as raw values. */
    protected abstract List<String> entered();

    protected abstract void display(List<String> values);

    abstract void setReadOnly(boolean readOnly);

    /** The stored values the field last showed. */
    protected List<String> shownValues() {
        return shown;
    }

    AttributeFormViewModel viewModel() {
        return vm;
    }

    final void show(List<String> values) {
        shown = values;
        display(values);
    }

    /**
     * Commits what was entered if it changed; a refused value stays while the field has the focus
     * (or always, in a form that keeps it), to be put right. False when it was refused.
     */
    final boolean commit() {
        if (committing || entered().equals(shown)) {
            return true;
        }
        committing = true; // an error dialog takes the focus from the window: that is no second commit
        try {
            boolean ok = vm.commit(attribute, entered());
            if (ok || !control().isFocusWithin() && !vm.keepsRefusedText()) {
                show(vm.valuesProperty().get().get(attribute.id()));
            }
            return ok;
        } finally {
            committing = false;
        }
    }

    /** Esc: back to the stored values. */
    final void revert() {
        show(shown);
    }
}
