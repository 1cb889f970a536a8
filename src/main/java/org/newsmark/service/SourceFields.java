package org.newsmark.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.Source;
import org.newsmark.io.jsonl.JsonlAnnotation;
import org.newsmark.io.jsonl.JsonlSource;

/** The {@code sources} of a JSON Lines document: those its annotations' source attributes point to, by id. */
final class SourceFields {

    private SourceFields() {
    }

    static List<JsonlSource> of(List<Source> sources, List<Attribute> declared, List<JsonlAnnotation> tags) {
        Set<String> names = new java.util.HashSet<>();
        declared.stream().filter(a -> a.type() == AttributeType.SOURCE).forEach(a -> names.add(a.name()));
        if (names.isEmpty()) {
            return List.of();
        }
        Set<Long> used = new TreeSet<>();
        for (JsonlAnnotation t : tags) {
            t.attributes().forEach((name, values) -> {
                if (names.contains(name)) {
                    values.forEach(v -> used.add(Source.idOf(v)));
                }
            });
        }
        Map<Long, Source> byId = new HashMap<>();
        sources.forEach(s -> byId.put(s.id(), s));
        return used.stream().filter(byId::containsKey).map(byId::get)
                .map(s -> new JsonlSource(s.valueId(), s.name(), s.kind().id(), s.role(), s.affiliation())).toList();
    }
}
