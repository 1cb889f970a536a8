package org.newsmark.ui.attributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.newsmark.domain.Attribute;

/**
 * The attributes of the selected tag, under the Tags table (issue 14.2), and, as a row above the
 * article, the article codes: a heading, one field per attribute, and the last refusal. A form
 * is built once per list of attributes and kept, so selecting a tag of another label only
 * swaps which form is shown (tagging must not get slower for it). Esc gives the keys back.
 */
public final class AttributesPanel extends VBox {

    private final AttributeFormViewModel vm;
    private final boolean row;
    private final Map<List<Attribute>, AttributeForm> forms = new LinkedHashMap<>();
    private final VBox holder = new VBox();
    private AttributeForm shown;

    /** @param row a wrapping row (the article codes) rather than a grid; {@code leave} gives the keys back to the article */
    public AttributesPanel(AttributeFormViewModel vm, javafx.beans.value.ObservableStringValue heading, boolean row,
                           Runnable leave) {
        this.vm = vm;
        this.row = row;
        Label title = new Label();
        title.textProperty().bind(heading);
        title.getStyleClass().add(row ? "attribute-row-title" : "panel-title");
        title.setMinWidth(0);
        title.managedProperty().bind(title.textProperty().isNotEmpty()); // a dialog gives the heading as its header
        title.visibleProperty().bind(title.managedProperty());
        Label problem = new Label();
        problem.textProperty().bind(vm.problemProperty());
        problem.getStyleClass().add("attribute-problem");
        problem.setWrapText(true);
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        getChildren().addAll(title, holder, problem);
        setSpacing(4);
        setPadding(row ? new Insets(4, 12, 4, 12) : new Insets(6));
        setMinWidth(0);
        getStyleClass().add(row ? "article-codes" : "attributes-panel");

        vm.fields().addListener((ListChangeListener<Attribute>) c -> showForm());
        vm.valuesProperty().addListener((o, a, b) -> {
            if (shown != null) {
                shown.show(b);
            }
        });
        // a source renamed or merged in the Sources view: the fields show the names anew
        vm.sourcesVersionProperty().addListener((o, a, b) -> {
            if (shown != null) {
                shown.show(vm.valuesProperty().get());
            }
        });
        vm.readOnly().addListener((o, a, b) -> {
            if (shown != null) {
                shown.setReadOnly(b);
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                if (shown != null) {
                    shown.revertFocused();
                }
                leave.run();
                e.consume();
            }
        });
        showForm();
    }

    private void showForm() {
        List<Attribute> attributes = List.copyOf(vm.fields());
        AttributeForm next = attributes.isEmpty() ? null : forms.computeIfAbsent(attributes, a -> add(new AttributeForm(a, vm, row)));
        if (next != shown) {
            if (shown != null) {
                if (!row) {
                    // the tallest form shown keeps its room: the tag table above keeps its height (ADR 0047)
                    holder.setMinHeight(Math.max(holder.getMinHeight(), shown.pane().getHeight()));
                }
                shown.pane().setVisible(false);
                shown.pane().setManaged(false);
            }
            if (next != null) {
                next.pane().setVisible(true);
                next.pane().setManaged(true);
            }
            shown = next;
        }
        if (shown != null) {
            shown.setReadOnly(vm.readOnly().get());
            shown.show(vm.valuesProperty().get());
        }
    }

    private AttributeForm add(AttributeForm form) {
        form.pane().setVisible(false);
        form.pane().setManaged(false);
        holder.getChildren().add(form.pane());
        return form;
    }

    /** Commits what every field holds (a dialog's OK, before it reads the values); false when a value was refused. */
    public boolean commitAll() {
        return shown == null || shown.commitAll();
    }

    /** Ctrl+Shift+A: the keys to the first field. */
    public boolean focusFirst() {
        return shown != null && shown.focusFirst();
    }
}
