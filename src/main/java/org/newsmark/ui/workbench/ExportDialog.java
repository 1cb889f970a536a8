package org.newsmark.ui.workbench;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.newsmark.domain.Analyst;
import org.newsmark.io.csv.CsvOptions;
import org.newsmark.service.ExportScope;
import org.newsmark.service.ExportService;

/** Asks what to export: format, this article or all, which analyst, and the CSV options. */
final class ExportDialog {

    record Choice(ExportService.Format format, ExportScope scope, CsvOptions csvOptions) {
    }

    private ExportDialog() {
    }

    static Optional<Choice> ask(Window owner, WorkbenchViewModel vm) {
        Dialog<Choice> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Export tags");
        d.setHeaderText("Offsets are Unicode code points, end exclusive: Python's text[start:end] gives the tagged text.");
        ChoiceBox<String> format = new ChoiceBox<>();
        format.getItems().addAll("CSV (spreadsheets, R, pandas)", "JSON Lines (one article per line)", "brat standoff (folder per analyst)");
        format.getSelectionModel().select(0);
        format.setId("export-format");
        ChoiceBox<String> scope = new ChoiceBox<>();
        scope.getItems().addAll("All articles", "This article only");
        scope.getSelectionModel().select(0);
        scope.setDisable(vm.documentProperty().get() == null);
        ChoiceBox<String> analyst = new ChoiceBox<>();
        analyst.getItems().add("All analysts");
        vm.project().analysts().stream().map(Analyst::name).forEach(analyst.getItems()::add);
        analyst.getSelectionModel().select(0);
        CheckBox excel = new CheckBox("For Excel (byte-order mark, CRLF line ends)");
        CheckBox raw = new CheckBox("Raw cells (no guard against spreadsheet formulas)");
        excel.disableProperty().bind(format.getSelectionModel().selectedIndexProperty().isNotEqualTo(0));
        raw.disableProperty().bind(excel.disableProperty());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, new Label("Format"), format);
        grid.addRow(1, new Label("Articles"), scope);
        grid.addRow(2, new Label("Analyst"), analyst);
        grid.add(excel, 1, 3);
        grid.add(raw, 1, 4);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            ExportService.Format f = ExportService.Format.values()[format.getSelectionModel().getSelectedIndex()];
            Long doc = scope.getSelectionModel().getSelectedIndex() == 1 ? vm.documentProperty().get().id() : null;
            String who = analyst.getSelectionModel().getSelectedIndex() == 0 ? null : analyst.getValue();
            return new Choice(f, new ExportScope(doc, who), new CsvOptions(excel.isSelected(), raw.isSelected()));
        });
        return d.showAndWait();
    }
}
