package org.newsmark.ui.workbench;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.newsmark.domain.Label;

/** The few dialogs the workbench needs, each with a title that says what happened. */
public final class Dialogs {

    private Dialogs() {
    }

    public static void error(Window owner, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Newsmark");
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(480);
        alert.showAndWait();
    }

    public static void info(Window owner, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Newsmark");
        alert.setHeaderText(header);
        alert.showAndWait();
    }

    public static Optional<String> askAnalystName(Window owner, String current) {
        TextInputDialog d = new TextInputDialog(current == null ? "" : current);
        d.initOwner(owner);
        d.setTitle("Newsmark");
        d.setHeaderText("Who is tagging? Every tag records its analyst.");
        d.setContentText("Your name:");
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    public static Optional<String> editNote(Window owner, String about, String note) {
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Note");
        d.setHeaderText(about);
        TextArea area = new TextArea(note);
        area.setWrapText(true);
        area.setPrefRowCount(5);
        d.getDialogPane().setContent(area);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? area.getText() : null);
        d.setOnShown(e -> area.requestFocus());
        return d.showAndWait();
    }

    /** F1: the How to tag card in a window of its own. */
    public static void howToTag(Window owner, List<Label> labels) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("How to tag");
        d.getDialogPane().setContent(new HowToTagCard(labels));
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.getDialogPane().setId("how-to-tag-dialog");
        d.getDialogPane().getStylesheets().add(Dialogs.class.getResource("/org/newsmark/ui/newsmark.css").toExternalForm());
        d.showAndWait();
    }
}
