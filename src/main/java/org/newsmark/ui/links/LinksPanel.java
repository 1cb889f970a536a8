package org.newsmark.ui.links;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

/**
 * The selected tag's links, under its attributes: type, direction and the tag at the other end.
 * Enter or a double-click follows a link (the keys go back to the article), Delete removes one,
 * Esc goes back. Shown from the first time a tag is selected, then kept (with "Select a tag to see its links." when none is).
 */
public final class LinksPanel extends VBox {

    private final ListView<LinkRow> list = new ListView<>();

    /** @param leave gives the keys back to the article */
    public LinksPanel(LinkingViewModel vm, javafx.beans.value.ObservableBooleanValue tagSelected, Runnable leave) {
        Label title = new Label("Links");
        title.getStyleClass().add("panel-title");
        list.setId("links-list");
        list.setItems(vm.rows());
        // one line per link, cut with an ellipsis at the panel's width (no sideways scrolling); the whole text as a tooltip
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            // one per cell, its text changed: a Tooltip is a popup with a scene, too dear to make per update
            private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();

            {
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(LinkRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.text());
                tip.setText(empty || row == null ? null : row.text());
                setTooltip(empty || row == null ? null : tip);
            }
        });
        Label empty = new Label();
        empty.textProperty().bind(javafx.beans.binding.Bindings.when(tagSelected)
                .then("No links. L links the selected tag; J jumps along its links.").otherwise("Select a tag to see its links."));
        list.setPlaceholder(empty);
        list.setOnKeyPressed(e -> {
            LinkRow row = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && row != null) {
                vm.follow(row);
                leave.run();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                leave.run();
                e.consume();
            }
        });
        // the window's own Delete (delete the tag) must not fire while a link is chosen here
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                LinkRow row = list.getSelectionModel().getSelectedItem();
                if (row != null) {
                    vm.unlink(row);
                }
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            LinkRow row = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row != null) {
                vm.follow(row);
            }
        });
        getChildren().addAll(title, list);
        setSpacing(4);
        getStyleClass().add("links-panel");
        setStyle("-fx-padding: 6;");
        // once a tag has been selected the panel keeps its place: the tag table above does not grow and shrink (ADR 0047)
        setVisible(tagSelected.get());
        setManaged(tagSelected.get());
        tagSelected.addListener((o, was, now) -> {
            if (now) {
                setVisible(true);
                setManaged(true);
            }
        });
    }

    /** The keys into the list (Edit › Links of the Selected Tag). */
    public void focusList() {
        list.requestFocus();
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }
}
