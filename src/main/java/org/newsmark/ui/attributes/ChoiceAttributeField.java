package org.newsmark.ui.attributes;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;

/**
 * One of a list: a choice attribute (ControlsFX SearchableComboBox, type to filter) or yes / no
 * (a ComboBox; Y and N pick). The first item, "(not set)", clears the value.
 */
final class ChoiceAttributeField extends AttributeField {

    static final String NOT_SET = "(not set)";

    private final ComboBox<String> box;

    ChoiceAttributeField(Attribute a, AttributeFormViewModel vm) {
        super(a, vm);
        boolean yesNo = a.type() == AttributeType.YES_NO;
        box = yesNo ? new ComboBox<>() : new SearchableComboBox<>();
        List<String> items = new ArrayList<>();
        items.add("");
        items.addAll(yesNo ? List.of("yes", "no") : a.choices());
        box.getItems().setAll(items);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null || s.isEmpty() ? NOT_SET : s;
            }

            @Override
            public String fromString(String s) {
                return s == null || s.equals(NOT_SET) ? "" : s;
            }
        });
        box.setOnHidden(e -> commit());
        // Enter may be the box's own (it picks the filtered item first): commit once it is done
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                Platform.runLater(this::commit);
            }
        });
        if (yesNo) {
            box.addEventHandler(KeyEvent.KEY_TYPED, e -> {
                switch (e.getCharacter().toLowerCase(java.util.Locale.ROOT)) {
                    case "y" -> box.setValue("yes");
                    case "n" -> box.setValue("no");
                    default -> { }
                }
            });
        }
    }

    @Override
    Control control() {
        return box;
    }

    @Override
    protected List<String> entered() {
        String v = box.getValue();
        return v == null || v.isEmpty() ? List.of() : List.of(v);
    }

    @Override
    protected void display(List<String> values) {
        box.setValue(values.isEmpty() ? "" : values.get(0));
    }

    @Override
    void setReadOnly(boolean readOnly) {
        box.setDisable(readOnly);
    }
}
