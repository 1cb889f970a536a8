package org.newsmark.ui.transfer;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsmark.io.csv.CsvOptions;
import org.newsmark.service.ExportScope;
import org.newsmark.service.ExportService;

/** What the export dialog asks: format, this article or all, which analyst, and the CSV options. */
public final class ExportOptionsViewModel {

    public static final String ALL_ANALYSTS = "All analysts";

    private final ObservableList<String> formats = FXCollections.observableArrayList(
            "CSV (spreadsheets, R, pandas)", "JSON Lines (one article per line)", "brat standoff (folder per analyst)");
    private final IntegerProperty format = new SimpleIntegerProperty(0);
    private final BooleanProperty thisArticleOnly = new SimpleBooleanProperty(false);
    private final ObservableList<String> analysts = FXCollections.observableArrayList();
    private final StringProperty analyst = new SimpleStringProperty(ALL_ANALYSTS);
    private final BooleanProperty excel = new SimpleBooleanProperty(false);
    private final BooleanProperty raw = new SimpleBooleanProperty(false);
    private final Long documentId;

    /** @param documentId the open article, or null (then only "all articles" can be chosen) */
    ExportOptionsViewModel(List<String> analystNames, Long documentId) {
        this.documentId = documentId;
        analysts.add(ALL_ANALYSTS);
        analysts.addAll(analystNames);
    }

    public ObservableList<String> formats() {
        return formats;
    }

    /** Index into {@link #formats()}. */
    public IntegerProperty formatProperty() {
        return format;
    }

    public boolean canChooseThisArticle() {
        return documentId != null;
    }

    public BooleanProperty thisArticleOnlyProperty() {
        return thisArticleOnly;
    }

    public ObservableList<String> analysts() {
        return analysts;
    }

    public StringProperty analystProperty() {
        return analyst;
    }

    public BooleanProperty excelProperty() {
        return excel;
    }

    public BooleanProperty rawProperty() {
        return raw;
    }

    public boolean isCsv() {
        return format.get() == 0;
    }

    ExportService.Format chosenFormat() {
        return ExportService.Format.values()[format.get()];
    }

    ExportScope scope() {
        String who = analyst.get() == null || analyst.get().equals(ALL_ANALYSTS) ? null : analyst.get();
        return new ExportScope(thisArticleOnly.get() && documentId != null ? documentId : null, who);
    }

    CsvOptions csvOptions() {
        return new CsvOptions(excel.get(), raw.get());
    }
}
