package org.newsmark.ui.workbench;

import javafx.geometry.Insets;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.newsmark.domain.DocumentSummary;


/**
 * The project's articles with the tag count of the layer shown; choosing one opens it. F2 renames
 * the selected article and Delete deletes it (after asking), also from its context menu.
 */
final class ArticleList extends VBox {

    private final ListView<DocumentSummary> list = new ListView<>();
    private boolean syncing;

    ArticleList(WorkbenchViewModel vm) {
        list.setItems(vm.documents());
        list.setId("document-list");
        list.setPlaceholder(new Label("No articles.\nFile › Import article…\nor drop files here."));
        list.setCellFactory(l -> new DocumentCell(vm));
        list.setContextMenu(contextMenu(vm));
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            DocumentSummary chosen = list.getSelectionModel().getSelectedItem();
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
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b != null && (vm.documentProperty().get() == null || vm.documentProperty().get().id() != b.id())) {
                vm.openDocument(b.id());
            }
        });
        vm.documentProperty().addListener((o, a, b) -> selectCurrent(vm));
        vm.documents().addListener((javafx.collections.ListChangeListener<DocumentSummary>) c -> selectCurrent(vm));
        Label title = new Label();
        title.setId("articles-title");
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.showsAnotherLayer()
                ? "Articles (" + vm.shownAnalystProperty().get().name() + "'s tags)" : "Articles",
                vm.shownAnalystProperty(), vm.analystProperty()));
        title.getStyleClass().add("panel-title");
        title.setPadding(new Insets(6));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, list);
        getStyleClass().add("side-panel");
    }

    /** Puts the keyboard in the list (View › Show Articles Panel). */
    void focusList() {
        list.requestFocus();
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

    private java.util.Optional<DocumentSummary> chosen() {
        return java.util.Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    private void selectCurrent(WorkbenchViewModel vm) {
        if (vm.documentProperty().get() == null) {
            list.getSelectionModel().clearSelection();
            return;
        }
        long id = vm.documentProperty().get().id();
        syncing = true;
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).id() == id) {
                list.getSelectionModel().select(i);
            }
        }
        syncing = false;
    }

    /** Title on one line (in full as a tooltip) and, always visible below it, the tag count of the layer shown. */
    private static final class DocumentCell extends ListCell<DocumentSummary> {
        private final WorkbenchViewModel vm;
        private final Label title = new Label();
        private final Label count = new Label();
        private final VBox box = new VBox(2, title, count);

        DocumentCell(WorkbenchViewModel vm) {
            this.vm = vm;
            title.setStyle("-fx-font-weight: bold;");
            count.getStyleClass().add("hint");
            count.setId("document-tag-count");
            box.setMinWidth(0);
            box.setPrefWidth(0);
            setPrefWidth(0);
            setText(null);
        }

        @Override
        protected void updateItem(DocumentSummary item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                title.setText(item.title());
                setTooltip(new javafx.scene.control.Tooltip(item.title()));
                count.setText(item.annotationCount() + (item.annotationCount() == 1 ? " tag" : " tags")
                        + (vm.showsAnotherLayer() ? " by " + vm.shownAnalystProperty().get().name() : ""));
                setGraphic(box);
            }
        }
    }
}
