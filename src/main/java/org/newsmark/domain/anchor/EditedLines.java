package org.newsmark.domain.anchor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs the lines a line diff left unmatched on both sides: an old line with the new line it was
 * most likely edited into, found elsewhere in the text (a paragraph edited and another moved past
 * it, so the diff matched neither). Two lines pair when at least half of the old line's stretches
 * of {@code run} characters occur in the new one; identical lines are not paired (a paragraph moved
 * unchanged is for the quote search, which calls it moved). Bounded: past {@link #MAX_CHARACTERS}
 * on either side nothing is paired, and a stretch common to many lines counts for none.
 */
final class EditedLines {

    static final int MAX_CHARACTERS = 200_000;
    private static final int COMMON = 8;

    record Pair(int oldIndex, int newIndex) {
    }

    private EditedLines() {
    }

    static List<Pair> pairs(List<TextMapping.Line> oldLines, List<TextMapping.Line> newLines, int run) {
        if (chars(oldLines) > MAX_CHARACTERS || chars(newLines) > MAX_CHARACTERS) {
            return List.of();
        }
        Set<String> newContents = new HashSet<>();
        Map<String, List<Integer>> where = new HashMap<>();
        for (int j = 0; j < newLines.size(); j++) {
            String c = newLines.get(j).content();
            newContents.add(c);
            Set<String> mine = new HashSet<>();
            for (int k = 0; k + run <= c.length(); k++) {
                String s = c.substring(k, k + run);
                if (mine.add(s)) {
                    where.computeIfAbsent(s, x -> new ArrayList<>()).add(j);
                }
            }
        }
        List<Pair> out = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        for (int i = 0; i < oldLines.size(); i++) {
            String c = oldLines.get(i).content();
            int stretches = c.length() - run + 1;
            if (stretches < run || newContents.contains(c)) {
                continue;
            }
            Map<Integer, Integer> hits = new HashMap<>();
            for (int k = 0; k < stretches; k++) {
                List<Integer> in = where.get(c.substring(k, k + run));
                if (in != null && in.size() <= COMMON) {
                    in.forEach(j -> hits.merge(j, 1, Integer::sum));
                }
            }
            int best = -1;
            int bestHits = 0;
            for (Map.Entry<Integer, Integer> h : hits.entrySet()) {
                if (!taken.contains(h.getKey()) && (h.getValue() > bestHits || h.getValue() == bestHits && h.getKey() < best)) {
                    best = h.getKey();
                    bestHits = h.getValue();
                }
            }
            if (best >= 0 && bestHits * 2 >= stretches) {
                taken.add(best);
                out.add(new Pair(i, best));
            }
        }
        return out;
    }

    private static long chars(List<TextMapping.Line> lines) {
        return lines.stream().mapToLong(l -> l.content().length()).sum();
    }
}
