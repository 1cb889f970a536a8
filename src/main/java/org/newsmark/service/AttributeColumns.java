package org.newsmark.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Attribute;

/**
 * The {@code attr:NAME} columns of a tag export: one per attribute name of the codebook, in
 * codebook order (labels that declare the same name, such as "source", share the column), and
 * a tag's values by name, only for the attributes its own label declares.
 */
final class AttributeColumns {

    private final List<String> names;
    private final Map<Long, String> nameById;
    private final Map<Long, Long> labelById;
    /** The source attributes' ids, whose values are written as source names when {@link #sourceNames} is set. */
    private final java.util.Set<Long> sourceAttributes;
    private final Map<String, String> sourceNames;

    private AttributeColumns(List<String> names, Map<Long, String> nameById, Map<Long, Long> labelById,
                             java.util.Set<Long> sourceAttributes, Map<String, String> sourceNames) {
        this.names = names;
        this.nameById = nameById;
        this.labelById = labelById;
        this.sourceAttributes = sourceAttributes;
        this.sourceNames = sourceNames;
    }

    /**
     * A copy writing each source attribute's value as the source's name (CSV, brat), from the
     * sources by id; a value naming no source (a file changed outside Newsmark) is written as stored.
     */
    AttributeColumns withSourceNames(List<org.newsmark.domain.Source> sources) {
        Map<String, String> byId = new java.util.HashMap<>();
        sources.forEach(s -> byId.put(s.valueId(), s.name()));
        return new AttributeColumns(names, nameById, labelById, sourceAttributes, byId);
    }

    static AttributeColumns of(List<Attribute> declared) {
        List<String> names = new ArrayList<>();
        Map<Long, String> nameById = new java.util.HashMap<>();
        Map<Long, Long> labelById = new java.util.HashMap<>();
        java.util.Set<Long> sources = new java.util.HashSet<>();
        for (Attribute a : declared) {
            if (a.type() == org.newsmark.domain.AttributeType.SOURCE) {
                sources.add(a.id());
            }
            if (a.isArticleCode()) {
                continue;
            }
            if (!names.contains(a.name())) {
                names.add(a.name());
            }
            nameById.put(a.id(), a.name());
            labelById.put(a.id(), a.labelId());
        }
        return new AttributeColumns(List.copyOf(names), nameById, labelById, sources, null);
    }

    List<String> names() {
        return names;
    }

    /** Name → values of the tag's attributes that its label declares (values kept from an earlier label are not exported). */
    Map<String, List<String>> valuesOf(Annotation a) {
        if (a.attributes().isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        a.attributes().asMap().forEach((id, values) -> {
            Long label = labelById.get(id);
            if (label != null && label == a.labelId()) {
                out.put(nameById.get(id), sourceNames != null && sourceAttributes.contains(id)
                        ? values.stream().map(v -> sourceNames.getOrDefault(v, v)).toList() : values);
            }
        });
        return out;
    }
}
