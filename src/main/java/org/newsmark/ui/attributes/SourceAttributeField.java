package org.newsmark.ui.attributes;

import java.util.List;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import org.controlsfx.control.textfield.TextFields;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.Source;
import org.newsmark.domain.SourceMatcher;

/**
 * A source attribute: the source's name in a text field that suggests the project's sources as
 * one types (accents, case and close spellings aside). Enter or a suggestion picks; a name no
 * source has creates a named person (its kind is edited in the Sources view).
 */
final class SourceAttributeField extends AttributeField {

    private final TextField field = new TextField();
    /** Read on the completion's own thread: replaced whole, never changed. */
    private volatile List<Source> sources = List.of();

    SourceAttributeField(Attribute a, AttributeFormViewModel vm) {
        super(a, vm);
        field.setPromptText("a source's name");
        field.setOnAction(e -> commit());
        field.focusedProperty().addListener((o, was, is) -> {
            if (is) {
                sources = List.copyOf(vm.sources());
            }
        });
        TextFields.bindAutoCompletion(field, r -> SourceMatcher.suggest(r.getUserText(), sources, 12).stream()
                .map(Source::name).filter(n -> !n.equals(r.getUserText())).toList()).setOnAutoCompleted(e -> commit());
    }

    @Override
    Control control() {
        return field;
    }

    /** The stored id while the shown name is unchanged (nothing to commit), else the name typed. */
    @Override
    protected List<String> entered() {
        String text = field.getText().strip();
        List<String> shown = shownValues();
        if (text.isEmpty()) {
            return List.of();
        }
        return !shown.isEmpty() && viewModel().sourceName(shown.get(0)).equals(text) ? shown : List.of(text);
    }

    @Override
    protected void display(List<String> values) {
        field.setText(values.isEmpty() ? "" : viewModel().sourceName(values.get(0)));
    }

    @Override
    void setReadOnly(boolean readOnly) {
        field.setEditable(!readOnly);
    }
}
