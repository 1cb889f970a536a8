package org.newsmark.ui.team;

import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.newsmark.domain.ServerAddress;

/**
 * File › Open Team Project… (Ctrl+Shift+O): the server address, with the reason under it while
 * it is no address (Open disabled meanwhile). Open hands back the address; the opening is the
 * view-model's.
 */
public final class OpenTeamProjectDialog {

    private OpenTeamProjectDialog() {
    }

    public static Optional<ServerAddress> show(Window owner, OpenTeamProjectViewModel vm) {
        TextField field = new TextField();
        field.setId("team-address");
        field.setPromptText("postgresql://you@server/study");
        field.textProperty().bindBidirectional(vm.textProperty());
        Label problem = new Label();
        problem.setId("team-address-problem");
        problem.getStyleClass().add("attribute-problem");
        problem.textProperty().bind(vm.problemProperty());
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE); // wrapped, never cut to one line
        Label hint = new Label("The password comes from your pgpass file, or Newsmark asks for it; it is never kept.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(6, new Label("Server address"), field, problem, hint);
        content.setPrefWidth(460);

        Dialog<ServerAddress> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Open Team Project");
        d.setHeaderText("Open a team project on a PostgreSQL server");
        d.getDialogPane().setId("open-team-project");
        d.getDialogPane().setContent(content);
        ButtonType open = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(open).setId("team-open");
        d.getDialogPane().lookupButton(open).disableProperty().bind(vm.validProperty().not());
        d.setResultConverter(b -> b == open ? vm.address().orElse(null) : null);
        d.setOnShown(e -> Platform.runLater(() -> {
            field.requestFocus();
            field.end();
        }));
        ChangeListener<String> grow = (o, was, is) -> Platform.runLater(() -> growToFit(d));
        vm.problemProperty().addListener(grow);
        try {
            return d.showAndWait();
        } finally {
            vm.problemProperty().removeListener(grow);
            field.textProperty().unbindBidirectional(vm.textProperty());
        }
    }

    /** A longer reason wraps to more lines: the window grows to show it, and does not shrink under the mouse when it goes. */
    private static void growToFit(Dialog<?> d) {
        Window w = d.getDialogPane().getScene() == null ? null : d.getDialogPane().getScene().getWindow();
        if (w != null && w.isShowing() && d.getDialogPane().prefHeight(w.getWidth()) > d.getDialogPane().getHeight()) {
            w.sizeToScene();
        }
    }
}
