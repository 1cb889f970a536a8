package org.newsmark.ui.attributes;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The form of a tag-all's values as a dialog: the Tags panel's fields for the chosen label's
 * attributes, then Continue (to the preview; Ctrl+Enter) or Cancel (Esc). Continue commits every
 * field first and stays open while a value is refused, the field keeping what was typed so that
 * it can be put right.
 */
public final class NewTagValuesDialog implements NewTagValuesQuestion {

    private final Supplier<Window> owner;

    /** @param owner the window the dialog belongs to (the workbench, the Corpus Search window) */
    public NewTagValuesDialog(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean ask(String title, NewTagValuesViewModel form) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner.get());
        d.setTitle(title);
        d.setHeaderText(form.headingProperty().get());
        d.getDialogPane().setId("tag-values");
        var css = NewTagValuesDialog.class.getResource("/org/newsmark/ui/newsmark.css");
        if (css != null && d.getDialogPane().getScene() != null) {
            // on the scene, as every window has it: ControlsFX's fields and their popups are given the theme's colours there
            d.getDialogPane().getScene().getStylesheets().add(css.toExternalForm());
        }
        AttributesPanel panel = new AttributesPanel(form, new javafx.beans.property.SimpleStringProperty(""), false,
                () -> d.setResult(ButtonType.CANCEL));
        panel.getStyleClass().remove("attributes-panel"); // no rule above the fields: the header has one
        Label hint = new Label(form.hint());
        hint.setWrapText(true);
        hint.getStyleClass().add("attribute-name");
        hint.setMinHeight(Region.USE_PREF_SIZE); // wrapped, never cut to one line
        VBox content = new VBox(6, panel, hint);
        content.setPrefWidth(440);
        d.getDialogPane().setContent(content);

        ButtonType go = new ButtonType("Continue", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(go, ButtonType.CANCEL);
        Button goButton = (Button) d.getDialogPane().lookupButton(go);
        goButton.setId("tag-values-continue");
        goButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!panel.commitAll()) {
                e.consume(); // the refusal is shown under the fields
            }
        });
        // Enter in a text field commits it (as in the Tags panel) and goes no further: Ctrl+Enter continues from anywhere
        d.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                goButton.fire();
            }
        });
        d.setOnShown(e -> Platform.runLater(panel::focusFirst));
        // the window grows with the line that says why a value was refused, and does not shrink when it goes:
        // it goes as a press on Continue takes the keys from the field, and a shrinking window would pull
        // the button from under the mouse before the release (the click was lost)
        ChangeListener<String> resize = (o, was, is) -> Platform.runLater(() -> {
            Window w = d.getDialogPane().getScene() == null ? null : d.getDialogPane().getScene().getWindow();
            if (w != null && w.isShowing() && is != null && !is.isEmpty()
                    && d.getDialogPane().prefHeight(w.getWidth()) > d.getDialogPane().getHeight()) {
                w.sizeToScene();
            }
        });
        form.problemProperty().addListener(resize);
        try {
            return d.showAndWait().filter(go::equals).isPresent();
        } finally {
            form.problemProperty().removeListener(resize);
        }
    }
}
