package org.newsmark.ui.common;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A longer text, such as a tag's note: it opens with the caret at the end of the text, grows
 * with it, Enter starts a new line, Ctrl+Enter saves, Esc cancels.
 *
 * <p>The dialog's button bar gives the keyboard focus to its default button when it lays the
 * buttons out, which happens as the window is shown: so the text area asks for the focus once
 * the window is up, and the Save button is not a default button (Enter belongs to the text, and
 * Space never reaches a button while the caret is in the box).
 */
final class LongTextDialog {

    static final int MIN_ROWS = 3;
    static final int MAX_ROWS = 16;
    static final int COLUMNS = 56;

    private LongTextDialog() {
    }

    static Optional<String> ask(Window owner, String title, String header, String initial) {
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(header);
        d.setResizable(true);
        d.getDialogPane().setId("long-text-dialog");

        TextArea area = new TextArea(initial == null ? "" : initial);
        area.setId("long-text");
        area.setWrapText(true);
        area.setPrefColumnCount(COLUMNS);
        area.setPrefRowCount(rowsFor(area.getText()));
        Label hint = new Label("Enter: new line   ·   Ctrl+Enter: save   ·   Esc: cancel");
        hint.getStyleClass().add("hint");
        d.getDialogPane().setContent(new VBox(6, area, hint));

        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Button saveButton = (Button) d.getDialogPane().lookupButton(save);
        saveButton.setDefaultButton(false);
        d.setResultConverter(b -> b == save ? area.getText() : null);

        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                saveButton.fire();
            }
        });
        area.textProperty().addListener((o, before, text) -> {
            int rows = rowsFor(text);
            if (rows != area.getPrefRowCount()) {
                area.setPrefRowCount(rows);
                Platform.runLater(() -> {
                    Window w = d.getDialogPane().getScene() == null ? null : d.getDialogPane().getScene().getWindow();
                    if (w != null && w.isShowing()) {
                        w.sizeToScene();
                    }
                });
            }
        });
        d.setOnShown(e -> Platform.runLater(() -> {
            area.requestFocus();
            area.positionCaret(area.getLength());
        }));
        return d.showAndWait();
    }

    /** Rows for {@code text}: its lines, long ones counted as wrapped, between MIN_ROWS and MAX_ROWS. */
    static int rowsFor(String text) {
        int rows = 0;
        for (String line : text.split("\n", -1)) {
            rows += Math.max(1, (line.length() + COLUMNS - 1) / COLUMNS);
        }
        // one spare row, so the next line has room before the box grows
        return Math.max(MIN_ROWS, Math.min(MAX_ROWS, rows + 1));
    }
}
