package org.newsmark.ui.compare;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.newsmark.agreement.AgreementReport;
import org.newsmark.agreement.LabelConfusion;

/**
 * The numbers: per label and overall, for the chosen document and for all documents both
 * analysts tagged; the label confusion matrix; a bar chart of F1 per label. Short headers, each
 * with a tooltip saying how it matches spans; every column as wide as its longest text and the
 * table as wide as the tab (no column is cut short at the window's size). Ctrl+C (or Copy)
 * copies the table as tab-separated text; Export CSV… writes it to a file. Below it a second
 * small table, "Attributes and article codes" (units, agreement share, nominal alpha), which
 * Ctrl+C (or its context menu) copies the same way; then the links table (matches, counts,
 * precision, recall and F1 per link type and overall).
 */
final class AgreementPanel extends VBox {

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    /** A little air beside the text's own width and the cell's padding. */
    private static final double AIR = 4;

    private final ComparisonViewModel vm;
    private final TableView<AgreementTable.Row> table = new TableView<>();
    private final TableView<AttributeTable.Row> attributes = new TableView<>();
    private final TableView<LinkTable.Row> links = new TableView<>();
    private final GridPane confusion = new GridPane();
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis(0, 1, 0.2));

    AgreementPanel(ComparisonViewModel vm) {
        super(8);
        this.vm = vm;
        setId("agreement-panel");
        table.setId("agreement-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        for (AgreementTable.Column c : AgreementTable.COLUMNS) {
            table.getColumns().add(column(c.header(), c.tip(), c.cell()));
        }
        table.setItems(vm.figureRows());
        table.setPrefHeight(230);
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e)) {
                copy();
                e.consume();
            }
        });
        MenuItem copyItem = new MenuItem("Copy Table");
        copyItem.setOnAction(e -> copy());
        table.setContextMenu(new ContextMenu(copyItem));
        vm.figureRows().addListener((javafx.collections.ListChangeListener<AgreementTable.Row>) c -> Platform.runLater(this::fitColumns));
        // the font and the header's padding are known once the table is styled and its headers made
        table.skinProperty().addListener((o, a, s) -> Platform.runLater(this::fitColumns));

        attributes.setId("attribute-agreement-table");
        attributes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        for (AttributeTable.Column c : AttributeTable.COLUMNS) {
            attributes.getColumns().add(column(c.header(), c.tip(), c.cell()));
        }
        attributes.setItems(vm.attributeRows());
        attributes.setPrefHeight(160);
        attributes.setPlaceholder(new Label("The codebook declares no attributes or article codes."));
        attributes.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e)) {
                copyAttributes();
                e.consume();
            }
        });
        MenuItem copyAttributesItem = new MenuItem("Copy Table");
        copyAttributesItem.setOnAction(e -> copyAttributes());
        attributes.setContextMenu(new ContextMenu(copyAttributesItem));
        vm.attributeRows().addListener((javafx.collections.ListChangeListener<AttributeTable.Row>) c -> Platform.runLater(this::fitColumns));
        attributes.skinProperty().addListener((o, a, s) -> Platform.runLater(this::fitColumns));
        Label attributesTitle = new Label("Attributes and article codes (attributes over exact matches; Ctrl+C copies this table)");
        attributesTitle.setWrapText(true);

        links.setId("link-agreement-table");
        links.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        for (LinkTable.Column c : LinkTable.COLUMNS) {
            links.getColumns().add(column(c.header(), c.tip(), c.cell()));
        }
        links.setItems(vm.links().figureRows());
        links.setPrefHeight(140);
        links.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e)) {
                copyLinks();
                e.consume();
            }
        });
        MenuItem copyLinksItem = new MenuItem("Copy Table");
        copyLinksItem.setOnAction(e -> copyLinks());
        links.setContextMenu(new ContextMenu(copyLinksItem));
        vm.links().figureRows().addListener((javafx.collections.ListChangeListener<LinkTable.Row>) c -> Platform.runLater(this::fitColumns));
        links.skinProperty().addListener((o, a, s) -> Platform.runLater(this::fitColumns));
        Label linksTitle = new Label("Links (a match: same type, both end tags with the same label and span; A the reference"
                + " for P and R; Ctrl+C copies this table)");
        linksTitle.setWrapText(true);

        Button copy = new Button("Copy (Ctrl+C)");
        copy.setId("agreement-copy");
        copy.setTooltip(new Tooltip("The table as tab-separated text, header included: paste it into a spreadsheet or report."));
        copy.setOnAction(e -> copy());
        Button export = new Button("Export CSV…");
        export.setId("agreement-export");
        export.setTooltip(new Tooltip("The table as a CSV file, numbers to four decimals."));
        export.setOnAction(e -> vm.exportAgreement());
        HBox actions = new HBox(6, copy, export);
        actions.setAlignment(Pos.CENTER_LEFT);

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
        getChildren().addAll(actions, table, attributesTitle, attributes, linksTitle, links, confusionTitle, confusion, chart);
        vm.reportProperty().addListener((o, a, b) -> update());
        update();
    }

    TableView<AgreementTable.Row> table() {
        return table;
    }

    TableView<LinkTable.Row> linkTable() {
        return links;
    }

    TableView<AttributeTable.Row> attributeTable() {
        return attributes;
    }

    private void copyAttributes() {
        ClipboardContent content = new ClipboardContent();
        content.putString(vm.attributeTsv());
        Clipboard.getSystemClipboard().setContent(content);
        vm.messageProperty().set("Attributes and article codes table copied (" + vm.attributeRows().size() + " rows, tab-separated).");
    }

    private void copyLinks() {
        ClipboardContent content = new ClipboardContent();
        content.putString(vm.links().tsv());
        Clipboard.getSystemClipboard().setContent(content);
        vm.messageProperty().set("Links table copied (" + vm.links().figureRows().size() + " rows, tab-separated).");
    }

    private void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(vm.agreementTsv());
        Clipboard.getSystemClipboard().setContent(content);
        vm.messageProperty().set("Agreement table copied (" + vm.figureRows().size() + " rows, tab-separated).");
    }

    private void update() {
        AgreementReport c = vm.reportProperty().get();
        showConfusion(c == null ? null : c.confusion());
        chart.getData().clear();
        if (c != null) {
            XYChart.Series<String, Number> exact = new XYChart.Series<>();
            exact.setName("F1 exact");
            XYChart.Series<String, Number> overlap = new XYChart.Series<>();
            overlap.setName("F1 overlap");
            c.perLabel().forEach((l, m) -> {
                exact.getData().add(new XYChart.Data<>(l, Double.isNaN(m.exactF1()) ? 0 : m.exactF1()));
                overlap.getData().add(new XYChart.Data<>(l, Double.isNaN(m.overlapF1()) ? 0 : m.overlapF1()));
            });
            chart.getData().addAll(List.of(exact, overlap));
        }
    }

    /**
     * Each column at least as wide as its header and its longest cell, measured in the table's
     * own font and padding; the resize policy shares out the rest of the width.
     */
    private void fitColumns() {
        fit(table, AgreementTable.COLUMNS.stream().map(c -> new Fit<AgreementTable.Row>(c.header(), c.cell())).toList(), vm.figureRows());
        fit(attributes, AttributeTable.COLUMNS.stream().map(c -> new Fit<AttributeTable.Row>(c.header(), c.cell())).toList(),
                vm.attributeRows());
        fit(links, LinkTable.COLUMNS.stream().map(c -> new Fit<LinkTable.Row>(c.header(), c.cell())).toList(), vm.links().figureRows());
    }

    /** A column's header and cell text, for measuring. */
    private record Fit<R>(String header, java.util.function.Function<R, String> cell) {
    }

    private static <R> void fit(TableView<R> table, List<Fit<R>> specs, List<R> rows) {
        table.applyCss();
        Font font = table.lookup(".table-cell") instanceof Labeled cell ? cell.getFont() : Font.getDefault();
        double cellPadding = table.lookup(".table-cell") instanceof Region cell
                ? cell.getInsets().getLeft() + cell.getInsets().getRight() + AIR : 18;
        Font bold = Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()); // headers are bold in some themes
        for (int i = 0; i < table.getColumns().size(); i++) {
            Fit<R> spec = specs.get(i);
            TableColumn<R, ?> column = table.getColumns().get(i);
            // the header: its own label's width once made (padding and graphic included), else an estimate
            double w = column.getGraphic().getParent() instanceof Region header
                    ? header.prefWidth(-1) + 2 : textWidth(spec.header(), bold) + 20;
            for (R r : rows) {
                w = Math.max(w, textWidth(spec.cell().apply(r), font) + cellPadding);
            }
            column.setMinWidth(Math.ceil(w));
            column.setPrefWidth(Math.ceil(w));
        }
        fitHeight(table, rows.size());
    }

    /** Tall enough for every row (there are two for each label at most): no scroll bar inside the tab's own. */
    private static void fitHeight(TableView<?> table, int rowCount) {
        table.layout();
        Region row = table.lookup(".table-row-cell") instanceof Region r && r.getHeight() > 0 ? r : null;
        Region header = table.lookup(".column-header-background") instanceof Region h && h.getHeight() > 0 ? h : null;
        if (row == null || header == null) {
            return; // not laid out yet: the next change of rows fits it
        }
        double h = header.getHeight() + rowCount * row.getHeight() + table.getInsets().getTop()
                + table.getInsets().getBottom() + 2;
        table.setPrefHeight(Math.max(h, 120));
        table.setMinHeight(Region.USE_PREF_SIZE);
    }

    private static double textWidth(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
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
        return AgreementTable.format(v);
    }

    private static <R> TableColumn<R, String> column(String name, String tip, java.util.function.Function<R, String> cell) {
        TableColumn<R, String> c = new TableColumn<>();
        c.setGraphic(header(name, tip));
        c.setSortable(false);
        c.setReorderable(false);
        c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(cell.apply(r.getValue())));
        return c;
    }

    /** A header label with a tooltip: TableColumn has no tooltip of its own. No padding: the header has its own. */
    private static Label header(String name, String tip) {
        Label l = new Label(name);
        l.setStyle("-fx-padding: 0;");
        Tooltip t = new Tooltip(tip);
        t.setWrapText(true);
        t.setMaxWidth(360);
        l.setTooltip(t);
        return l;
    }
}
