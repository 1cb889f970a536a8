package org.newsmark.io.webanno;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The analyst an annotation is by: its creator's {@code name} (else {@code account}, Web
 * Annotation's nickname), or the name in its IRI ({@code acct:ana@hypothes.is} as Hypothesis
 * writes it gives "ana", {@code https://example.org/users/ana} gives "ana"); else the creator of its
 * first body that has one, as Recogito writes it.
 */
final class Creators {

    private Creators() {
    }

    static Optional<String> name(JsonNode annotation) {
        Optional<String> own = of(annotation.path("creator"));
        if (own.isPresent()) {
            return own;
        }
        for (JsonNode body : Nodes.list(annotation.path("body"))) {
            Optional<String> b = of(body.path("creator"));
            if (b.isPresent()) {
                return b;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> of(JsonNode creator) {
        for (JsonNode c : Nodes.list(creator)) {
            if (c.isTextual()) {
                return Optional.of(fromIri(c.asText()));
            }
            for (String field : new String[] {"name", "account", "nickname"}) {
                String v = Nodes.text(c, field);
                if (v != null && !v.isBlank()) {
                    return Optional.of(v);
                }
            }
            String id = Nodes.text(c, "id");
            if (id != null) {
                return Optional.of(fromIri(id));
            }
        }
        return Optional.empty();
    }

    static String fromIri(String iri) {
        String s = iri.strip();
        if (s.startsWith("acct:")) {
            int at = s.indexOf('@');
            return at > 5 ? s.substring(5, at) : s.substring(5);
        }
        if (s.startsWith("urn:newsmark:analyst:")) {
            return java.net.URLDecoder.decode(s.substring("urn:newsmark:analyst:".length()).replace("+", "%2B"),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        int slash = s.lastIndexOf('/');
        return slash >= 0 && s.contains("://") ? s.substring(slash + 1) : s;
    }
}
