package org.newsmark.ui.workbench;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
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

    public static void howToTag(Window owner, List<Label> labels) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int row = 0;
        for (Label l : labels) {
            javafx.scene.control.Label name = new javafx.scene.control.Label(
                    (l.key() == null ? "" : l.key() + "  ") + l.name());
            name.setStyle("-fx-font-weight: bold;");
            javafx.scene.control.Label def = new javafx.scene.control.Label(l.definition());
            def.setWrapText(true);
            def.setMaxWidth(380);
            grid.addRow(row++, new Rectangle(14, 14, Color.web(l.color())), name, def);
        }
        javafx.scene.control.Label how = new javafx.scene.control.Label(
                "Select text with the mouse or Shift+arrows, then press the label's key.\n"
                        + "Click a tag to select it: another key changes its label, Delete removes it, F2 edits its note.\n"
                        + "Ctrl+Z undoes, Ctrl+Shift+Z or Ctrl+Y redoes. Every change is saved at once.");
        how.setWrapText(true);
        grid.add(how, 0, row, 3, 1);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("How to tag");
        alert.setHeaderText("How to tag");
        alert.getDialogPane().setContent(grid);
        alert.showAndWait();
    }
}
