package org.newsmark.io.webanno;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** JSON-LD's "one value or an array of them", and the few value shapes Web Annotation files use. */
final class Nodes {

    private Nodes() {
    }

    /** The elements of an array, the value itself when it is not one, nothing when absent or null. */
    static List<JsonNode> list(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node == null || node.isMissingNode() || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(out::add);
        } else {
            out.add(node);
        }
        return out;
    }

    /** The strings of a value that may be one string or an array of them. */
    static List<String> texts(JsonNode node) {
        return list(node).stream().filter(JsonNode::isTextual).map(JsonNode::asText).toList();
    }

    /** A string field, or null. */
    static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() ? v.asText() : null;
    }

    /** The IRI of a node given as a string or as an object with an {@code id}. */
    static String iri(JsonNode node) {
        if (node.isTextual()) {
            return node.asText();
        }
        return text(node, "id");
    }

    /** A non-negative whole number field, or null. */
    static Long count(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.canConvertToExactIntegral() && v.asLong() >= 0 && v.asLong() <= Integer.MAX_VALUE ? v.asLong() : null;
    }

    /** What a message calls an annotation: its id, or its position when it has none. */
    static String name(JsonNode annotation, long line) {
        String id = text(annotation, "id");
        return id != null ? "annotation " + id : "the annotation on line " + line;
    }
}
