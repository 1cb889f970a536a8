package org.newsmark.ui.workbench;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.newsmark.domain.DocumentSummary;


/** The project's articles with the current analyst's tag count; choosing one opens it. */
final class ArticleList extends VBox {

    private final ListView<DocumentSummary> list = new ListView<>();
    private boolean syncing;

    ArticleList(WorkbenchViewModel vm) {
        list.setItems(vm.documents());
        list.setId("document-list");
        list.setPlaceholder(new Label("No articles.\nFile › Import article…\nor drop files here."));
        list.setCellFactory(l -> new DocumentCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b != null && (vm.documentProperty().get() == null || vm.documentProperty().get().id() != b.id())) {
                vm.openDocument(b.id());
            }
        });
        vm.documentProperty().addListener((o, a, b) -> selectCurrent(vm));
        vm.documents().addListener((javafx.collections.ListChangeListener<DocumentSummary>) c -> selectCurrent(vm));
        Label title = new Label("Articles");
        title.getStyleClass().add("panel-title");
        title.setPadding(new Insets(6));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, list);
        getStyleClass().add("side-panel");
    }

    private void selectCurrent(WorkbenchViewModel vm) {
        if (vm.documentProperty().get() == null) {
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

    /** Title on one line (in full as a tooltip) and, always visible below it, the analyst's tag count. */
    private static final class DocumentCell extends ListCell<DocumentSummary> {
        private final Label title = new Label();
        private final Label count = new Label();
        private final VBox box = new VBox(2, title, count);

        DocumentCell() {
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
                count.setText(item.annotationCount() + (item.annotationCount() == 1 ? " tag" : " tags"));
                setGraphic(box);
            }
        }
    }
}
