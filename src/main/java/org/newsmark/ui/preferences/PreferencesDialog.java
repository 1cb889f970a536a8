package org.newsmark.ui.preferences;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Edit › Preferences… (Ctrl+,): font size, theme, snap to words, analyst name. OK applies. */
public final class PreferencesDialog {

    private PreferencesDialog() {
    }

    public static Optional<PreferencesViewModel.Values> show(Window owner, PreferencesViewModel prefs) {
        PreferencesViewModel.Values now = prefs.values();
        Spinner<Double> size = new Spinner<>(PreferencesViewModel.MIN_FONT_SIZE, PreferencesViewModel.MAX_FONT_SIZE,
                now.fontSize(), PreferencesViewModel.FONT_STEP);
        size.setId("pref-font-size");
        size.setEditable(true);
        size.setPrefWidth(110);
        ToggleGroup themes = new ToggleGroup();
        RadioButton light = new RadioButton("Light");
        light.setId("pref-theme-light");
        RadioButton dark = new RadioButton("Dark");
        dark.setId("pref-theme-dark");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        (now.theme() == PreferencesViewModel.Theme.DARK ? dark : light).setSelected(true);
        CheckBox snap = new CheckBox("Snap new tags to whole words");
        snap.setId("pref-snap");
        snap.setSelected(now.snapToWords());
        TextField analyst = new TextField(now.analystName());
        analyst.setId("pref-analyst");
        analyst.setPromptText("your name, recorded with every tag");

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        grid.setPadding(new Insets(12, 16, 8, 16));
        HBox sizeRow = new HBox(8, size, hint("Ctrl+Plus / Ctrl+Minus, Ctrl+0 resets; menus and lists follow"));
        sizeRow.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(0, new Label("Article font size"), sizeRow);
        grid.addRow(1, new Label("Theme"), new HBox(16, light, dark));
        grid.addRow(2, new Label("Tagging"), snap);
        grid.addRow(3, new Label("Analyst name"), analyst);
        grid.add(hint("Used for new projects and the next start; Analyst › Switch Analyst changes it for this project now."), 1, 4);

        Dialog<PreferencesViewModel.Values> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Preferences");
        d.setHeaderText("Preferences");
        d.getDialogPane().setContent(grid);
        d.getDialogPane().setId("preferences");
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b != ButtonType.OK ? null : new PreferencesViewModel.Values(
                size.getValue() == null ? now.fontSize() : size.getValue(),
                dark.isSelected() ? PreferencesViewModel.Theme.DARK : PreferencesViewModel.Theme.LIGHT,
                snap.isSelected(), analyst.getText()));
        return d.showAndWait();
    }

    /** A hint in smaller text, 320 px wide and wrapped, never cut: the dialog grows to show all of it. */
    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        l.setPrefWidth(320);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setMaxWidth(Region.USE_PREF_SIZE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
