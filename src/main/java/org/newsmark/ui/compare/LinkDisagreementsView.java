package org.newsmark.ui.compare;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The "Link disagreements" tab: every link one analyst made and the other did not, marked when
 * settled; the same keys as the span disagreements act on it while the tab is shown (F8 / Shift+F8,
 * A, B, R), and the list is walked with the arrow keys or the mouse.
 */
final class LinkDisagreementsView extends VBox {

    private final ListView<LinkDisagreementsViewModel.Row> list = new ListView<>();

    LinkDisagreementsView(ComparisonViewModel vm) {
        super(6);
        LinkDisagreementsViewModel links = vm.links();
        list.setId("link-disagreement-list");
        list.setItems(links.rows());
        list.setPlaceholder(new Label("No link disagreements: both analysts made the same links (or none)."));
        list.setCellFactory(v -> new ListCell<>() {
            private final Label mark = new Label();

            {
                mark.setMinWidth(Region.USE_PREF_SIZE);
                mark.setPrefWidth(110);
                mark.getStyleClass().add("decision-mark");
            }

            @Override
            protected void updateItem(LinkDisagreementsViewModel.Row r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                mark.setText(switch (r.status()) {
                    case IN_CONSENSUS -> "✓ in " + vm.consensusName();
                    case REJECTED -> "✓ rejected";
                    case OPEN -> "";
                });
                setGraphic(mark);
                setText(links.text(r));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null && r != links.selectedProperty().get()) links.selectedProperty().set(r);
        });
        links.selectedProperty().addListener((o, a, r) -> {
            if (r == null) {
                list.getSelectionModel().clearSelection();
            } else if (r != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(r);
                list.scrollTo(r);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Button previous = button("◀ Previous (Shift+F8)", "link-previous", links::previous);
        Button next = button("Next (F8) ▶", "link-next", links::next);
        Button acceptA = button("Accept A (A)", "link-accept-a", links::acceptA);
        Button acceptB = button("Accept B (B)", "link-accept-b", links::acceptB);
        Button reject = button("Reject (R)", "link-reject", links::reject);
        for (Button x : new Button[] {acceptA, acceptB, reject}) {
            if (vm.isReadOnly()) x.setDisable(true);
            else x.disableProperty().bind(links.selectedProperty().isNull());
        }
        Label progress = new Label();
        progress.setId("link-progress");
        progress.textProperty().bind(links.progressProperty());
        progress.setStyle("-fx-font-weight: bold;");
        HBox walk = new HBox(6, previous, next, progress);
        walk.setAlignment(Pos.CENTER_LEFT);
        Label where = new Label("Accepting copies the link and both its end tags into \"" + vm.consensusName()
                + "\" (a tag consensus already has is reused); Ctrl+Z takes it back. A link counts as settled once "
                + vm.consensusName() + " has it; a rejection is kept in the project too.");
        where.setWrapText(true);
        getChildren().addAll(list, walk, new HBox(6, acceptA, acceptB, reject), where);
        setPadding(new Insets(6));
    }

    ListView<LinkDisagreementsViewModel.Row> list() {
        return list;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
