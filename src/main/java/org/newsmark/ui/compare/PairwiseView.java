package org.newsmark.ui.compare;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.newsmark.agreement.PairwiseMatrix;

/** Exact F1 and alpha-U for every pair of analysts, as a grid; for the shown document or the whole project. */
final class PairwiseView {

    private PairwiseView() {
    }

    static void show(Window owner, ComparisonViewModel vm) {
        GridPane grid = new GridPane();
        grid.setId("pairwise-grid");
        grid.setHgap(16);
        grid.setVgap(4);
        ToggleGroup scope = new ToggleGroup();
        ToggleButton doc = new ToggleButton("Shown document");
        ToggleButton project = new ToggleButton("Whole project");
        doc.setToggleGroup(scope);
        project.setToggleGroup(scope);
        project.setSelected(true);
        Runnable fill = () -> fill(grid, vm.pairwise(!doc.isSelected()));
        scope.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) a.setSelected(true); else fill.run();
        });
        fill.run();
        Label note = new Label("Each pair over the documents both analysts tagged. The consensus layer is left out.");
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Pairwise agreement");
        alert.setHeaderText("Pairwise agreement: exact F1 / alpha-U");
        alert.getDialogPane().setContent(new VBox(10, new HBox(6, doc, project), grid, note));
        alert.getButtonTypes().setAll(ButtonType.CLOSE);
        alert.show();
    }

    private static void fill(GridPane grid, PairwiseMatrix m) {
        grid.getChildren().clear();
        grid.addRow(0, new Label("Analyst A"), new Label("Analyst B"), new Label("Exact F1"), new Label("alpha-U"));
        int row = 1;
        for (PairwiseMatrix.Entry e : m.entries()) {
            grid.addRow(row++, new Label(e.analystA()), new Label(e.analystB()),
                    new Label(AgreementPanel.format(e.overall().exactF1())), new Label(AgreementPanel.format(e.overall().alphaU())));
        }
        grid.addRow(row, new Label("mean"), new Label(""), new Label(AgreementPanel.format(m.meanExactF1())),
                new Label(AgreementPanel.format(m.meanAlphaU())));
    }
}
