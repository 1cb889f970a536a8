package org.newsmark.ui.workbench;

import java.util.ArrayList;
import java.util.List;
import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.newsmark.ui.transfer.ExportOptionsViewModel;

/**
 * Asks what to export: format, this article or all, which analyst, and for CSV one of the two
 * presets, each with a line saying what it does; the headline says what the chosen export keeps.
 * Binds to its view-model.
 */
final class ExportDialog {

    /** Wide enough for the headline and each preset's line on two lines at most. */
    private static final double WIDTH = 560;

    private ExportDialog() {
    }

    /** True when the user pressed OK; the choices are then in {@code options}. */
    static boolean ask(Window owner, ExportOptionsViewModel options) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Export tags");
        d.getDialogPane().setPrefWidth(WIDTH);
        d.getDialogPane().headerTextProperty().bind(options.promise());
        ChoiceBox<String> format = new ChoiceBox<>(options.formats());
        format.setId("export-format");
        format.getSelectionModel().select(options.formatProperty().get());
        format.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> options.formatProperty().set(b.intValue()));
        ChoiceBox<String> scope = new ChoiceBox<>();
        scope.getItems().addAll("All articles", "This article only");
        scope.getSelectionModel().select(options.thisArticleOnlyProperty().get() ? 1 : 0);
        scope.setDisable(!options.canChooseThisArticle());
        scope.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> options.thisArticleOnlyProperty().set(b.intValue() == 1));
        ChoiceBox<String> analyst = new ChoiceBox<>(options.analysts());
        analyst.valueProperty().bindBidirectional(options.analystProperty());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.addRow(0, new Label("Format"), format);
        grid.addRow(1, new Label("Articles"), scope);
        grid.addRow(2, new Label("Analyst"), analyst);
        Label csvLabel = new Label("CSV for");
        VBox presets = presets(options);
        csvLabel.disableProperty().bind(options.csvChosen().not());
        grid.addRow(3, csvLabel, presets);
        GridPane.setValignment(csvLabel, VPos.TOP);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return d.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    /** One radio button per preset, each with its line below it. */
    private static VBox presets(ExportOptionsViewModel options) {
        ToggleGroup group = new ToggleGroup();
        List<RadioButton> buttons = new ArrayList<>();
        VBox box = new VBox(2);
        box.setId("csv-presets");
        List<ExportOptionsViewModel.PresetChoice> choices = options.presetChoices();
        for (int i = 0; i < choices.size(); i++) {
            ExportOptionsViewModel.PresetChoice c = choices.get(i);
            RadioButton b = new RadioButton(c.title());
            b.setId("csv-preset-" + i);
            b.setToggleGroup(group);
            b.setUserData(i);
            Label line = new Label(c.line());
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            line.getStyleClass().add(Styles.TEXT_MUTED);
            VBox.setMargin(line, new Insets(0, 0, i < choices.size() - 1 ? 6 : 0, 24));
            box.getChildren().addAll(b, line);
            buttons.add(b);
        }
        buttons.get(Math.max(0, options.presetIndexProperty().get())).setSelected(true);
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                options.presetIndexProperty().set((Integer) b.getUserData());
            }
        });
        options.presetIndexProperty().addListener((o, a, b) -> buttons.get(b.intValue()).setSelected(true));
        box.disableProperty().bind(options.csvChosen().not());
        return box;
    }
}
