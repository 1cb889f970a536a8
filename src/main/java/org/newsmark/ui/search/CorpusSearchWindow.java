package org.newsmark.ui.search;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.newsmark.ui.attributes.NewTagValuesDialog;

/**
 * View › Search Corpus… (Ctrl+Shift+F): a query field, the hits in context grouped by article with
 * their counts, Enter or a double-click opening the article at the hit, and Tag all…. Binds and forwards.
 */
public final class CorpusSearchWindow extends BorderPane {

    private final CorpusSearchViewModel vm;
    private final TextField query = new TextField();
    private final ListView<CorpusSearchViewModel.Row> results = new ListView<>();

    CorpusSearchWindow(CorpusSearchViewModel vm) {
        this.vm = vm;
        vm.values().askWith(new NewTagValuesDialog(() -> getScene().getWindow()));
        query.setId("corpus-query");
        query.setPromptText("A word or phrase, e.g. new bridge");
        query.textProperty().bindBidirectional(vm.queryProperty());
        query.setOnAction(e -> vm.search());
        HBox.setHgrow(query, Priority.ALWAYS);
        CheckBox ranked = new CheckBox("Best first");
        ranked.setId("corpus-ranked");
        ranked.selectedProperty().bindBidirectional(vm.rankedProperty());
        CheckBox listed = new CheckBox("Only the articles listed");
        listed.setId("corpus-only-listed");
        listed.selectedProperty().bindBidirectional(vm.onlyListedProperty());
        Button search = new Button("Search");
        search.setId("corpus-search");
        search.setOnAction(e -> vm.search());
        search.disableProperty().bind(vm.busyProperty());
        Button tagAll = new Button("Tag all…");
        tagAll.setId("corpus-tag-all");
        tagAll.setOnAction(e -> vm.tagAll());
        tagAll.disableProperty().bind(vm.canTagAllProperty().not().or(vm.busyProperty()));
        HBox top = new HBox(6, query, ranked, listed, search, tagAll);
        top.setPadding(new Insets(8));
        setTop(top);
        results.setId("corpus-results");
        results.setItems(vm.rows());
        results.setPlaceholder(new Label("No hits to show."));
        results.setCellFactory(l -> new HitCell());
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.open(results.getSelectionModel().getSelectedItem());
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.open(results.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !vm.rows().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().select(1);
            }
        });
        setCenter(results);
        Label summary = new Label();
        summary.setId("corpus-summary");
        summary.textProperty().bind(vm.summaryProperty());
        setBottom(summary);
        BorderPane.setMargin(summary, new Insets(4, 8, 4, 8));
    }

    /** A heading: the article's title and count, in bold; a hit: its context with the hit in bold. */
    private static final class HitCell extends ListCell<CorpusSearchViewModel.Row> {
        @Override
        protected void updateItem(CorpusSearchViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            if (row.isHeading()) {
                Text title = new Text(row.title() + "  (" + row.count() + (row.count() == 1 ? " hit)" : " hits)"));
                title.setStyle("-fx-font-weight: bold;");
                setGraphic(new TextFlow(title));
            } else {
                Text hit = new Text(row.text());
                hit.setStyle("-fx-font-weight: bold;");
                setGraphic(new TextFlow(new Text("    \u2026" + row.before()), hit, new Text(row.after() + "\u2026")));
            }
        }
    }

    /** Opens the window owned by the workbench. */
    public static Stage open(Window owner, CorpusSearchViewModel vm, String projectName, Consumer<Scene> themed) {
        CorpusSearchWindow view = new CorpusSearchWindow(vm);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Search Corpus — " + projectName);
        Scene scene = new Scene(view, 900, 600);
        var css = CorpusSearchWindow.class.getResource("/org/newsmark/ui/newsmark.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::close);
        // a filter, not an accelerator: the list of hits takes Escape for itself when it has the keys
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()) {
                e.consume();
                stage.close();
            }
        });
        themed.accept(scene);
        stage.setScene(scene);
        stage.show();
        view.query.requestFocus();
        return stage;
    }
}
