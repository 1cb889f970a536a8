package org.newsmark.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsmark.domain.StatisticsTable.Pivot;
import org.newsmark.domain.StatisticsTable.Pivot.Series;

/** Which colour each series or bar takes, and that the palette reads on the light and the dark theme. */
class ChartColoursTest {

    @Test
    void thePaletteHasTenDistinctColoursReadableOnWhiteAndOnTheDarkBackground() {
        assertEquals(10, new HashSet<>(ChartColours.PALETTE).size());
        for (String c : ChartColours.PALETTE) {
            assertTrue(contrast(c, "#ffffff") >= 3, c + " on white: " + contrast(c, "#ffffff"));
            assertTrue(contrast(c, "#0d1117") >= 3, c + " on the dark background: " + contrast(c, "#0d1117"));
        }
    }

    @Test
    void labelsTakeTheirColoursOtherSeriesThePaletteRepeated() {
        List<Series> many = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            many.add(new Series("s" + i, List.of(1L)));
        }
        ChartColours plain = ChartColours.palette(new Pivot(List.of("a"), many));
        assertEquals(ChartColours.PALETTE.get(0), plain.series(10), "the eleventh series starts the palette again");
        assertFalse(plain.byCategory());

        Pivot labels = new Pivot(List.of("Gazette"), List.of(new Series("claim", List.of(1L)), new Series("statistic", List.of(2L))));
        ChartColours byLabel = ChartColours.of(labels, true, false, Map.of("claim", "#E69F00", "statistic", "#56B4E9"));
        assertEquals("#56B4E9", byLabel.series(1));
        assertEquals("#56B4E9", byLabel.bar(1, 0));

        Pivot two = new Pivot(List.of("claim"), List.of(new Series("Ana", List.of(1L)), new Series("Ben", List.of(1L))));
        ChartColours analysts = ChartColours.of(two, false, true, Map.of("claim", "#E69F00"));
        assertFalse(analysts.byCategory(), "with several series the bars keep their series' colour");
        assertEquals(ChartColours.PALETTE.get(1), analysts.bar(1, 0));
    }

    /** WCAG's contrast ratio of two #rrggbb colours. */
    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
}
