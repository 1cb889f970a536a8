package org.newsmark.ui.codebook;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.newsmark.domain.LinkType;

/** The codebook window's Links section: each link type with its start and end labels and definition, and its buttons. */
final class LinkTypeTable {

    private final LinkTypesViewModel vm;
    private boolean syncing;

    LinkTypeTable(LinkTypesViewModel vm) {
        this.vm = vm;
    }

    private static javafx.scene.control.TableColumn<LinkType, String> column(String title,
            java.util.function.Function<LinkType, String> value, double width) {
        javafx.scene.control.TableColumn<LinkType, String> c = new javafx.scene.control.TableColumn<>(title);
        c.setCellValueFactory(x -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(x.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    TitledPane build() {
        TableView<LinkType> table = new TableView<>(vm.list());
        table.setId("codebook-link-table");
        table.setPlaceholder(new Label("No link types"));
        table.setPrefHeight(130);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(column("Link type", LinkType::name, 120));
        table.getColumns().add(column("From", t -> vm.ends(t.fromLabels()), 150));
        table.getColumns().add(column("To", t -> vm.ends(t.toLabels()), 150));
        table.getColumns().add(column("Definition", LinkType::definition, 220));
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
        Button add = CodebookDialog.button("Add Link Type…", "codebook-link-add", vm::add);
        Button rename = CodebookDialog.button("Rename…", "codebook-link-rename", vm::rename);
        Button from = CodebookDialog.button("From…", "codebook-link-from", vm::editStarts);
        Button to = CodebookDialog.button("To…", "codebook-link-to", vm::editEnds);
        Button definition = CodebookDialog.button("Definition…", "codebook-link-definition", vm::editDefinition);
        for (Button b : new Button[] {rename, from, to, definition}) {
            b.disableProperty().bind(vm.selectedProperty().isNull());
        }
        TitledPane pane = new TitledPane("Links between tags", new VBox(6, table, new HBox(6, add, rename, from, to, definition)));
        pane.setId("codebook-links");
        pane.setExpanded(false); // the labels stay the window's first concern
        return pane;
    }
}
