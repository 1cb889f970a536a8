package org.newsmark.io.xmi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a feature of a Newsmark type holds, written as its description in TypeSystem.xml (e.g.
 * {@code Newsmark {"role":"attribute","label":"claim","name":"check-worthy","type":"yes-no"}}), so
 * that a reader finds an attribute, article code or metadata field by its real name whatever safe
 * name the feature got, and INCEpTION shows the real name as the feature's description.
 *
 * @param role  {@code attribute} (of a tag's label), {@code code} (article code) or {@code field} (custom metadata)
 * @param label the label of an attribute, else null
 * @param name  the attribute's, code's or field's name
 * @param type  the attribute type id, null for a field
 */
record FeatureRole(String role, String label, String name, String type) {

    static final String ATTRIBUTE = "attribute";
    static final String CODE = "code";
    static final String FIELD = "field";

    private static final String PREFIX = "Newsmark ";
    private static final ObjectMapper JSON = new ObjectMapper();

    String description() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("role", role);
        if (label != null) {
            m.put("label", label);
        }
        m.put("name", name);
        if (type != null) {
            m.put("type", type);
        }
        try {
            return PREFIX + JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }

    /** The role a description written by {@link #description()} names; empty for any other description. */
    static Optional<FeatureRole> parse(String description) {
        if (description == null || !description.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            JsonNode n = JSON.readTree(description.substring(PREFIX.length()));
            String role = text(n, "role");
            String name = text(n, "name");
            if (role == null || name == null) {
                return Optional.empty();
            }
            return Optional.of(new FeatureRole(role, text(n, "label"), name, text(n, "type")));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }
}
