package org.newsmark.ui.workbench;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.paint.Color;
import org.newsmark.domain.Annotation;


/** The side table of tags: sortable, filterable by label; selecting a row selects the tag in the text. */
final class TagTable extends VBox {

    private static final org.newsmark.domain.Label ALL =
            new org.newsmark.domain.Label(-1, "All labels", "#ffffff", null, "");

    private final TableView<Annotation> table = new TableView<>() {
        @Override
        protected javafx.scene.control.Skin<?> createDefaultSkin() {
            return new OneLayoutTableSkin<>(this);
        }
    };
    private final ComboBox<org.newsmark.domain.Label> filter = new org.newsmark.ui.common.LeanComboBox<>();
    private boolean syncing;

    TagTable(WorkbenchViewModel vm) {
        FilteredList<Annotation> filtered = new FilteredList<>(vm.annotations());
        SortedList<Annotation> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("annotation-table");
        table.setEditable(true);
        table.setPlaceholder(new Label("No tags yet.\nSelect text and press 1–4."));

        TableColumn<Annotation, String> label = new TableColumn<>("Label");
        label.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.labelOf(c.getValue()).name()));
        LabelTips tips = new LabelTips();
        label.setCellFactory(c -> new LabelCell(vm, tips));
        label.setPrefWidth(130);
        TableColumn<Annotation, String> text = new TableColumn<>("Text");
        text.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.excerpt(c.getValue(), 80)));
        text.setPrefWidth(230);
        TableColumn<Annotation, Number> start = new TableColumn<>("At");
        start.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyIntegerWrapper(c.getValue().begin()));
        start.setPrefWidth(55);
        TableColumn<Annotation, String> analyst = new TableColumn<>("Analyst");
        analyst.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.analystName(c.getValue().analystId())));
        analyst.setPrefWidth(80);
        TableColumn<Annotation, String> note = new TableColumn<>("Note");
        note.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().note()));
        note.setCellFactory(TextFieldTableCell.forTableColumn());
        note.setOnEditCommit(e -> vm.setNote(e.getRowValue(), e.getNewValue()));
        note.setPrefWidth(150);
        note.editableProperty().bind(vm.readOnlyBinding().not());
        table.getColumns().addAll(java.util.List.of(start, label, text, analyst, note));
        // every column in the panel's width (no column pushed out of sight), none narrower than its header
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        minWidths = new double[] {52, 90, 60, 72, 44};
        columns = java.util.List.of(start, label, text, analyst, note);
        table.getSortOrder().add(start);

        filter.getItems().add(ALL);
        filter.getItems().addAll(vm.labels());
        filter.setValue(ALL);
        // a renamed, recoloured or merged label: the filter offers the codebook as it is, the cells redraw
        vm.labels().addListener((javafx.collections.ListChangeListener<org.newsmark.domain.Label>) c -> {
            org.newsmark.domain.Label was = filter.getValue();
            filter.getItems().setAll(ALL);
            filter.getItems().addAll(vm.labels());
            filter.setValue(vm.labels().stream().filter(l -> was != null && l.id() == was.id()).findFirst().orElse(ALL));
            table.refresh();
        });
        filter.setId("label-filter");
        filter.setCellFactory(l -> new LabelNameCell());
        filter.setButtonCell(new LabelNameCell());
        filter.valueProperty().addListener((o, a, b) ->
                filtered.setPredicate(b == null || b.id() == -1 ? null : x -> x.labelId() == b.id()));

        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                syncing = true;
                vm.selectedProperty().set(b);
                syncing = false;
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (syncing) {
                return;
            }
            syncing = true;
            if (b == null) {
                table.getSelectionModel().clearSelection();
            } else {
                // by index, found through the sorted and filtered views (no pass over 100,000 rows):
                // select(row) and scrollTo(row) would each search the list again with equals()
                int shown = vm.shownIndexOf(b);
                int kept = shown < 0 ? -1 : filtered.getViewIndex(shown);
                int row = kept < 0 ? -1 : sorted.getViewIndex(kept);
                if (row >= 0) {
                    table.getSelectionModel().select(row);
                    reveal(row);
                } else {
                    table.getSelectionModel().clearSelection(); // the label filter hides it: no other row looks selected
                }
            }
            syncing = false;
        });

        Label title = new Label("Tags");
        title.getStyleClass().add("panel-title");
        // the columns' least widths are for 13px text: they grow with the text size
        title.fontProperty().addListener((o, a, f) -> scaleColumns(f.getSize()));
        scaleColumns(13);
        HBox head = new HBox(8, title, filter);
        head.setPadding(new Insets(6));
        org.newsmark.ui.common.SecondFrameSlot rows = new org.newsmark.ui.common.SecondFrameSlot(table);
        VBox.setVgrow(rows, Priority.ALWAYS);
        getChildren().addAll(head, rows);
        vm.attributes().codebookVersionProperty().addListener((o, a, b) -> table.refresh());
        getStyleClass().add("side-panel");
    }

    /**
     * Scrolls to row {@code i} only when it is not already in view: scrolling re-lays out every
     * visible row, which was most of the time a tag took (see docs/performance.md).
     */
    private void reveal(int i) {
        var flow = (javafx.scene.control.skin.VirtualFlow<?>) table.lookup(".virtual-flow");
        if (flow != null && flow.getFirstVisibleCell() != null && flow.getLastVisibleCell() != null
                && i > flow.getFirstVisibleCell().getIndex() && i < flow.getLastVisibleCell().getIndex()) {
            return;
        }
        table.scrollTo(i);
    }

    private double[] minWidths;
    private java.util.List<TableColumn<Annotation, ?>> columns;

    private void scaleColumns(double fontSize) {
        double k = Math.max(1, fontSize / 13);
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).setMinWidth(Math.ceil(minWidths[i] * k));
        }
        // a column held at its new minimum does not narrow the others: fit them all again, or the last is cut off
        javafx.application.Platform.runLater(() -> table.getColumnResizePolicy().call(new TableView.ResizeFeatures<>(table, null, 0.0)));
    }

    /** Puts {@code panel} under the table: it collapses with the Tags panel. */
    void addBelow(javafx.scene.Node panel) {
        getChildren().add(panel);
    }

    public TableView<Annotation> table() {
        return table;
    }

    private static final class LabelNameCell extends ListCell<org.newsmark.domain.Label> {
        @Override
        protected void updateItem(org.newsmark.domain.Label item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name());
            setGraphic(empty || item == null || item.id() == -1 ? null : new Circle(5, Color.web(item.color())));
        }
    }

    private static final class LabelCell extends TableCell<Annotation, String> {
        private final WorkbenchViewModel vm;
        private final LabelTips tips;
        private final Circle dot = new Circle(5);

        LabelCell(WorkbenchViewModel vm, LabelTips tips) {
            this.vm = vm;
            this.tips = tips;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            Annotation a = empty ? null : getTableRow() == null ? null : getTableRow().getItem();
            // a required attribute missing is flagged, never refused (issue 14.2)
            String missing = a == null ? "" : vm.attributes().missingText(a);
            setText(empty ? null : missing.isEmpty() ? item : item + "  ⚠");
            org.newsmark.domain.Label l = a == null ? null : vm.labelOf(a);
            if (l != null) {
                dot.setFill(Color.web(l.color()));
            }
            setGraphic(l == null ? null : dot);
            // changed only when it differs: each change of the style classes re-matches the cell's CSS
            if (getStyleClass().contains("missing-required") == missing.isEmpty()) {
                if (missing.isEmpty()) {
                    getStyleClass().remove("missing-required");
                } else {
                    getStyleClass().add("missing-required");
                }
            }
            // what the codebook says of the label, where the analyst reads the tags
            setTooltip(missing.isEmpty() ? l == null ? null : tips.of(l) : tips.missing(missing, l));
        }
    }
}
