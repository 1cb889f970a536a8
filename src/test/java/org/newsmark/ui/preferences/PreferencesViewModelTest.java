package org.newsmark.ui.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.ui.preferences.Settings;
import org.newsmark.ui.preferences.PreferencesViewModel.Theme;
import org.newsmark.ui.preferences.PreferencesViewModel.Values;

/** Preferences without a window: defaults, the font keys' steps and bounds, persistence. */
class PreferencesViewModelTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("settings.properties");
    }

    @Test
    void startsFromTheDefaults() {
        PreferencesViewModel prefs = new PreferencesViewModel(Settings.load(file()));
        assertEquals(new Values(17, Theme.LIGHT, false, ""), prefs.values());
    }

    @Test
    void fontKeysStepByOneWithinBoundsAndResetTo17() {
        PreferencesViewModel prefs = new PreferencesViewModel(Settings.load(file()));
        prefs.increaseFontSize();
        prefs.increaseFontSize();
        assertEquals(19, prefs.fontSizeProperty().get());
        for (int i = 0; i < 100; i++) {
            prefs.decreaseFontSize();
        }
        assertEquals(PreferencesViewModel.MIN_FONT_SIZE, prefs.fontSizeProperty().get());
        for (int i = 0; i < 100; i++) {
            prefs.increaseFontSize();
        }
        assertEquals(PreferencesViewModel.MAX_FONT_SIZE, prefs.fontSizeProperty().get());
        prefs.resetFontSize();
        assertEquals(17, prefs.fontSizeProperty().get());
    }

    @Test
    void everyChangeIsWrittenAndReadBack() {
        PreferencesViewModel prefs = new PreferencesViewModel(Settings.load(file()));
        prefs.apply(new Values(21, Theme.DARK, true, "  Alex "));
        PreferencesViewModel again = new PreferencesViewModel(Settings.load(file()));
        assertEquals(new Values(21, Theme.DARK, true, "Alex"), again.values());
        assertTrue(Settings.load(file()).snapToWords());
        assertEquals("dark", Settings.load(file()).theme());
    }

    @Test
    void aBlankAnalystNameKeepsTheCurrentOneAndSizesAreClamped() {
        PreferencesViewModel prefs = new PreferencesViewModel(Settings.load(file()));
        prefs.analystNameProperty().set("Sam");
        prefs.apply(new Values(400, Theme.LIGHT, false, "   "));
        assertEquals("Sam", prefs.analystNameProperty().get());
        assertEquals(PreferencesViewModel.MAX_FONT_SIZE, prefs.fontSizeProperty().get());
        prefs.apply(new Values(Double.NaN, null, false, null));
        assertEquals(17, prefs.fontSizeProperty().get());
        assertEquals(Theme.LIGHT, prefs.themeProperty().get());
        assertFalse(prefs.snapToWordsProperty().get());
    }

    @Test
    void anUnreadableFontSizeInTheFileFallsBackToTheDefault() throws Exception {
        java.nio.file.Files.writeString(file(), "fontSize=huge\ntheme=purple\n");
        PreferencesViewModel prefs = new PreferencesViewModel(Settings.load(file()));
        assertEquals(17, prefs.fontSizeProperty().get());
        assertEquals(Theme.LIGHT, prefs.themeProperty().get());
    }

    @Test
    void theViewModelHoldsNoNodes() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                .that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("view-models are tested without a window")
                .check(new com.tngtech.archunit.core.importer.ClassFileImporter()
                        .importPackages("org.newsmark.ui.preferences"));
    }

    @Test
    void aRefusedAnalystNameIsNotAppliedAndTheOldOneIsKept() {
        PreferencesViewModel prefs = new PreferencesViewModel(Settings.load(file()));
        prefs.apply(new Values(17, Theme.LIGHT, false, "Sam"));
        assertEquals(java.util.Optional.of("Analyst name \"Sam<U+0007>\" holds the control character U+0007 BEL at "
                + "position 4; the analyst name stays \"Sam\"."), prefs.apply(new Values(17, Theme.LIGHT, false, "Sam\u0007")));
        assertEquals(java.util.Optional.of("Analyst name is empty; the analyst name stays \"Sam\"."),
                prefs.apply(new Values(17, Theme.LIGHT, false, " ")));
        for (String refused : new String[] {"Sam\u0007", "S\u202Eam", "x".repeat(201), "two\nlines"}) {
            assertTrue(prefs.apply(new Values(20, Theme.DARK, false, refused)).isPresent(), refused);
            assertEquals("Sam", prefs.analystNameProperty().get(), refused);
            assertEquals("Sam", Settings.load(file()).analystName().orElseThrow(), refused);
        }
        assertEquals(20, prefs.fontSizeProperty().get(), "the other preferences are applied");
        prefs.analystNameProperty().set("Ana\u0000");
        assertEquals("Sam", Settings.load(file()).analystName().orElseThrow(), "a refused name is never written");
    }

    @Test
    void aStoredNameTheRuleRefusesIsDroppedSoTheNextStartAsksForOne() throws Exception {
        java.nio.file.Files.writeString(file(), "analyst=Ana\\u0007\n");
        assertEquals("Ana\u0007", Settings.load(file()).analystName().orElseThrow());
        PreferencesViewModel prefs = new PreferencesViewModel(Settings.load(file()));
        assertEquals("", prefs.analystNameProperty().get());
        assertEquals(java.util.Optional.empty(), Settings.load(file()).analystName());
    }
}
