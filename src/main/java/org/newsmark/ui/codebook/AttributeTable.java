package org.newsmark.ui.codebook;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.newsmark.domain.Attribute;

/**
 * The selected label's attributes (name, type, required, choices) and the buttons that edit
 * them: add (its type is chosen then, once), rename, required or not, choices (one a line).
 */
final class AttributeTable {

    private final AttributesViewModel vm;
    private boolean syncing;

    AttributeTable(AttributesViewModel vm) {
        this.vm = vm;
    }

    VBox build() {
        TableView<Attribute> table = new TableView<>(vm.list());
        table.setId("codebook-attribute-table");
        table.setPlaceholder(new Label("No attributes"));
        table.setPrefHeight(150);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(LabelForm.column("Name", Attribute::name, 120));
        table.getColumns().add(LabelForm.column("Type", a -> a.type().id(), 100));
        table.getColumns().add(LabelForm.column("Required", a -> a.required() ? "required" : "", 95));
        table.getColumns().get(2).setMinWidth(95);
        table.getColumns().add(LabelForm.column("Choices", a -> String.join(" | ", a.choices()), 220));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            syncing = true;
            if (b == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(vm.list().indexOf(b));
            }
            syncing = false;
        });
        Button add = CodebookDialog.button("Add Attri_bute…", "codebook-attribute-add", vm::add);
        Button rename = CodebookDialog.button("Rename…", "codebook-attribute-rename", vm::rename);
        Button required = CodebookDialog.button("Required", "codebook-attribute-required", vm::toggleRequired);
        Button choices = CodebookDialog.button("C_hoices…", "codebook-attribute-choices", vm::editChoices);
        rename.disableProperty().bind(vm.selectedProperty().isNull());
        required.disableProperty().bind(vm.selectedProperty().isNull());
        choices.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.selectedProperty().get() == null || !vm.selectedProperty().get().type().hasChoices(), vm.selectedProperty()));
        return new VBox(6, table, new HBox(6, add, rename, required, choices));
    }
}
