package org.newsmark.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsmark.domain.Codebook;
import org.newsmark.domain.Label;
import org.newsmark.domain.Names;

/**
 * The keys after an import: a label the file names takes the file's key (or none), a label it
 * does not name keeps its own. Two labels with one key, at least one of them from the file, is a
 * refusal; a swap of keys between labels the file names is fine.
 */
final class KeyCheck {

    private record Holder(String name, boolean fromFile) {
    }

    private KeyCheck() {
    }

    static List<String> of(Codebook project, Codebook file) {
        Map<String, List<Holder>> byKey = new LinkedHashMap<>();
        for (Label l : file.labels()) {
            if (l.key() != null) {
                byKey.computeIfAbsent(l.key(), k -> new ArrayList<>()).add(new Holder(l.name(), true));
            }
        }
        for (Label l : project.labels()) {
            if (l.key() != null && file.label(l.name()).isEmpty()) {
                byKey.computeIfAbsent(l.key(), k -> new ArrayList<>()).add(new Holder(l.name(), false));
            }
        }
        List<String> refusals = new ArrayList<>();
        byKey.forEach((key, holders) -> {
            List<Holder> fromFile = holders.stream().filter(Holder::fromFile).toList();
            List<Holder> keeping = holders.stream().filter(h -> !h.fromFile()).toList();
            if (fromFile.size() > 1) {
                refusals.add("the file gives key " + key + " to " + names(fromFile));
            }
            if (!fromFile.isEmpty() && !keeping.isEmpty()) {
                String taker = Names.shown(fromFile.get(0).name());
                String keeper = Names.shown(keeping.get(0).name());
                refusals.add("label " + taker + " would take key " + key + ", which label " + keeper + " keeps (the"
                        + " file does not mention " + keeper + "); give " + taker + " another key or none in the file,"
                        + " or give " + keeper + " another key first");
            }
        });
        return refusals;
    }

    private static String names(List<Holder> holders) {
        List<String> shown = holders.stream().map(h -> Names.shown(h.name())).toList();
        return String.join(" and ", shown);
    }
}
