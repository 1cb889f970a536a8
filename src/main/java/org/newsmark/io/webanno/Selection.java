package org.newsmark.io.webanno;

import com.fasterxml.jackson.databind.JsonNode;

/** One target: its source IRI and its text selectors (the first TextQuoteSelector and TextPositionSelector). */
record Selection(String source, String exact, String prefix, String suffix, Long start, Long end) {

    static Selection of(JsonNode target) {
        if (target.isTextual()) {
            return new Selection(target.asText(), null, null, null, null, null);
        }
        String source = target.has("source") ? Nodes.iri(target.get("source")) : null;
        String exact = null;
        String prefix = null;
        String suffix = null;
        Long start = null;
        Long end = null;
        for (JsonNode s : Nodes.list(target.path("selector"))) {
            String type = Nodes.text(s, "type");
            if ("TextQuoteSelector".equals(type) && exact == null) {
                exact = Nodes.text(s, "exact");
                prefix = Nodes.text(s, "prefix");
                suffix = Nodes.text(s, "suffix");
            } else if ("TextPositionSelector".equals(type) && start == null) {
                start = Nodes.count(s, "start");
                end = Nodes.count(s, "end");
            }
        }
        return new Selection(source, exact, prefix, suffix, start, end);
    }

    QuoteAnchor.Placed place(CodePoints article) {
        return QuoteAnchor.place(article, start, end, exact, prefix, suffix);
    }
}
