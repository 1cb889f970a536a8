package org.newsmark.io.article;

import java.util.Iterator;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsmark.domain.Names;

/**
 * The outlet an HTML page names: {@code og:site_name}, else {@code <meta name="publisher">}, else
 * the publisher's name in its JSON-LD; null when none is a valid name.
 */
final class HtmlOutlet {

    private HtmlOutlet() {
    }

    static String of(Document doc) {
        for (String selector : new String[] {"meta[property=og:site_name]", "meta[name=publisher]"}) {
            Element meta = doc.selectFirst(selector);
            if (meta != null && valid(meta.attr("content"))) {
                return Names.strip(meta.attr("content"));
            }
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String name = publisher(script.data());
            if (valid(name)) {
                return Names.strip(name);
            }
        }
        return null;
    }

    /** The {@code publisher.name} of a JSON-LD object (or of the first in an array or graph that has one). */
    private static String publisher(String json) {
        try {
            com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
            return find(root);
        } catch (java.io.IOException | RuntimeException e) {
            return null; // a page's broken metadata costs it its outlet, not its import
        }
    }

    private static String find(com.fasterxml.jackson.databind.JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (Iterator<com.fasterxml.jackson.databind.JsonNode> it = node.elements(); it.hasNext(); ) {
                String found = find(it.next());
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        com.fasterxml.jackson.databind.JsonNode p = node.get("publisher");
        if (p != null) {
            com.fasterxml.jackson.databind.JsonNode name = p.isArray() && p.size() > 0 ? p.get(0).get("name") : p.get("name");
            if (name != null && name.isTextual()) {
                return name.asText();
            }
            if (p.isTextual()) {
                return p.asText();
            }
        }
        return find(node.get("@graph"));
    }

    private static boolean valid(String name) {
        return name != null && Names.problem(name).isEmpty();
    }
}
