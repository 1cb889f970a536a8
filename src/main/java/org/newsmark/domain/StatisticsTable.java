package org.newsmark.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Counted tags: the keys counted by and one row per group, in the keys' order. */
public record StatisticsTable(List<StatisticsKey> keys, List<TagCount> rows) {

    public StatisticsTable {
        keys = List.copyOf(keys);
        rows = List.copyOf(rows);
    }

    /** Every tag counted; a tag with several values of a multiple-choice code is counted once per value. */
    public long total() {
        return rows.stream().mapToLong(TagCount::tags).sum();
    }

    /**
     * The table as a chart draws it: categories from the first key, series from the second (one
     * series "tags" with one key), both in the order they first appear, a missing cell 0.
     */
    public Pivot pivot() {
        if (keys.isEmpty() || keys.size() > 2) {
            throw new IllegalStateException("a chart shows one or two keys, not " + keys.size());
        }
        LinkedHashSet<String> categories = new LinkedHashSet<>();
        LinkedHashSet<String> series = new LinkedHashSet<>();
        Map<String, Map<String, Long>> cells = new LinkedHashMap<>();
        for (TagCount r : rows) {
            String category = r.values().get(0);
            String s = keys.size() == 2 ? r.values().get(1) : "tags";
            categories.add(category);
            series.add(s);
            cells.computeIfAbsent(s, k -> new LinkedHashMap<>()).merge(category, r.tags(), Long::sum);
        }
        List<String> cs = new ArrayList<>(categories);
        List<Pivot.Series> out = new ArrayList<>();
        for (String s : series) {
            Map<String, Long> line = cells.get(s);
            out.add(new Pivot.Series(s, cs.stream().map(c -> line.getOrDefault(c, 0L)).toList()));
        }
        return new Pivot(cs, out);
    }

    /** Categories (the x axis) and series, each with one value per category. */
    public record Pivot(List<String> categories, List<Series> series) {

        public Pivot {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
        }

        /** The {@code limit} categories with the most tags (all series together), in their order here. */
        public Pivot largestCategories(int limit) {
            if (categories.size() <= limit) {
                return this;
            }
            List<Integer> byTags = new ArrayList<>();
            for (int c = 0; c < categories.size(); c++) {
                byTags.add(c);
            }
            byTags.sort(Comparator.comparingLong((Integer c) -> -series.stream().mapToLong(s -> s.values().get(c)).sum()));
            List<Integer> kept = byTags.subList(0, limit).stream().sorted().toList();
            return new Pivot(kept.stream().map(categories::get).toList(), series.stream()
                    .map(s -> new Series(s.name(), kept.stream().map(s.values()::get).toList())).toList());
        }

        /** The {@code limit} series with the most tags, largest first. */
        public Pivot largestSeries(int limit) {
            if (series.size() <= limit) {
                return this;
            }
            return new Pivot(categories, series.stream()
                    .sorted(Comparator.comparingLong(s -> -s.values().stream().mapToLong(Long::longValue).sum()))
                    .limit(limit).toList());
        }

        public long max() {
            return series.stream().flatMap(s -> s.values().stream()).mapToLong(Long::longValue).max().orElse(0);
        }

        public record Series(String name, List<Long> values) {

            public Series {
                values = List.copyOf(values);
            }
        }
    }
}
