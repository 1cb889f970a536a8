package org.newsmark.io.webanno;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * An annotation's textual bodies sorted by what Newsmark makes of them: the label (the first
 * {@code tagging} body, else the first textual body with no purpose), further tagging bodies
 * (told, not taken), the note ({@code commenting} bodies, and textual bodies with no purpose that
 * are not the label, as Hypothesis writes its note), attribute bodies (Newsmark's, with
 * {@code attribute} and {@code values}) and a link's type. Bodies that are not textual (an IRI, a
 * SpecificResource) carry nothing Newsmark keeps.
 */
record Bodies(String label, List<String> otherTags, String note, List<JsonNode> attributes, String linkType) {

    static Bodies of(JsonNode annotation) {
        List<JsonNode> bodies = new ArrayList<>(Nodes.list(annotation.path("body")));
        String bodyValue = Nodes.text(annotation, "bodyValue");
        if (bodyValue != null) {
            bodies.add(JsonNodeFactory.instance.objectNode().put("type", "TextualBody").put("value", bodyValue));
        }
        List<String> tagging = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        List<JsonNode> attributes = new ArrayList<>();
        String linkType = null;
        for (JsonNode b : bodies) {
            String value = Nodes.text(b, "value");
            if (!b.isObject() || value == null || !("TextualBody".equals(Nodes.text(b, "type")) || !b.has("type"))) {
                continue;
            }
            List<String> purposes = Nodes.texts(b.path("purpose")).stream().map(p -> p.replace("oa:", "")).toList();
            if (b.has("attribute")) {
                attributes.add(b);
            } else if (b.has("linkType") && linkType == null) {
                linkType = Nodes.text(b, "linkType");
            } else if (purposes.contains(WebAnnotation.TAGGING)) {
                tagging.add(value);
            } else if (purposes.contains(WebAnnotation.LINKING) && linkType == null) {
                linkType = value;
            } else if (purposes.contains(WebAnnotation.COMMENTING)) {
                comments.add(value);
            } else if (purposes.isEmpty()) {
                plain.add(value);
            }
        }
        String label = !tagging.isEmpty() ? tagging.get(0) : !plain.isEmpty() ? plain.remove(0) : null;
        List<String> note = new ArrayList<>(comments);
        note.addAll(plain);
        return new Bodies(label, tagging.size() > 1 ? List.copyOf(tagging.subList(1, tagging.size())) : List.of(),
                String.join("\n\n", note), attributes, linkType != null ? linkType : tagging.isEmpty() ? null : tagging.get(0));
    }
}
