package org.newsmark.ui.statistics;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import org.newsmark.domain.ChartColours;
import org.newsmark.domain.StatisticsKey;
import org.newsmark.domain.StatisticsTable;
import org.newsmark.domain.TagCount;
import org.newsmark.io.chart.SvgChart;
import org.newsmark.io.csv.CsvOptions;
import org.newsmark.service.StatisticsService;
import org.newsmark.ui.common.DialogService;
import org.newsmark.ui.common.FileFilter;
import org.newsmark.ui.common.TaskRunner;

/**
 * The Statistics window (View › Statistics…): tags counted by one key (the rows, the bars'
 * categories) or two (the second gives the series), one analyst's or everyone's; a timeline of
 * the same rows by month; the table exported as CSV, the charts as PNG and SVG. The charts'
 * colours ({@link ChartColours}) are worked out here, so that the window and the SVG agree: a
 * label's own colour where the series (or, with one series, the bars) are labels.
 */
public final class StatisticsViewModel {

    /** The chart keeps this many categories (bars) or lines (timeline), the largest; the table keeps all. */
    public static final int CHART_LIMIT = 30;
    public static final String ALL_ANALYSTS = "All analysts";

    public enum Chart { BARS, TIMELINE }

    private final StatisticsService statistics;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Path folder;
    private final List<StatisticsKey> keys = new ArrayList<>();
    private final ObjectProperty<StatisticsKey> rowKey = new SimpleObjectProperty<>(StatisticsKey.of(StatisticsKey.Kind.OUTLET));
    /** Null: one series, "tags". */
    private final ObjectProperty<StatisticsKey> seriesKey = new SimpleObjectProperty<>(StatisticsKey.of(StatisticsKey.Kind.LABEL));
    private final ObjectProperty<String> analyst = new SimpleObjectProperty<>(ALL_ANALYSTS);
    private final ObservableList<String> analysts = FXCollections.observableArrayList();
    private final ObjectProperty<Chart> shownChart = new SimpleObjectProperty<>(Chart.BARS);
    private final ReadOnlyObjectWrapper<StatisticsTable> table = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<StatisticsTable.Pivot> bars = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<StatisticsTable.Pivot> timeline = new ReadOnlyObjectWrapper<>();
    private final ObservableList<TagCount> rows = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private ChartColours barColours = ChartColours.palette(new StatisticsTable.Pivot(List.of(), List.of()));
    private ChartColours timelineColours = barColours;

    /** What one count brings back from the background: the table, the timeline's table, the labels' colours. */
    private record Counted(StatisticsTable table, StatisticsTable months, Map<String, String> labelColours) {
    }

    /** @param folder where exports are offered first (the project's folder), or null */
    public StatisticsViewModel(StatisticsService statistics, List<String> analystNames, TaskRunner tasks, DialogService dialogs, Path folder) {
        this.statistics = statistics;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.folder = folder;
        for (StatisticsKey.Kind k : StatisticsKey.Kind.values()) {
            if (k != StatisticsKey.Kind.CODE) {
                keys.add(StatisticsKey.of(k));
            }
        }
        statistics.codeNames().forEach(name -> keys.add(StatisticsKey.code(name)));
        analysts.add(ALL_ANALYSTS);
        analysts.addAll(analystNames);
    }

    /** The keys to choose from: outlet, label, analyst, month, article, then code:NAME per article code. */
    public List<StatisticsKey> keys() {
        return List.copyOf(keys);
    }

    /** Counts again with the chosen keys and analyst, in the background. */
    public void refresh() {
        StatisticsKey row = rowKey.get();
        StatisticsKey series = seriesKey.get();
        if (row == null) {
            message.set("Choose what the rows count by.");
            return;
        }
        if (row.equals(series)) {
            message.set("Rows and series count by the same key: choose another series, or none.");
            return;
        }
        List<StatisticsKey> chosen = series == null ? List.of(row) : List.of(row, series);
        StatisticsKey month = StatisticsKey.of(StatisticsKey.Kind.MONTH);
        // the timeline: the rows' values as lines by month (or the series', when the rows are months)
        StatisticsKey lineKey = row.equals(month) ? series : row;
        List<StatisticsKey> byMonth = lineKey == null || lineKey.equals(month) ? List.of(month) : List.of(month, lineKey);
        Optional<String> who = ALL_ANALYSTS.equals(analyst.get()) ? Optional.empty() : Optional.ofNullable(analyst.get());
        tasks.run("Counting tags", control -> {
            StatisticsTable counted = statistics.count(chosen, who);
            control.checkCancelled();
            return new Counted(counted, statistics.count(byMonth, who), statistics.labelColours());
        }, this::show, failure -> {
            if (!(failure instanceof org.newsmark.domain.TaskControl.CancelledException)) {
                dialogs.showError("Cannot count the tags", failure.getMessage());
            }
        });
    }

    private void show(Counted result) {
        StatisticsTable counted = result.table();
        table.set(counted);
        rows.setAll(counted.rows());
        StatisticsTable.Pivot pivot = counted.pivot();
        StatisticsTable.Pivot barPivot = pivot.largestCategories(CHART_LIMIT);
        StatisticsTable.Pivot linePivot = result.months().pivot().largestSeries(CHART_LIMIT);
        // the colours first: the view draws them as the pivots change
        barColours = ChartColours.of(barPivot, isLabel(counted, 1), isLabel(counted, 0), result.labelColours());
        timelineColours = ChartColours.of(linePivot, isLabel(result.months(), 1), false, result.labelColours());
        bars.set(barPivot);
        timeline.set(linePivot);
        String shown = pivot.categories().size() > CHART_LIMIT
                ? "; the bars show the " + CHART_LIMIT + " largest of " + pivot.categories().size() : "";
        message.set(String.format("%,d tags in %,d rows%s", counted.total(), counted.rows().size(), shown));
    }

    /** Whether the table's key at {@code index} (0 the categories, 1 the series) is the label. */
    private static boolean isLabel(StatisticsTable t, int index) {
        return t.keys().size() > index && t.keys().get(index).kind() == StatisticsKey.Kind.LABEL;
    }

    /** The bars' colours: one per series, or per bar when the bars are labels. */
    public ChartColours barColours() {
        return barColours;
    }

    /** The timeline's colours, one per line. */
    public ChartColours timelineColours() {
        return timelineColours;
    }

    /** The table as CSV: one column per key, then tags. */
    public void exportCsv() {
        StatisticsTable t = table.get();
        if (t == null) {
            message.set("Nothing counted yet.");
            return;
        }
        dialogs.chooseFileToSave("Export the table", folder, fileName(t) + ".csv", FileFilter.of("CSV files", "*.csv"))
                .ifPresent(out -> tasks.run("Exporting the table", control -> {
                    statistics.exportCsv(t, out, CsvOptions.DEFAULT);
                    return out;
                }, done -> message.set(t.rows().size() + " rows exported to " + done), this::exportFailed));
    }

    /** The shown chart as SVG, drawn from the same figures as the window. */
    public void exportSvg() {
        StatisticsTable t = table.get();
        if (t == null) {
            message.set("Nothing counted yet.");
            return;
        }
        boolean lines = shownChart.get() == Chart.TIMELINE;
        String svg = lines ? SvgChart.lines(chartTitle(), timeline.get(), timelineColours)
                : SvgChart.bars(chartTitle(), bars.get(), barColours);
        dialogs.chooseFileToSave("Export the chart as SVG", folder, fileName(t) + (lines ? "-timeline" : "") + ".svg",
                        FileFilter.of("SVG images", "*.svg"))
                .ifPresent(out -> tasks.run("Exporting the chart", control -> {
                    statistics.write(out, stream -> stream.write(svg.getBytes(StandardCharsets.UTF_8)));
                    return out;
                }, done -> message.set("Chart exported to " + done), this::exportFailed));
    }

    /** The shown chart as PNG: {@code image} is the view's snapshot of it. */
    public void exportPng(Image image) {
        StatisticsTable t = table.get();
        if (t == null || image == null) {
            message.set("Nothing counted yet.");
            return;
        }
        String suffix = shownChart.get() == Chart.TIMELINE ? "-timeline" : "";
        dialogs.chooseFileToSave("Export the chart as PNG", folder, fileName(t) + suffix + ".png", FileFilter.of("PNG images", "*.png"))
                .ifPresent(out -> {
                    PngImage png = PngImage.of(image); // pixels read here, on the UI thread
                    tasks.run("Exporting the chart", control -> {
                        statistics.write(out, png::write);
                        return out;
                    }, done -> message.set("Chart exported to " + done), this::exportFailed);
                });
    }

    private void exportFailed(Throwable failure) {
        dialogs.showError("Export failed", failure.getMessage());
    }

    /** "Tags by outlet and label", the charts' title. */
    public String chartTitle() {
        StatisticsKey s = seriesKey.get();
        return "Tags by " + rowKey.get().id() + (s == null ? "" : " and " + s.id())
                + (ALL_ANALYSTS.equals(analyst.get()) ? "" : " (" + analyst.get() + ")");
    }

    private static String fileName(StatisticsTable t) {
        return "tags-by-" + String.join("-", t.keys().stream().map(k -> k.id().replace(':', '-')).toList())
                .replaceAll("[^A-Za-z0-9._-]", "_");
    }

    public ObjectProperty<StatisticsKey> rowKeyProperty() {
        return rowKey;
    }

    public ObjectProperty<StatisticsKey> seriesKeyProperty() {
        return seriesKey;
    }

    public ObjectProperty<String> analystProperty() {
        return analyst;
    }

    public ObservableList<String> analysts() {
        return analysts;
    }

    public ObjectProperty<Chart> shownChartProperty() {
        return shownChart;
    }

    public ReadOnlyObjectProperty<StatisticsTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StatisticsTable.Pivot> barsProperty() {
        return bars.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StatisticsTable.Pivot> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    public ObservableList<TagCount> rows() {
        return rows;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
