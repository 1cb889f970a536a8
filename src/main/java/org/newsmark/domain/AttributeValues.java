package org.newsmark.domain;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The values of a tag's attributes (or of an analyst's article codes), by attribute id. A set
 * attribute has at least one value; one that is not set is absent. Immutable.
 */
public final class AttributeValues {

    public static final AttributeValues EMPTY = new AttributeValues(new TreeMap<>());

    private final Map<Long, List<String>> byAttribute;

    private AttributeValues(TreeMap<Long, List<String>> byAttribute) {
        this.byAttribute = Collections.unmodifiableMap(byAttribute);
    }

    public static AttributeValues of(Map<Long, List<String>> values) {
        TreeMap<Long, List<String>> copy = new TreeMap<>();
        values.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                copy.put(k, List.copyOf(v));
            }
        });
        return copy.isEmpty() ? EMPTY : new AttributeValues(copy);
    }

    public List<String> get(long attributeId) {
        return byAttribute.getOrDefault(attributeId, List.of());
    }

    public Optional<String> single(long attributeId) {
        List<String> v = get(attributeId);
        return v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    public boolean has(long attributeId) {
        return byAttribute.containsKey(attributeId);
    }

    /** A copy with the attribute set to {@code values}; an empty list unsets it. */
    public AttributeValues with(long attributeId, List<String> values) {
        TreeMap<Long, List<String>> copy = new TreeMap<>(byAttribute);
        if (values == null || values.isEmpty()) {
            copy.remove(attributeId);
        } else {
            copy.put(attributeId, List.copyOf(values));
        }
        return copy.isEmpty() ? EMPTY : new AttributeValues(copy);
    }

    /** The attribute ids set, ascending, with their values. */
    public Map<Long, List<String>> asMap() {
        return byAttribute;
    }

    public boolean isEmpty() {
        return byAttribute.isEmpty();
    }

    /**
     * The values set for {@code declared}, in its order, as a sentence names them: {@code speaker =
     * Minister, frame = Economic | Morality} (several values joined as the tag files join them);
     * a source's stored id is shown by {@code sourceName}. Empty when none of them is set.
     */
    public String describe(List<Attribute> declared, java.util.function.UnaryOperator<String> sourceName) {
        List<String> parts = new java.util.ArrayList<>();
        for (Attribute a : declared) {
            List<String> v = get(a.id());
            if (!v.isEmpty()) {
                List<String> shown = a.type() == AttributeType.SOURCE ? v.stream().map(sourceName).toList() : v;
                parts.add(a.name() + " = " + String.join(" | ", shown));
            }
        }
        return String.join(", ", parts);
    }

    /** The required attributes of {@code declared} that have no value here. */
    public List<Attribute> missing(List<Attribute> declared) {
        return declared.stream().filter(a -> a.required() && !has(a.id())).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttributeValues other && byAttribute.equals(other.byAttribute);
    }

    @Override
    public int hashCode() {
        return byAttribute.hashCode();
    }

    @Override
    public String toString() {
        return byAttribute.toString();
    }
}
