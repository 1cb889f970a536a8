package org.newsmark.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The colours a statistics chart is drawn in, the same on screen, in its PNG and in its SVG. A
 * series that is a label takes the label's own colour (the codebook's, as the article shows its
 * tags); so do the bars when the chart has one series and its categories are labels. Any other
 * series takes the next colour of {@link #PALETTE}.
 */
public final class ChartColours {

    /**
     * For series that are not labels: ten hues of middle lightness, each at least 3:1 against
     * white and against the dark theme's background (#0d1117), so a bar or line reads in both.
     */
    public static final List<String> PALETTE = List.of("#3a7dc9", "#e0701b", "#2e9e4f", "#d14b52", "#8a63c9", "#a8741a",
            "#c9559e", "#6f8790", "#8b9a1c", "#1c9eab");

    private final List<String> series;
    /** One per category when the bars carry the colours (one series of labels); else empty. */
    private final List<String> categories;

    private ChartColours(List<String> series, List<String> categories) {
        this.series = List.copyOf(series);
        this.categories = List.copyOf(categories);
    }

    /**
     * @param seriesAreLabels   the series are label names (the second key, or the timeline's lines, is the label)
     * @param categoriesAreLabels the categories are label names (the first key is the label)
     * @param labelColours      each label's colour by name
     */
    public static ChartColours of(StatisticsTable.Pivot pivot, boolean seriesAreLabels, boolean categoriesAreLabels,
                                  Map<String, String> labelColours) {
        List<String> s = new ArrayList<>();
        for (int i = 0; i < pivot.series().size(); i++) {
            String palette = palette(i);
            s.add(seriesAreLabels ? labelColours.getOrDefault(pivot.series().get(i).name(), palette) : palette);
        }
        List<String> c = new ArrayList<>();
        if (categoriesAreLabels && pivot.series().size() == 1) {
            for (int i = 0; i < pivot.categories().size(); i++) {
                c.add(labelColours.getOrDefault(pivot.categories().get(i), palette(i)));
            }
        }
        return new ChartColours(s, c);
    }

    /** Every series from the palette, in order: a chart with no label in it. */
    public static ChartColours palette(StatisticsTable.Pivot pivot) {
        return of(pivot, false, false, Map.of());
    }

    private static String palette(int i) {
        return PALETTE.get(i % PALETTE.size());
    }

    /** The colour of series {@code i}: its line, its legend entry, its bars unless {@link #byCategory}. */
    public String series(int i) {
        return i < series.size() ? series.get(i) : palette(i);
    }

    /** Whether each bar has its category's colour (its label's) rather than its series': then no legend is needed. */
    public boolean byCategory() {
        return !categories.isEmpty();
    }

    /** The colour of the bar of series {@code s} in category {@code c}. */
    public String bar(int s, int c) {
        return byCategory() && c < categories.size() ? categories.get(c) : series(s);
    }
}
