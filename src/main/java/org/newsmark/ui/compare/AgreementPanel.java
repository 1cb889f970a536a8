package org.newsmark.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.newsmark.agreement.AgreementMeasures;
import org.newsmark.agreement.LabelConfusion;
import org.newsmark.agreement.AgreementReport;

/**
 * The numbers: per label and overall, for the chosen scope and for all documents both analysts
 * tagged; the label confusion matrix; a bar chart of F1 per label. Headers explain how spans match.
 */
final class AgreementPanel extends VBox {

    record Row(String scope, String label, AgreementMeasures m) {
    }

    private final TableView<Row> table = new TableView<>();
    private final GridPane confusion = new GridPane();
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis(0, 1, 0.2));

    AgreementPanel(ComparisonViewModel vm) {
        super(8);
        setId("agreement-panel");
        table.setId("agreement-table");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY); // full headers; scroll sideways when narrow
        table.getColumns().add(text("Scope", Row::scope, "This document (or the chosen scope), or all documents both analysts tagged."));
        table.getColumns().add(text("Label", Row::label, "One label, or all labels together."));
        table.getColumns().add(number("Exact F1", m -> m.exactF1(),
                "2·matches / (A spans + B spans). A match: same label, identical begin and end, one-to-one (brat-iaa instance, GATE strict)."));
        table.getColumns().add(number("Overlap F1", m -> m.overlapF1(),
                "Same label and overlapping, one-to-one, greedy by largest overlap; includes exact matches (GATE lenient)."));
        table.getColumns().add(number("Char κ", m -> m.charKappa(),
                "Cohen's kappa over characters: each character inside/outside the label's spans (overall: the set of labels covering it)."));
        table.getColumns().add(number("α-U", m -> m.alphaU(),
                "Krippendorff's unitizing alpha on the character continuum: penalises boundary distance and spans only one analyst marked."));
        table.getColumns().add(count("Matches", m -> m.matches(), "Exact matches (same label, same begin and end)."));
        table.getColumns().add(count("A spans", m -> m.aSpans(), "Spans analyst A marked in this scope."));
        table.getColumns().add(count("B spans", m -> m.bSpans(), "Spans analyst B marked in this scope."));
        table.setPrefHeight(230);
        confusion.setId("confusion-matrix");
        confusion.setHgap(10);
        confusion.setVgap(4);
        chart.setId("agreement-chart");
        chart.setTitle("F1 per label (this scope)");
        chart.setAnimated(false);
        chart.setPrefHeight(220);
        chart.setLegendVisible(true);
        Label confusionTitle = new Label("Label confusion (rows: A's label, columns: B's label; overlapping spans with different labels)");
        confusionTitle.setWrapText(true);
        getChildren().addAll(table, confusionTitle, confusion, chart);
        vm.reportProperty().addListener((o, a, b) -> update(vm));
        update(vm);
    }

    private void update(ComparisonViewModel vm) {
        AgreementReport c = vm.reportProperty().get();
        AgreementReport all = vm.projectReportProperty().get();
        List<Row> rows = new ArrayList<>();
        if (c != null) {
            String scope = vm.scopeProperty().get() == null || vm.scopeProperty().get().id() == null ? "chosen (all)" : "this document";
            rows.add(new Row(scope, "all labels", c.overall()));
            c.perLabel().forEach((l, m) -> rows.add(new Row(scope, l, m)));
        }
        if (all != null) {
            rows.add(new Row("all documents", "all labels", all.overall()));
            all.perLabel().forEach((l, m) -> rows.add(new Row("all documents", l, m)));
        }
        table.setItems(FXCollections.observableArrayList(rows));
        showConfusion(c == null ? null : c.confusion());
        chart.getData().clear();
        if (c != null) {
            XYChart.Series<String, Number> exact = new XYChart.Series<>();
            exact.setName("Exact F1");
            XYChart.Series<String, Number> overlap = new XYChart.Series<>();
            overlap.setName("Overlap F1");
            c.perLabel().forEach((l, m) -> {
                exact.getData().add(new XYChart.Data<>(l, Double.isNaN(m.exactF1()) ? 0 : m.exactF1()));
                overlap.getData().add(new XYChart.Data<>(l, Double.isNaN(m.overlapF1()) ? 0 : m.overlapF1()));
            });
            chart.getData().addAll(List.of(exact, overlap));
        }
    }

    private void showConfusion(LabelConfusion m) {
        confusion.getChildren().clear();
        if (m == null) return;
        for (int j = 0; j < m.labels().size(); j++) {
            confusion.add(bold("B: " + m.labels().get(j)), j + 1, 0);
        }
        for (int i = 0; i < m.labels().size(); i++) {
            confusion.add(bold("A: " + m.labels().get(i)), 0, i + 1);
            for (int j = 0; j < m.labels().size(); j++) {
                confusion.add(new Label(i == j ? "–" : Long.toString(m.counts()[i][j])), j + 1, i + 1);
            }
        }
    }

    private static Label bold(String s) {
        Label l = new Label(s);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    static String format(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static TableColumn<Row, String> text(String name, java.util.function.Function<Row, String> value, String tip) {
        TableColumn<Row, String> c = new TableColumn<>();
        c.setGraphic(header(name, tip));
        c.setMinWidth(name.length() * 8 + 18); // the header is a graphic, which TableView does not size for
        c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(value.apply(r.getValue())));
        return c;
    }

    private static TableColumn<Row, String> number(String name, ToDoubleFunction<AgreementMeasures> value, String tip) {
        return text(name, r -> format(value.applyAsDouble(r.m())), tip);
    }

    private static TableColumn<Row, String> count(String name, java.util.function.ToLongFunction<AgreementMeasures> value, String tip) {
        return text(name, r -> Long.toString(value.applyAsLong(r.m())), tip);
    }

    /** A header label with a tooltip: TableColumn has no tooltip of its own. */
    private static Label header(String name, String tip) {
        Label l = new Label(name);
        Tooltip t = new Tooltip(tip);
        t.setWrapText(true);
        t.setMaxWidth(360);
        l.setTooltip(t);
        return l;
    }
}
