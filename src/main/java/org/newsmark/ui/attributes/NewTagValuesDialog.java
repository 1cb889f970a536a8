package org.newsmark.ui.attributes;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The form of a tag-all's values as a dialog: the Tags panel's fields for the chosen label's
 * attributes, then Continue (to the preview) or Cancel. Continue commits every field first and
 * stays open while a value is refused, with the field keeping what was typed to be put right; its
 * button takes no focus on a click, so that the field is still the one with the keys. Esc cancels.
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
        if (css != null) {
            d.getDialogPane().getStylesheets().add(css.toExternalForm()); // ControlsFX's fields take the theme's colours
        }
        AttributesPanel panel = new AttributesPanel(form, new javafx.beans.property.SimpleStringProperty(""), false,
                () -> d.setResult(ButtonType.CANCEL));
        panel.getStyleClass().remove("attributes-panel"); // no rule above the fields: the header has one
        Label hint = new Label(form.hint());
        hint.setWrapText(true);
        hint.getStyleClass().add("attribute-name");
        VBox content = new VBox(6, panel, hint);
        content.setPrefWidth(440);
        d.getDialogPane().setContent(content);

        ButtonType go = new ButtonType("Continue", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(go, ButtonType.CANCEL);
        Button goButton = (Button) d.getDialogPane().lookupButton(go);
        goButton.setId("tag-values-continue");
        goButton.setFocusTraversable(false);
        d.getDialogPane().lookupButton(ButtonType.CANCEL).setFocusTraversable(false);
        goButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!panel.commitAll()) {
                e.consume(); // the refusal is shown under the fields
            }
        });
        d.setOnShown(e -> Platform.runLater(panel::focusFirst));
        return d.showAndWait().filter(go::equals).isPresent();
    }
}
