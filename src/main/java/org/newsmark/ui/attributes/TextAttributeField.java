package org.newsmark.ui.attributes;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import org.controlsfx.control.textfield.TextFields;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;

/** A text or number attribute; text suggests the values already used (ControlsFX auto-completion). */
final class TextAttributeField extends AttributeField {

    private final TextField field = new TextField();
    /** Read on the completion's own thread: replaced whole, never changed. */
    private volatile List<String> suggestions = List.of();

    TextAttributeField(Attribute a, AttributeFormViewModel vm) {
        super(a, vm);
        field.setOnAction(e -> commit());
        if (a.type() == AttributeType.NUMBER) {
            field.setPromptText("a number");
        } else {
            // loaded on the UI thread when the field is entered; the completion filters the copy
            field.focusedProperty().addListener((o, was, is) -> {
                if (is) {
                    suggestions = List.copyOf(vm.suggestions(a));
                }
            });
            TextFields.bindAutoCompletion(field, r -> matching(r.getUserText())).setOnAutoCompleted(e -> commit());
        }
    }

    private List<String> matching(String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return List.of();
        }
        return suggestions.stream().filter(s -> s.toLowerCase(Locale.ROOT).contains(t) && !s.equals(typed)).limit(12).toList();
    }

    @Override
    Control control() {
        return field;
    }

    @Override
    protected List<String> entered() {
        return field.getText().isEmpty() ? List.of() : List.of(field.getText());
    }

    @Override
    protected void display(List<String> values) {
        field.setText(values.isEmpty() ? "" : values.get(0));
    }

    @Override
    void setReadOnly(boolean readOnly) {
        field.setEditable(!readOnly);
    }
}
