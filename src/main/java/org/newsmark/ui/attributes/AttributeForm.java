package org.newsmark.ui.attributes;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeValues;

/**
 * The fields of one list of attributes, each after its name (a required one marked "*", its
 * definition as a tooltip): a grid in the Tags panel, a wrapping row above the article.
 */
final class AttributeForm {

    private final List<AttributeField> fields = new ArrayList<>();
    private final Pane pane;

    AttributeForm(List<Attribute> attributes, AttributeFormViewModel vm, boolean row) {
        for (Attribute a : attributes) {
            fields.add(AttributeField.of(a, vm));
        }
        pane = row ? row() : grid();
        pane.getStyleClass().add("attribute-form");
    }

    private Pane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        ColumnConstraints names = new ColumnConstraints();
        names.setHalignment(HPos.RIGHT);
        // the names keep their width; the fields take what is left, however narrow the panel
        names.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(60);
        grid.getColumnConstraints().setAll(names, values);
        for (int i = 0; i < fields.size(); i++) {
            fields.get(i).control().setPrefWidth(120);
            grid.add(name(fields.get(i)), 0, i);
            grid.add(fields.get(i).control(), 1, i);
        }
        return grid;
    }

    private Pane row() {
        FlowPane flow = new FlowPane(12, 4);
        for (AttributeField f : fields) {
            f.control().setPrefWidth(170);
            HBox pair = new HBox(6, name(f), f.control());
            pair.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            flow.getChildren().add(pair);
        }
        return flow;
    }

    private static Label name(AttributeField f) {
        Attribute a = f.attribute;
        Label l = new Label(a.name() + (a.required() ? " *" : ""));
        l.setLabelFor(f.control());
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.getStyleClass().add("attribute-name");
        String tip = (a.definition().isBlank() ? "" : a.definition() + "\n") + a.type().id() + (a.required() ? ", required" : "");
        l.setTooltip(new Tooltip(tip));
        return l;
    }

    Pane pane() {
        return pane;
    }

    void show(AttributeValues values) {
        fields.forEach(f -> f.show(values.get(f.attribute.id())));
    }

    void setReadOnly(boolean readOnly) {
        fields.forEach(f -> f.setReadOnly(readOnly));
    }

    /** Puts the keys in the first field; false when there is none that takes them. */
    boolean focusFirst() {
        for (AttributeField f : fields) {
            if (!f.control().isDisabled()) {
                f.control().requestFocus();
                return true;
            }
        }
        return false;
    }

    /** Commits every field that was changed; false when one was refused (it keeps its text if it has the focus). */
    boolean commitAll() {
        boolean ok = true;
        for (AttributeField f : fields) {
            ok &= f.commit();
        }
        return ok;
    }

    /** Esc in a field: it drops what was typed. */
    void revertFocused() {
        fields.stream().filter(f -> f.control().isFocusWithin()).forEach(AttributeField::revert);
    }
}
