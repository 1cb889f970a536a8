package org.newsmark.ui.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.wiring.Wiring;
import org.newsmark.io.csv.CsvPreset;
import org.newsmark.service.StatisticsFixture;
import org.newsmark.ui.ShellViewModel;
import org.newsmark.ui.common.ImmediateTasks;
import org.newsmark.ui.common.ScriptedDialogs;
import org.newsmark.ui.preferences.PreferencesViewModel;
import org.newsmark.ui.preferences.Settings;
import org.newsmark.ui.workbench.WorkbenchViewModel;

/** Issue 13: the CSV preset chosen last is where the export dialog starts, also after a restart (Settings). */
class ExportPresetRememberedTest {

    @TempDir
    Path dir;

    /** One run of the application without its window: settings from the file, the project opened as Ana. */
    private record Run(ShellViewModel shell, WorkbenchViewModel workbench, ScriptedDialogs dialogs) {
    }

    private Run start(Path settingsFile, Path project) {
        Settings settings = Settings.load(settingsFile);
        ScriptedDialogs dialogs = new ScriptedDialogs();
        ShellViewModel shell = new ShellViewModel(Wiring.projects(), settings, new PreferencesViewModel(settings),
                new ImmediateTasks(), dialogs);
        shell.start(List.of(project.toString(), "--analyst", "Ana")).orElseThrow();
        return new Run(shell, shell.workbenchProperty().get(), dialogs);
    }

    @Test
    void theLastPresetChosenIsRememberedAcrossRuns() throws Exception {
        Path project = dir.resolve("sales.newsmark");
        new StatisticsFixture(project).session.close();
        Path settings = dir.resolve("home").resolve("settings.properties");

        Run first = start(settings, project);
        ExportOptionsViewModel options = first.workbench().exportOptions();
        assertEquals(CsvPreset.DATA, options.presetProperty().get(), "a new user starts with the data preset");
        options.presetIndexProperty().set(1);
        first.dialogs().answer(dir.resolve("sheet.csv"));
        first.workbench().tagTransfer().export(options);
        assertEquals(List.of(), first.dialogs().errors);
        assertTrue(Files.readString(dir.resolve("sheet.csv")).startsWith("\uFEFF"));
        first.shell().close();
        assertTrue(Files.readString(settings).contains("csvPreset=spreadsheet"), Files.readString(settings));

        Run second = start(settings, project);
        assertEquals(CsvPreset.SPREADSHEET, second.workbench().exportOptions().presetProperty().get());
        assertEquals(1, second.workbench().exportOptions().presetIndexProperty().get());
        second.shell().close();
    }

    @Test
    void anUnknownPresetInTheSettingsFileFallsBackToData() throws Exception {
        Path settings = dir.resolve("settings.properties");
        Files.writeString(settings, "csvPreset=tsv\n");
        assertEquals(CsvPreset.DATA, new PreferencesViewModel(Settings.load(settings)).csvPresetProperty().get());
    }
}
