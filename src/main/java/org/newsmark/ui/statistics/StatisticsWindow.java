package org.newsmark.ui.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.newsmark.domain.ChartColours;
import org.newsmark.domain.StatisticsKey;
import org.newsmark.domain.StatisticsTable;
import org.newsmark.domain.TagCount;

/**
 * View › Statistics… (Ctrl+Shift+G): rows and series keys, an analyst, the bars and the timeline
 * beside the table; exports. It binds and forwards; the figures come from the view-model.
 */
public final class StatisticsWindow extends BorderPane {

    private static final String NONE = "(none)";
    private final StatisticsViewModel vm;
    private final BarChart<String, Number> bars = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final LineChart<String, Number> timeline = new LineChart<>(new CategoryAxis(), new NumberAxis());
    private final TableView<TagCount> table = new TableView<>();
    private final TabPane charts = new TabPane();

    private StatisticsWindow(StatisticsViewModel vm) {
        this.vm = vm;
        setTop(toolbar());
        bars.setId("statistics-bars");
        bars.setAnimated(false);
        timeline.setId("statistics-timeline");
        timeline.setAnimated(false);
        Tab barTab = new Tab("Bars", bars);
        Tab lineTab = new Tab("Timeline (by month)", timeline);
        charts.getTabs().addAll(barTab, lineTab);
        charts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        charts.getSelectionModel().selectedItemProperty().addListener((o, a, b) ->
                vm.shownChartProperty().set(b == lineTab ? StatisticsViewModel.Chart.TIMELINE : StatisticsViewModel.Chart.BARS));
        table.setId("statistics-table");
        table.setItems(vm.rows());
        table.setPlaceholder(new Label("No tags counted."));
        SplitPane split = new SplitPane(charts, table);
        split.setDividerPositions(0.65);
        setCenter(split);
        Label message = new Label();
        message.setId("statistics-message");
        message.textProperty().bind(vm.messageProperty());
        setBottom(message);
        BorderPane.setMargin(message, new Insets(4, 8, 4, 8));
        vm.tableProperty().addListener((o, a, t) -> columns(t));
        vm.barsProperty().addListener((o, a, p) -> draw(bars, p, vm.barColours()));
        vm.timelineProperty().addListener((o, a, p) -> draw(timeline, p, vm.timelineColours()));
    }

    /** Opens the window owned by the workbench and counts at once. */
    public static Stage open(Window owner, StatisticsViewModel vm, String projectName, Consumer<Scene> themed) {
        StatisticsWindow view = new StatisticsWindow(vm);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Statistics — " + projectName);
        Scene scene = new Scene(view, 1150, 680);
        var css = StatisticsWindow.class.getResource("/org/newsmark/ui/newsmark.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::close);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        themed.accept(scene);
        stage.setScene(scene);
        stage.show();
        vm.refresh();
        return stage;
    }

    private ToolBar toolbar() {
        List<String> keyIds = vm.keys().stream().map(StatisticsKey::id).toList();
        ComboBox<String> rows = new ComboBox<>(FXCollections.observableArrayList(keyIds));
        rows.setId("statistics-rows");
        rows.setValue(vm.rowKeyProperty().get().id());
        List<String> seriesIds = new ArrayList<>();
        seriesIds.add(NONE);
        seriesIds.addAll(keyIds);
        ComboBox<String> series = new ComboBox<>(FXCollections.observableArrayList(seriesIds));
        series.setId("statistics-series");
        series.setValue(vm.seriesKeyProperty().get() == null ? NONE : vm.seriesKeyProperty().get().id());
        ComboBox<String> analyst = new ComboBox<>(vm.analysts());
        analyst.setId("statistics-analyst");
        analyst.valueProperty().bindBidirectional(vm.analystProperty());
        rows.setOnAction(e -> {
            vm.rowKeyProperty().set(StatisticsKey.parse(rows.getValue()).orElse(null));
            vm.refresh();
        });
        series.setOnAction(e -> {
            vm.seriesKeyProperty().set(NONE.equals(series.getValue()) ? null : StatisticsKey.parse(series.getValue()).orElse(null));
            vm.refresh();
        });
        analyst.setOnAction(e -> vm.refresh());
        for (ComboBox<String> c : List.of(rows, series)) {
            c.setButtonCell(new ListCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            });
        }
        return new ToolBar(new Label("Rows"), rows, new Label("Series"), series, analyst,
                button("Export CSV…", "statistics-export-csv", vm::exportCsv),
                button("Export PNG…", "statistics-export-png", () -> vm.exportPng(shownChart().snapshot(null, null))),
                button("Export SVG…", "statistics-export-svg", vm::exportSvg),
                button("Refresh", "statistics-refresh", vm::refresh));
    }

    private XYChart<String, Number> shownChart() {
        return vm.shownChartProperty().get() == StatisticsViewModel.Chart.TIMELINE ? timeline : bars;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void columns(StatisticsTable t) {
        table.getColumns().clear();
        if (t == null) {
            return;
        }
        for (int i = 0; i < t.keys().size(); i++) {
            int index = i;
            TableColumn<TagCount, String> c = new TableColumn<>(t.keys().get(i).id());
            c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().values().get(index)));
            c.setPrefWidth(160);
            table.getColumns().add(c);
        }
        TableColumn<TagCount, Long> tags = new TableColumn<>("tags");
        tags.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().tags()));
        table.getColumns().add(tags);
        bars.setTitle(vm.chartTitle());
        timeline.setTitle(vm.chartTitle() + " per month");
    }

    private static void draw(XYChart<String, Number> chart, StatisticsTable.Pivot pivot, ChartColours colours) {
        chart.getData().clear();
        if (pivot == null) {
            return;
        }
        List<XYChart.Series<String, Number>> all = new ArrayList<>();
        for (StatisticsTable.Pivot.Series s : pivot.series()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(s.name());
            for (int c = 0; c < pivot.categories().size(); c++) {
                series.getData().add(new XYChart.Data<>(pivot.categories().get(c), s.values().get(c)));
            }
            all.add(series);
        }
        CategoryAxis axis = (CategoryAxis) chart.getXAxis();
        axis.setCategories(FXCollections.observableArrayList(pivot.categories()));
        chart.getData().setAll(all);
        // without it the axis may keep the tick labels of the count before under the new bars (seen
        // going from outlets to labels in the app, JavaFX 21): its range is laid out anew
        axis.invalidateRange(pivot.categories());
        colour(chart, colours);
    }

    /**
     * The view-model's colours over the theme's series colours, by inline style (which wins over
     * any style sheet): each bar flat in its colour, as the SVG draws it; each line and its points;
     * the legend's symbols. A legend is left out when each bar has its label's colour.
     */
    private static void colour(XYChart<String, Number> chart, ChartColours colours) {
        boolean lines = chart instanceof LineChart;
        List<XYChart.Series<String, Number>> all = chart.getData();
        for (int i = 0; i < all.size(); i++) {
            XYChart.Series<String, Number> series = all.get(i);
            String c = colours.series(i);
            if (lines && series.getNode() != null) {
                series.getNode().setStyle("-fx-stroke: " + c + ";");
            }
            for (int j = 0; j < series.getData().size(); j++) {
                Node point = series.getData().get(j).getNode();
                if (point != null) {
                    String fill = lines ? c : colours.bar(i, j);
                    point.setStyle(lines ? "-fx-background-color: " + fill + ", white;"
                            : "-fx-bar-fill: " + fill + "; -fx-background-color: " + fill + ";");
                }
            }
        }
        chart.setLegendVisible(!colours.byCategory());
        for (Node item : chart.lookupAll(".chart-legend-item")) {
            if (item instanceof Label entry && entry.getGraphic() != null) {
                int i = indexOf(all, entry.getText());
                if (i >= 0) {
                    entry.getGraphic().setStyle("-fx-background-color: " + colours.series(i) + (lines ? ", white;" : ";"));
                }
            }
        }
    }

    private static int indexOf(List<XYChart.Series<String, Number>> all, String name) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).getName().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
