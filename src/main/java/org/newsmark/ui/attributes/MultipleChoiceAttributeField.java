package org.newsmark.ui.attributes;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.CheckComboBox;
import org.newsmark.domain.Attribute;

/** Any of a list (ControlsFX CheckComboBox): committed when its list closes, on Enter, or when the focus leaves. */
final class MultipleChoiceAttributeField extends AttributeField {

    private final CheckComboBox<String> box = new CheckComboBox<>();

    MultipleChoiceAttributeField(Attribute a, AttributeFormViewModel vm) {
        super(a, vm);
        box.getItems().setAll(a.choices());
        box.setShowCheckedCount(false);
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                Platform.runLater(this::commit);
            }
        });
        // the skin's inner combo box says when the list closes (CheckComboBox itself does not)
        box.skinProperty().addListener((o, was, skin) -> {
            Node inner = box.lookup(".combo-box-base");
            if (inner instanceof ComboBoxBase<?> c) {
                c.showingProperty().addListener((x, wasShowing, showing) -> {
                    if (!showing) {
                        commit();
                    }
                });
            }
        });
    }

    @Override
    Control control() {
        return box;
    }

    @Override
    protected List<String> entered() {
        // in the codebook's order, as stored
        return box.getItems().stream().filter(box.getCheckModel()::isChecked).toList();
    }

    @Override
    protected void display(List<String> values) {
        box.getCheckModel().clearChecks();
        values.forEach(v -> box.getCheckModel().check(v));
    }

    @Override
    void setReadOnly(boolean readOnly) {
        box.setDisable(readOnly);
    }
}
