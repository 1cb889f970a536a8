package org.newsmark.ui.preferences;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import java.util.Optional;

import org.newsmark.domain.Names;
import org.newsmark.io.csv.CsvPreset;

/**
 * The user's preferences as properties, without a single Node: article font size, theme,
 * whether new tags snap to whole words, the analyst name, and the CSV preset the export dialog
 * starts with (the last one chosen; not in the Preferences dialog). Every change is written to
 * {@link Settings} at once; the window binds to these properties. The analyst name follows
 * {@link Names}: a refused name is never applied or written.
 */
public final class PreferencesViewModel {

    public enum Theme { LIGHT, DARK }

    public static final double MIN_FONT_SIZE = 10;
    public static final double MAX_FONT_SIZE = 36;
    public static final double DEFAULT_FONT_SIZE = 17;
    static final double FONT_STEP = 1;
    /** The size of the window's own text (menus, lists, tables, dialogs) at the default article size. */
    public static final double DEFAULT_UI_FONT_SIZE = 13;

    /** What the Preferences dialog hands back on OK. */
    public record Values(double fontSize, Theme theme, boolean snapToWords, String analystName) {
    }

    private final DoubleProperty fontSize = new SimpleDoubleProperty();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final BooleanProperty snapToWords = new SimpleBooleanProperty();
    private final StringProperty analystName = new SimpleStringProperty();
    private final ObjectProperty<CsvPreset> csvPreset = new SimpleObjectProperty<>();
    private final javafx.beans.binding.DoubleBinding uiFontSize =
            javafx.beans.binding.Bindings.createDoubleBinding(() -> uiFontSizeFor(fontSize.get()), fontSize);

    public PreferencesViewModel(Settings settings) {
        fontSize.set(clamp(settings.fontSize()));
        theme.set("dark".equals(settings.theme()) ? Theme.DARK : Theme.LIGHT);
        snapToWords.set(settings.snapToWords());
        String stored = settings.analystName().orElse("");
        if (!stored.isEmpty() && !Names.isValid(stored)) {
            // written by an older version, which took any text: drop it, so the next start asks for a name
            stored = "";
            settings.setAnalystName("");
        }
        analystName.set(stored);
        csvPreset.set(settings.csvPreset().map(PreferencesViewModel::presetOrDefault).orElse(CsvPreset.DEFAULT));
        fontSize.addListener((o, a, b) -> settings.setFontSize(b.doubleValue()));
        theme.addListener((o, a, b) -> settings.setTheme(b == Theme.DARK ? "dark" : "light"));
        snapToWords.addListener((o, a, b) -> settings.setSnapToWords(b));
        csvPreset.addListener((o, a, b) -> settings.setCsvPreset((b == null ? CsvPreset.DEFAULT : b).id()));
        analystName.addListener((o, a, b) -> {
            if (Names.isValid(b)) {
                settings.setAnalystName(Names.analyst(b));
            }
        });
    }

    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    /**
     * The size of everything else's text: it follows the article size in proportion (13 px at the
     * default 17), in half pixels, so Ctrl+Plus makes menus, lists, tables, the status bar and the
     * dialogs larger too.
     */
    public javafx.beans.binding.DoubleBinding uiFontSizeProperty() {
        return uiFontSize;
    }

    /** What {@link #uiFontSizeProperty} is for an article size. */
    public static double uiFontSizeFor(double articleSize) {
        return Math.round(DEFAULT_UI_FONT_SIZE * clamp(articleSize) / DEFAULT_FONT_SIZE * 2) / 2.0;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public BooleanProperty snapToWordsProperty() {
        return snapToWords;
    }

    public StringProperty analystNameProperty() {
        return analystName;
    }

    /** The CSV preset of the last export; a new export dialog starts with it. */
    public ObjectProperty<CsvPreset> csvPresetProperty() {
        return csvPreset;
    }

    /** A settings file from a later version may name a preset this one does not know. */
    private static CsvPreset presetOrDefault(String id) {
        try {
            return CsvPreset.of(id);
        } catch (IllegalArgumentException e) {
            return CsvPreset.DEFAULT;
        }
    }

    /** Ctrl+Plus. */
    public void increaseFontSize() {
        fontSize.set(clamp(fontSize.get() + FONT_STEP));
    }

    /** Ctrl+Minus. */
    public void decreaseFontSize() {
        fontSize.set(clamp(fontSize.get() - FONT_STEP));
    }

    /** Ctrl+0. */
    public void resetFontSize() {
        fontSize.set(DEFAULT_FONT_SIZE);
    }

    public Values values() {
        return new Values(fontSize.get(), theme.get(), snapToWords.get(), analystName.get());
    }

    /**
     * Takes what the dialog returned. The analyst name goes through {@link Names}: a blank or
     * refused name keeps the current one, and the returned message says why (empty when the name
     * was taken or not changed). The other preferences are applied either way.
     */
    public Optional<String> apply(Values v) {
        fontSize.set(clamp(v.fontSize()));
        theme.set(v.theme() == null ? Theme.LIGHT : v.theme());
        snapToWords.set(v.snapToWords());
        String current = analystName.get() == null ? "" : analystName.get();
        String given = v.analystName() == null ? "" : v.analystName();
        if (given.isBlank() && current.isBlank()) {
            return Optional.empty();
        }
        try {
            analystName.set(Names.analyst(given));
            return Optional.empty();
        } catch (Names.InvalidNameException e) {
            return Optional.of(e.getMessage() + (current.isBlank() ? "; no analyst name was set."
                    : "; the analyst name stays " + Names.shown(current) + "."));
        }
    }

    static double clamp(double size) {
        if (Double.isNaN(size)) {
            return DEFAULT_FONT_SIZE;
        }
        return Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, Math.round(size)));
    }
}
