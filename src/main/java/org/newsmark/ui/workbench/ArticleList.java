package org.newsmark.ui.workbench;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.ArticleStatus;

/**
 * The project's articles as a table (title, outlet, date, status, tags of the layer shown),
 * sorted by its headers and narrowed by the quick filter and the status and outlet choosers;
 * choosing a row opens it. F2 renames the selected article and Delete deletes it (after asking),
 * also from its context menu. Ctrl+1/2/3 (Edit › Article Status) set my status of it.
 */
final class ArticleList extends VBox {

    /** From this width on the table shows the outlet and date columns too. */
    static final double WIDE = 380;

    private final TableView<ArticleRow> table = new TableView<>();
    private final TextField filter = new TextField();
    private boolean syncing;

    ArticleList(WorkbenchViewModel vm) {
        ArticleTableViewModel model = vm.articleTable();
        table.setItems(model.sorted());
        model.sorted().comparatorProperty().bind(table.comparatorProperty());
        table.setId("document-list");
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        // the title takes what the others leave; a narrow panel shows title, status and tags only
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("No articles.\nFile › Import article…\nor drop files here."));
        table.getColumns().setAll(columns(vm, model));
        // sorted by tag count, a moved count must move its row (ArticleTableViewModel.countMoved)
        table.getSortOrder().addListener((ListChangeListener<TableColumn<ArticleRow, ?>>) c -> model.sortedByTagsProperty()
                .set(table.getSortOrder().stream().anyMatch(col -> "column-tags".equals(col.getId()))));
        table.widthProperty().addListener((o, a, b) -> {
            boolean wide = b.doubleValue() >= WIDE;
            table.getColumns().get(1).setVisible(wide);
            table.getColumns().get(2).setVisible(wide);
        });
        table.setContextMenu(contextMenu(vm));
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            ArticleRow chosen = table.getSelectionModel().getSelectedItem();
            if (chosen == null || e.isShortcutDown() || e.isAltDown() || vm.isProjectReadOnly()) {
                return;
            }
            if (e.getCode() == KeyCode.F2) {
                vm.articles().rename(chosen.id());
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                vm.articles().delete(chosen.id());
                e.consume();
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b != null && (vm.documentProperty().get() == null || vm.documentProperty().get().id() != b.id())) {
                vm.openDocument(b.id());
            }
        });
        vm.documentProperty().addListener((o, a, b) -> selectCurrent(vm));
        // rows replaced, re-sorted or filtered: the open article stays the selected row
        model.sorted().addListener((ListChangeListener<ArticleRow>) c -> selectCurrent(vm));

        Label title = new Label();
        title.setId("articles-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.showsAnotherLayer()
                ? "Articles (" + vm.shownAnalystProperty().get().name() + "'s tags)" : "Articles",
                vm.shownAnalystProperty(), vm.analystProperty()));
        title.getStyleClass().add("panel-title");
        title.setPadding(new Insets(6, 6, 2, 6));
        org.newsmark.ui.common.SecondFrameSlot rows = new org.newsmark.ui.common.SecondFrameSlot(table);
        VBox.setVgrow(rows, Priority.ALWAYS);
        setSpacing(4);
        getChildren().addAll(title, filters(model), progress(vm, model), rows);
        getStyleClass().add("side-panel");
    }

    /** Puts the keyboard in the list (View › Show Articles Panel). */
    void focusList() {
        table.requestFocus();
    }

    private static java.util.List<TableColumn<ArticleRow, ?>> columns(WorkbenchViewModel vm, ArticleTableViewModel model) {
        TableColumn<ArticleRow, String> title = new TableColumn<>("Title");
        title.setId("column-title");
        title.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().title()));
        title.setCellFactory(c -> new TableCell<>() {
            // one per cell, its text changed: a Tooltip is a popup with a scene, too dear to make per update
            private final Tooltip tip = new Tooltip();

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                tip.setText(item);
                setTooltip(empty || item == null ? null : tip);
            }
        });
        title.setPrefWidth(160);
        title.setMinWidth(80);
        TableColumn<ArticleRow, String> outlet = new TableColumn<>("Outlet");
        outlet.setId("column-outlet");
        outlet.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().outlet()));
        outlet.setPrefWidth(100);
        outlet.setMaxWidth(160);
        outlet.setVisible(false);
        TableColumn<ArticleRow, String> date = new TableColumn<>("Date");
        date.setId("column-date");
        date.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().published()));
        date.setPrefWidth(90);
        date.setMinWidth(84);
        date.setMaxWidth(150);
        date.setVisible(false);
        TableColumn<ArticleRow, ArticleStatus> status = new TableColumn<>("Status");
        status.setId("column-status");
        // whose status: the row's value changes with the chooser, so the column is told to look again
        status.setCellValueFactory(r -> Bindings.createObjectBinding(() -> model.statusOf(r.getValue()), model.statusOfProperty()));
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ArticleStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.shown());
                // changed only when it differs: each change of the style classes re-matches the cell's CSS
                String wanted = empty || item == null ? null : "status-" + item.code();
                if (wanted == null || !getStyleClass().contains(wanted)) {
                    getStyleClass().removeAll("status-todo", "status-in-progress", "status-done");
                    if (wanted != null) {
                        getStyleClass().add(wanted);
                    }
                }
            }
        });
        status.setPrefWidth(88);
        status.setMinWidth(60);
        status.setMaxWidth(100);
        TableColumn<ArticleRow, Number> tags = new TableColumn<>("Tags");
        tags.setId("column-tags");
        // the cell follows the row's count: a new tag changes this cell, not the rows
        tags.setCellValueFactory(r -> r.getValue().tagsProperty());
        tags.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setId(empty ? null : "document-tag-count");
                setText(empty || item == null ? null : item.toString());
            }
        });
        tags.setPrefWidth(48);
        tags.setMinWidth(40);
        tags.setMaxWidth(60);
        return java.util.List.of(title, outlet, date, status, tags);
    }

    private VBox filters(ArticleTableViewModel model) {
        filter.setId("article-filter");
        filter.setPromptText("Filter: title, outlet, author…");
        filter.textProperty().bindBidirectional(model.queryProperty());
        // Esc clears the filter and gives the keys back to the list
        filter.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                filter.clear();
                table.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                e.consume();
            }
        });
        ComboBox<ArticleStatus> status = new org.newsmark.ui.common.LeanComboBox<>();
        status.setId("article-status-filter");
        status.getItems().add(null);
        status.getItems().addAll(ArticleStatus.values());
        status.setButtonCell(anyCell("Any status", ArticleStatus::shown));
        status.setCellFactory(l -> anyCell("Any status", ArticleStatus::shown));
        status.valueProperty().bindBidirectional(model.statusFilterProperty());
        ComboBox<String> outlet = new org.newsmark.ui.common.LeanComboBox<>();
        outlet.setId("article-outlet-filter");
        outlet.setButtonCell(anyCell("Any outlet", s -> s));
        outlet.setCellFactory(l -> anyCell("Any outlet", s -> s));
        Runnable fill = () -> {
            String keep = model.outletFilterProperty().get();
            outlet.getItems().setAll(new java.util.ArrayList<String>(java.util.Collections.singletonList(null)));
            outlet.getItems().addAll(model.outlets());
            outlet.setValue(keep);
        };
        fill.run();
        model.outlets().addListener((ListChangeListener<String>) c -> fill.run());
        outlet.valueProperty().bindBidirectional(model.outletFilterProperty());
        for (ComboBox<?> b : java.util.List.of(status, outlet)) {
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMinWidth(0);
            b.setPrefWidth(0); // the two share the row evenly, before and after their lists are first opened
            HBox.setHgrow(b, Priority.ALWAYS);
        }
        filter.setMaxWidth(Double.MAX_VALUE);
        HBox choosers = new HBox(4, status, outlet);
        VBox rows = new VBox(4, filter, choosers);
        rows.setPadding(new Insets(0, 6, 0, 6));
        return rows;
    }

    private static VBox progress(WorkbenchViewModel vm, ArticleTableViewModel model) {
        ComboBox<Analyst> of = new ComboBox<>(vm.analysts());
        of.setId("article-status-of");
        of.setTooltip(new Tooltip("Whose status the list shows"));
        of.setButtonCell(anyCell("(nobody)", Analyst::name));
        of.setCellFactory(l -> anyCell("", Analyst::name));
        of.valueProperty().bindBidirectional(model.statusOfProperty());
        of.setMinWidth(0);
        Label text = new Label();
        text.setId("article-progress");
        text.textProperty().bind(model.progressProperty());
        text.getStyleClass().add("hint");
        text.setWrapText(true);
        Label label = new Label("Status of");
        label.setMinWidth(Label.USE_PREF_SIZE);
        HBox row = new HBox(4, label, of);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(2, row, text);
        box.setPadding(new Insets(0, 6, 0, 6));
        return box;
    }

    /** A chooser's cell: {@code none} for the empty choice. */
    private static <T> ListCell<T> anyCell(String none, java.util.function.Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                // a chooser's button cell is "empty" while nothing is chosen: it names the empty choice
                setText(item == null ? none : text.apply(item));
            }
        };
    }

    private ContextMenu contextMenu(WorkbenchViewModel vm) {
        MenuItem rename = new MenuItem("Rename Article…");
        rename.setId("article-rename");
        rename.setOnAction(e -> chosen().ifPresent(d -> vm.articles().rename(d.id())));
        MenuItem delete = new MenuItem("Delete Article…");
        delete.setId("article-delete");
        delete.setOnAction(e -> chosen().ifPresent(d -> vm.articles().delete(d.id())));
        rename.setDisable(vm.isProjectReadOnly());
        delete.setDisable(vm.isProjectReadOnly());
        return new ContextMenu(rename, delete);
    }

    private Optional<ArticleRow> chosen() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private void selectCurrent(WorkbenchViewModel vm) {
        if (vm.documentProperty().get() == null) {
            table.getSelectionModel().clearSelection();
            return;
        }
        long id = vm.documentProperty().get().id();
        syncing = true;
        try {
            ArticleRow selected = table.getSelectionModel().getSelectedItem();
            if (selected != null && selected.id() == id && table.getItems().contains(selected)) {
                return;
            }
            table.getSelectionModel().clearSelection();
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).id() == id) {
                    table.getSelectionModel().select(i);
                    break;
                }
            }
        } finally {
            syncing = false;
        }
    }
}
