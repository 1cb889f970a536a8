package org.newsmark.io.webanno;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The second {@code @context} object: Newsmark's terms in its namespace, so that a JSON-LD
 * processor keeps them (JSON-LD 1.1: the codebook, sources and custom fields are JSON literals)
 * and every other tool can ignore them.
 */
final class NewsmarkContext {

    private NewsmarkContext() {
    }

    static ObjectNode node() {
        ObjectNode c = WebAnnotationWriter.MAPPER.createObjectNode();
        c.put("@version", 1.1);
        c.put("nm", WebAnnotation.NAMESPACE);
        json(c, "codebook");
        json(c, "sources");
        c.putObject("articles").put("@id", "nm:article").put("@container", "@set");
        c.put("title", "dcterms:title");
        for (String term : new String[] {"sha256", "fileName", "outlet", "author", "published", "url", "attribute", "linkType"}) {
            c.put(term, "nm:" + term);
        }
        json(c, "fields");
        c.putObject("values").put("@id", "nm:values").put("@container", "@list");
        c.putObject("linkFrom").put("@id", "nm:linkFrom").put("@type", "@id");
        c.putObject("linkTo").put("@id", "nm:linkTo").put("@type", "@id");
        return c;
    }

    private static void json(ObjectNode c, String term) {
        c.putObject(term).put("@id", "nm:" + term).put("@type", "@json");
    }
}
