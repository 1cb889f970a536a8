package org.newsmark.io.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsmark.domain.ChartColours;
import org.newsmark.domain.StatisticsTable.Pivot;
import org.newsmark.domain.StatisticsTable.Pivot.Series;

/** The SVG charts in the window's colours: a label's own for label series or label bars, the palette for any other key. */
class SvgChartTest {

    static final Map<String, String> LABELS = Map.of("claim", "#E69F00", "statistic", "#56B4E9");

    /** Each bar's title and fill, in the order drawn. */
    private static List<String> bars(String svg) {
        Matcher m = Pattern.compile("<rect [^>]*fill=\"(#[0-9A-Fa-f]{6})\"><title>([^<]*)</title>").matcher(svg);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(2) + " " + m.group(1));
        }
        return out;
    }

    @Test
    void seriesThatAreLabelsTakeTheLabelsColoursInBarsAndLegend() {
        Pivot p = new Pivot(List.of("Gazette", "Herald"), List.of(new Series("statistic", List.of(1L, 2L)),
                new Series("claim", List.of(4L, 0L))));
        String svg = SvgChart.bars("Tags by outlet and label", p, ChartColours.of(p, true, false, LABELS));
        assertEquals(List.of("Gazette, statistic: 1 #56B4E9", "Herald, statistic: 2 #56B4E9", "Gazette, claim: 4 #E69F00",
                "Herald, claim: 0 #E69F00"), bars(svg));
        assertTrue(svg.contains("fill=\"#E69F00\"/><text x=\"") && svg.contains(">claim</text>"), "the legend in the label's colour");
    }

    @Test
    void oneSeriesOfLabelsColoursEachBarAndNeedsNoLegend() {
        Pivot p = new Pivot(List.of("claim", "statistic", "gone"), List.of(new Series("tags", List.of(4L, 3L, 1L))));
        String svg = SvgChart.bars("Tags by label", p, ChartColours.of(p, false, true, LABELS));
        assertEquals(List.of("claim, tags: 4 #E69F00", "statistic, tags: 3 #56B4E9", "gone, tags: 1 " + ChartColours.PALETTE.get(2)),
                bars(svg), "a name no label has (renamed since) falls back to the palette");
        assertFalse(svg.contains(">tags</text>"), "no legend entry for the one series");
    }

    @Test
    void otherKeysTakeThePaletteInOrderAndLinesToo() {
        Pivot p = new Pivot(List.of("2024-02", "2024-03"), List.of(new Series("Ana", List.of(1L, 2L)), new Series("Ben", List.of(3L, 0L))));
        String bars = SvgChart.bars("Tags by month and analyst", p, ChartColours.of(p, false, false, LABELS));
        assertEquals(List.of("2024-02, Ana: 1 " + ChartColours.PALETTE.get(0), "2024-03, Ana: 2 " + ChartColours.PALETTE.get(0),
                "2024-02, Ben: 3 " + ChartColours.PALETTE.get(1), "2024-03, Ben: 0 " + ChartColours.PALETTE.get(1)), bars(bars));
        Pivot labels = new Pivot(p.categories(), List.of(new Series("claim", List.of(1L, 2L))));
        String lines = SvgChart.lines("Tags by label per month", labels, ChartColours.of(labels, true, false, LABELS));
        assertTrue(lines.contains("<polyline fill=\"none\" stroke=\"#E69F00\""), lines);
    }
}
