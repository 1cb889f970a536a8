package org.newsmark.io.chart;

import java.util.List;
import java.util.Locale;
import org.newsmark.domain.ChartColours;
import org.newsmark.domain.StatisticsTable.Pivot;

/**
 * A small SVG writer for the statistics charts, from the same pivot the window draws: grouped
 * bars (a bar per series in each category) or lines (a point per category), in the window's
 * colours ({@link ChartColours}: a label's own colour, else a fixed palette). No library: the
 * figures are simple and an SVG a reader can edit by hand is the point.
 */
public final class SvgChart {

    private static final int LEFT = 60;
    private static final int TOP = 40;
    private static final int PLOT_HEIGHT = 300;
    private static final int BOTTOM = 120;

    private SvgChart() {
    }

    public static String bars(String title, Pivot pivot, ChartColours colours) {
        return chart(title, pivot, colours, false);
    }

    public static String lines(String title, Pivot pivot, ChartColours colours) {
        return chart(title, pivot, colours, true);
    }

    private static String chart(String title, Pivot pivot, ChartColours colours, boolean lines) {
        int categories = pivot.categories().size();
        int seriesCount = Math.max(1, pivot.series().size());
        int slot = lines ? 40 : Math.max(24, 12 * seriesCount + 8);
        int plotWidth = Math.max(200, slot * categories);
        int legendWidth = 180;
        int width = LEFT + plotWidth + 20 + legendWidth;
        int height = TOP + PLOT_HEIGHT + BOTTOM;
        long max = Math.max(1, pivot.max());
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                + " font-family=\"sans-serif\" font-size=\"11\">%n", width, height, width, height));
        s.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"14\">%s</text>%n", LEFT, escape(title)));
        int baseY = TOP + PLOT_HEIGHT;
        for (int t = 0; t <= 4; t++) {
            long value = Math.round(max * t / 4.0);
            double y = baseY - PLOT_HEIGHT * value / (double) max;
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n",
                    LEFT, y, LEFT + plotWidth, y));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>%n", LEFT - 6, y + 4, value));
        }
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
                LEFT, baseY, LEFT + plotWidth, baseY));
        double step = categories == 0 ? 0 : plotWidth / (double) categories;
        for (int c = 0; c < categories; c++) {
            double x = LEFT + step * c + step / 2;
            s.append(String.format(Locale.ROOT, "<text transform=\"translate(%.1f,%d) rotate(-45)\" text-anchor=\"end\">%s</text>%n",
                    x, baseY + 14, escape(pivot.categories().get(c))));
        }
        for (int i = 0; i < pivot.series().size(); i++) {
            Pivot.Series series = pivot.series().get(i);
            String colour = colours.series(i);
            List<Long> values = series.values();
            if (lines) {
                StringBuilder points = new StringBuilder();
                for (int c = 0; c < values.size(); c++) {
                    points.append(String.format(Locale.ROOT, "%s%.1f,%.1f", c == 0 ? "" : " ", LEFT + step * c + step / 2,
                            baseY - PLOT_HEIGHT * values.get(c) / (double) max));
                }
                s.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"><title>%s</title></polyline>%n",
                        colour, points, escape(series.name())));
            } else {
                double barWidth = (step - 8) / seriesCount;
                for (int c = 0; c < values.size(); c++) {
                    double h = PLOT_HEIGHT * values.get(c) / (double) max;
                    s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                                    + "<title>%s, %s: %d</title></rect>%n", LEFT + step * c + 4 + barWidth * i, baseY - h, barWidth, h,
                            colours.bar(i, c),
                            escape(pivot.categories().get(c)), escape(series.name()), values.get(c)));
                }
            }
            if (colours.byCategory()) {
                continue; // each bar has its label's colour, named under it: a legend would say nothing more
            }
            int ly = TOP + 16 * i;
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\">%s</text>%n", LEFT + plotWidth + 20, ly, colour, LEFT + plotWidth + 36, ly + 9,
                    escape(series.name())));
        }
        s.append("</svg>\n");
        return s.toString();
    }

    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (cp >= 0x20 || cp == '\t') {
                        b.appendCodePoint(cp); // control characters are not allowed in XML 1.0
                    }
                }
            }
        });
        return b.toString();
    }
}
