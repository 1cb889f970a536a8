package org.newsmark.ui.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.ChartColours;
import org.newsmark.domain.StatisticsKey;
import org.newsmark.domain.StatisticsTable;
import org.newsmark.domain.TagCount;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.StatisticsServiceTest;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.common.ImmediateTasks;
import org.newsmark.ui.common.ScriptedDialogs;

/** The Statistics window without a screen: keys, the table, the bars and the timeline, their colours, one analyst, exports. */
class StatisticsViewModelTest {

    @TempDir
    Path dir;
    ProjectSession session;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    StatisticsViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        Path p = dir.resolve("p.newsmark");
        try (ProjectSession s = TestProjects.create(p)) {
            StatisticsServiceTest.fill(s);
        }
        session = TestProjects.openReadOnly(p);
        vm = new StatisticsViewModel(session.statistics(), List.of("Ana", "Ben"), new ImmediateTasks(), dialogs, dir);
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void outletByLabelFillsTheTableTheBarsAndTheTimeline() {
        assertTrue(vm.keys().contains(StatisticsKey.code("frame")), "the article codes are keys");
        vm.refresh();
        assertEquals(List.of(new TagCount(List.of("(no outlet)", "statistic"), 2), new TagCount(List.of("Gazette", "claim"), 4),
                new TagCount(List.of("Gazette", "statistic"), 1)), vm.rows());
        StatisticsTable.Pivot bars = vm.barsProperty().get();
        assertEquals(List.of("(no outlet)", "Gazette"), bars.categories());
        assertEquals(List.of("statistic", "claim"), bars.series().stream().map(StatisticsTable.Pivot.Series::name).toList());
        StatisticsTable.Pivot timeline = vm.timelineProperty().get();
        assertEquals(List.of("(no date)", "2024-02", "2024-03"), timeline.categories(), "months on the timeline");
        assertEquals(List.of("(no outlet)", "Gazette"), timeline.series().stream().map(StatisticsTable.Pivot.Series::name).toList(),
                "a line per outlet");
        assertEquals("7 tags in 3 rows", vm.messageProperty().get());
    }

    @Test
    void oneAnalystAndOneKey() {
        vm.analystProperty().set("Ben");
        vm.rowKeyProperty().set(StatisticsKey.of(StatisticsKey.Kind.MONTH));
        vm.seriesKeyProperty().set(null);
        vm.refresh();
        assertEquals(List.of(new TagCount(List.of("(no date)"), 2), new TagCount(List.of("2024-02"), 1)), vm.rows());
        assertEquals(List.of("tags"), vm.timelineProperty().get().series().stream().map(StatisticsTable.Pivot.Series::name).toList());
        assertEquals("Tags by month (Ben)", vm.chartTitle());
        vm.seriesKeyProperty().set(StatisticsKey.of(StatisticsKey.Kind.MONTH));
        vm.refresh();
        assertTrue(vm.messageProperty().get().startsWith("Rows and series count by the same key"), vm.messageProperty().get());
    }

    @Test
    void theTableExportsAsCsvAndTheBarsAsSvg() throws Exception {
        org.newsmark.service.TestProjects.assumeFile("the project file is never overwritten");
        vm.refresh();
        Path csv = dir.resolve("chosen.csv");
        dialogs.answer(csv);
        vm.exportCsv();
        assertEquals(List.of("outlet,label,tags", "(no outlet),statistic,2", "Gazette,claim,4", "Gazette,statistic,1"),
                Files.readAllLines(csv));
        assertEquals("3 rows exported to " + csv, vm.messageProperty().get());
        Path svg = dir.resolve("chart.svg");
        dialogs.answer(svg);
        vm.exportSvg();
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), text);
        assertTrue(text.contains("<title>Gazette, claim: 4</title>"), "a bar per cell, from the same figures");
        assertTrue(text.contains(">Tags by outlet and label</text>"));
        dialogs.answer(dir.resolve("p.newsmark"));
        vm.exportCsv();
        assertEquals(1, dialogs.errors.size(), "the project file is never overwritten");
        assertTrue(dialogs.errors.isEmpty() || Files.size(dir.resolve("p.newsmark")) > 10_000);
    }

    @Test
    void labelsDrawInTheirOwnColoursOnScreenAndInTheSvgOtherKeysInThePalette() throws Exception {
        vm.refresh(); // outlet by label: the series are the labels
        assertEquals(List.of("#56B4E9", "#E69F00"), List.of(vm.barColours().series(0), vm.barColours().series(1)),
                "statistic, then claim, as the codebook colours them");
        assertEquals(List.of(ChartColours.PALETTE.get(0), ChartColours.PALETTE.get(1)),
                List.of(vm.timelineColours().series(0), vm.timelineColours().series(1)), "a line per outlet: the palette");
        Path svg = dir.resolve("labels.svg");
        dialogs.answer(svg);
        vm.exportSvg();
        String text = Files.readString(svg);
        assertTrue(text.contains("fill=\"#E69F00\"><title>Gazette, claim: 4</title>"), text);
        assertTrue(text.contains("fill=\"#56B4E9\"><title>Gazette, statistic: 1</title>"), text);

        vm.rowKeyProperty().set(StatisticsKey.of(StatisticsKey.Kind.LABEL)); // one series: each bar its label's colour
        vm.seriesKeyProperty().set(null);
        vm.refresh();
        assertTrue(vm.barColours().byCategory());
        assertEquals(List.of("claim", "statistic"), vm.barsProperty().get().categories());
        assertEquals(List.of("#E69F00", "#56B4E9"), List.of(vm.barColours().bar(0, 0), vm.barColours().bar(0, 1)));
        List<StatisticsTable.Pivot.Series> lineSeries = vm.timelineProperty().get().series();
        assertEquals(List.of("statistic #56B4E9", "claim #E69F00"), java.util.stream.IntStream.range(0, lineSeries.size())
                .mapToObj(i -> lineSeries.get(i).name() + " " + vm.timelineColours().series(i)).toList(), "the timeline's lines are the labels");
        vm.shownChartProperty().set(StatisticsViewModel.Chart.TIMELINE);
        Path lines = dir.resolve("lines.svg");
        dialogs.answer(lines);
        vm.exportSvg();
        assertTrue(Files.readString(lines).contains("stroke=\"#E69F00\""));
    }

    @Test
    void theChartKeepsTheLargestCategoriesInTheTablesOrder() {
        List<String> categories = new java.util.ArrayList<>();
        List<Long> values = new java.util.ArrayList<>();
        for (int i = 0; i < StatisticsViewModel.CHART_LIMIT + 5; i++) {
            categories.add("a" + i);
            values.add(i == 0 ? 1L : 100L + i);
        }
        var pivot = new StatisticsTable.Pivot(categories, List.of(new StatisticsTable.Pivot.Series("tags", values)));
        var kept = pivot.largestCategories(StatisticsViewModel.CHART_LIMIT);
        assertEquals(StatisticsViewModel.CHART_LIMIT, kept.categories().size());
        assertEquals("a5", kept.categories().get(0), "the five smallest (a0 … a4) left out, the order kept");
    }
}
