package org.newsmark.ui.sources;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * View › Sources… (Ctrl+Shift+S): every source with its quotes and articles; the selected one's
 * counts per article, outlet and label and its quotes (double-click or Enter opens one in the
 * article). Ctrl+click a second source to merge the two. It binds and forwards.
 */
public final class SourcesWindow extends BorderPane {

    private final SourcesViewModel vm;
    private final TableView<SourcesViewModel.Row> table = new TableView<>();

    private SourcesWindow(SourcesViewModel vm) {
        this.vm = vm;
        setTop(toolbar());
        SplitPane split = new SplitPane(sourceTable(), detail());
        split.setDividerPositions(0.6);
        setCenter(split);
        Label message = new Label();
        message.setId("sources-message");
        message.textProperty().bind(vm.messageProperty());
        setBottom(message);
        BorderPane.setMargin(message, new Insets(4, 8, 4, 8));
    }

    /** Opens the view owned by the workbench; it reads the ledger again whenever it gets the focus. */
    public static Stage open(Window owner, SourcesViewModel vm, String projectName, java.util.function.Consumer<Scene> themed) {
        SourcesWindow view = new SourcesWindow(vm);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Sources — " + projectName);
        Scene scene = new Scene(view, 1240, 640);
        var css = SourcesWindow.class.getResource("/org/newsmark/ui/newsmark.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::close);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.focusedProperty().addListener((o, was, is) -> {
            if (is && was != null) {
                vm.refresh();
            }
        });
        themed.accept(scene);
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    private ToolBar toolbar() {
        Button rename = button("Rename…", "sources-rename", vm::rename);
        Button kind = button("Kind…", "sources-kind", vm::changeKind);
        Button role = button("Role and affiliation…", "sources-role", vm::editRoleAndAffiliation);
        Button merge = button("Merge two…", "sources-merge", () -> vm.merge(List.copyOf(table.getSelectionModel().getSelectedItems())));
        for (Button b : List.of(rename, kind, role, merge)) {
            b.setDisable(vm.isReadOnly());
        }
        return new ToolBar(rename, kind, role, merge, button("Export CSV…", "sources-export", vm::export),
                button("Refresh", "sources-refresh", vm::refresh));
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private TableView<SourcesViewModel.Row> sourceTable() {
        table.setId("sources-table");
        table.setItems(vm.entries());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().add(column("Name", 180, e -> e.source().name()));
        table.getColumns().add(column("Kind", 110, e -> e.source().kind().label()));
        table.getColumns().add(column("Role", 90, e -> e.source().role()));
        table.getColumns().add(column("Affiliation", 110, e -> e.source().affiliation()));
        table.getColumns().add(column("Quotes", 62, SourcesViewModel.Row::quotes));
        table.getColumns().add(column("Articles", 66, SourcesViewModel.Row::articles));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && !table.getSelectionModel().getSelectedItems().contains(b)) {
                table.getSelectionModel().clearAndSelect(vm.entries().indexOf(b));
            }
        });
        return table;
    }

    private static <S, T> TableColumn<S, T> column(String title, double width, Function<S, T> value) {
        TableColumn<S, T> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        return c;
    }

    private VBox detail() {
        TableView<SourcesViewModel.Count> counts = new TableView<>(vm.counts());
        counts.setId("sources-counts");
        counts.getColumns().add(column("By", 70, SourcesViewModel.Count::by));
        counts.getColumns().add(column("", 240, SourcesViewModel.Count::name));
        counts.getColumns().add(column("Quotes", 70, SourcesViewModel.Count::quotes));
        counts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        counts.setPlaceholder(new Label("Select a source."));
        ListView<SourcesViewModel.Quote> quotes = new ListView<>(vm.quotes());
        quotes.setId("sources-quotes");
        quotes.setPlaceholder(new Label("No quotes."));
        quotes.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SourcesViewModel.Quote q, boolean empty) {
                super.updateItem(q, empty);
                setText(empty || q == null ? null : q.analyst() + ": “" + q.text() + "” — " + q.article() + " (" + q.label() + ")");
            }
        });
        quotes.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.open(quotes.getSelectionModel().getSelectedItem());
            }
        });
        quotes.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.open(quotes.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        Label quotesTitle = new Label("Quotes (double-click or Enter opens one)");
        VBox box = new VBox(6, new Label("Counts"), counts, quotesTitle, quotes);
        VBox.setVgrow(counts, Priority.ALWAYS);
        VBox.setVgrow(quotes, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        return box;
    }
}
