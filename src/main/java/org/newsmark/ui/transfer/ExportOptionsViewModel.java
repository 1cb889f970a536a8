package org.newsmark.ui.transfer;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsmark.io.csv.CsvOptions;
import org.newsmark.io.csv.CsvPreset;
import org.newsmark.service.ExportScope;
import org.newsmark.service.ExportService;

/**
 * What the export dialog asks: format, this article or all, which analyst, and for CSV one of the
 * two presets (decision 13), each shown with a line saying what it does. {@link #promise()} is the
 * dialog's headline, true for the format and preset chosen.
 */
public final class ExportOptionsViewModel {

    public static final String ALL_ANALYSTS = "All analysts";

    /** A CSV preset as the dialog shows it: its name and one line saying what it does. */
    public record PresetChoice(String title, String line) {
    }

    /** The presets in the order the dialog shows them. */
    static final List<CsvPreset> PRESETS = List.of(CsvPreset.DATA, CsvPreset.SPREADSHEET);

    private static final String OFFSETS = "Offsets are Unicode code points, end exclusive";

    private final ObservableList<String> formats = FXCollections.observableArrayList(
            "CSV (one row per tag)", "JSON Lines (one article per line)", "brat standoff (folder per analyst)");
    private final IntegerProperty format = new SimpleIntegerProperty(0);
    private final BooleanProperty thisArticleOnly = new SimpleBooleanProperty(false);
    private final ObservableList<String> analysts = FXCollections.observableArrayList();
    private final StringProperty analyst = new SimpleStringProperty(ALL_ANALYSTS);
    private final ObjectProperty<CsvPreset> preset = new SimpleObjectProperty<>();
    private final IntegerProperty presetIndex = new SimpleIntegerProperty();
    private final List<PresetChoice> presetChoices = PRESETS.stream().map(ExportOptionsViewModel::choice).toList();
    private final BooleanBinding csv = format.isEqualTo(0);
    private final StringBinding promise;
    private final Long documentId;

    /**
     * @param documentId the open article, or null (then only "all articles" can be chosen)
     * @param preset     the CSV preset chosen last time (null: {@link CsvPreset#DEFAULT})
     */
    ExportOptionsViewModel(List<String> analystNames, Long documentId, CsvPreset preset) {
        this.documentId = documentId;
        analysts.add(ALL_ANALYSTS);
        analysts.addAll(analystNames);
        this.preset.set(preset == null ? CsvPreset.DEFAULT : preset);
        presetIndex.set(PRESETS.indexOf(this.preset.get()));
        presetIndex.addListener((o, a, b) -> {
            int i = b.intValue();
            if (i >= 0 && i < PRESETS.size()) {
                this.preset.set(PRESETS.get(i));
            }
        });
        this.preset.addListener((o, a, b) -> presetIndex.set(PRESETS.indexOf(b == null ? CsvPreset.DEFAULT : b)));
        this.promise = Bindings.createStringBinding(this::describe, format, this.preset);
    }

    private static PresetChoice choice(CsvPreset p) {
        return switch (p) {
            case DATA -> new PresetChoice("Data (pandas, R, Python)",
                    "Every value exactly as in the article: UTF-8, LF line ends.");
            case SPREADSHEET -> new PresetChoice("Spreadsheet (Excel, LibreOffice)",
                    "UTF-8 with byte-order mark, CRLF; text a spreadsheet would run as a formula gets a leading '"
                            + " (numbers and percentages never do).");
        };
    }

    private String describe() {
        if (format.get() != 0) {
            return OFFSETS + ": Python's text[start:end] gives the tagged text.";
        }
        return switch (preset.get()) {
            case DATA -> OFFSETS + ": Python's text[start:end] equals the text column; every value is exactly as "
                    + "in the article.";
            case SPREADSHEET -> OFFSETS + ". text[start:end] equals the text column, but cells a spreadsheet "
                    + "would run (=1+1, -2+3, @…) get a leading '.";
        };
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

    /** The CSV presets, in the order of {@link #presetIndexProperty()}. */
    public List<PresetChoice> presetChoices() {
        return presetChoices;
    }

    /** Index into {@link #presetChoices()}; kept in step with {@link #presetProperty()}. */
    public IntegerProperty presetIndexProperty() {
        return presetIndex;
    }

    public ObjectProperty<CsvPreset> presetProperty() {
        return preset;
    }

    /** True while CSV is the format: the presets apply only then. */
    public BooleanBinding csvChosen() {
        return csv;
    }

    /** The dialog's headline: what the offsets mean and, for CSV, what the chosen preset keeps. */
    public StringBinding promise() {
        return promise;
    }

    public boolean isCsv() {
        return format.get() == 0;
    }

    ExportService.Format chosenFormat() {
        return ExportService.Format.values()[format.get()];
    }

    CsvPreset chosenPreset() {
        return preset.get();
    }

    ExportScope scope() {
        String who = analyst.get() == null || analyst.get().equals(ALL_ANALYSTS) ? null : analyst.get();
        return new ExportScope(thisArticleOnly.get() && documentId != null ? documentId : null, who);
    }

    CsvOptions csvOptions() {
        return preset.get().options();
    }
}
