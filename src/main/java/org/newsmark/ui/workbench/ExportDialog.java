package org.newsmark.ui.workbench;

import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.newsmark.ui.transfer.ExportOptionsViewModel;

/** Asks what to export: format, this article or all, which analyst, and the CSV options; binds to its view-model. */
final class ExportDialog {

    private ExportDialog() {
    }

    /** True when the user pressed OK; the choices are then in {@code options}. */
    static boolean ask(Window owner, ExportOptionsViewModel options) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Export tags");
        d.setHeaderText("Offsets are Unicode code points, end exclusive: Python's text[start:end] gives the tagged text.");
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
        CheckBox excel = new CheckBox("For Excel (byte-order mark, CRLF)");
        excel.selectedProperty().bindBidirectional(options.excelProperty());
        CheckBox raw = new CheckBox("Raw cells (no spreadsheet formula guard)");
        raw.selectedProperty().bindBidirectional(options.rawProperty());
        excel.disableProperty().bind(options.formatProperty().isNotEqualTo(0));
        raw.disableProperty().bind(options.formatProperty().isNotEqualTo(0));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Format"), format);
        grid.addRow(1, new Label("Articles"), scope);
        grid.addRow(2, new Label("Analyst"), analyst);
        grid.add(excel, 1, 3);
        grid.add(raw, 1, 4);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return d.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }
}
