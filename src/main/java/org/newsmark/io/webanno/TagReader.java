package org.newsmark.io.webanno;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.fasterxml.jackson.databind.JsonNode;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Names;
import org.newsmark.domain.Span;
import org.newsmark.io.webanno.AnnotationFile.Item;
import org.newsmark.io.webanno.QuoteAnchor.Placed;

/**
 * Tags from annotations with a TextQuoteSelector or TextPositionSelector: several targets on one
 * article make one discontinuous tag; its label the first tagging body (else the first textual
 * body), its note the commenting bodies, its analyst the creator.
 */
final class TagReader {

    final List<Annotation> tags = new ArrayList<>();
    private final Map<String, Annotation> tagByAnnotation = new HashMap<>();
    private final ReadContext context;
    private final ArticlesTaken articles;

    TagReader(ReadContext context, ArticlesTaken articles) {
        this.context = context;
        this.articles = articles;
    }

    static boolean hasTextSelector(JsonNode a) {
        for (JsonNode target : Nodes.list(a.path("target"))) {
            for (JsonNode selector : Nodes.list(target.path("selector"))) {
                String type = Nodes.text(selector, "type");
                if ("TextQuoteSelector".equals(type) || "TextPositionSelector".equals(type)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The (first) tag the annotation of that id became, or null. */
    Annotation tagOf(String annotationId) {
        return tagByAnnotation.get(annotationId);
    }

    void read(Item item) {
        JsonNode a = item.node();
        Bodies bodies = Bodies.of(a);
        if (bodies.label() == null) {
            context.tell(item, "has no label: no textual body with purpose \"tagging\", nor any other textual body");
            return;
        }
        Optional<String> labelProblem = Names.problem(bodies.label());
        if (labelProblem.isPresent()) {
            context.tell(item, "its label " + Names.shown(bodies.label()) + " " + labelProblem.get());
            return;
        }
        if (!bodies.otherTags().isEmpty()) {
            context.tell(item, "is tagged " + bodies.label() + " and also " + String.join(", ", bodies.otherTags())
                    + "; a tag has one label, so it is taken as " + bodies.label() + " only");
        }
        Label label = context.codebook.label(Names.strip(bodies.label()));
        List<Span> spans = new ArrayList<>();
        Document document = null;
        for (JsonNode target : Nodes.list(a.path("target"))) {
            Selection s = Selection.of(target);
            Optional<Document> d = articles.of(s);
            if (d.isEmpty()) {
                articles.unknown(s.source() == null ? "targets without a source" : s.source());
                return;
            }
            if (document != null && document.id() != d.get().id()) {
                context.tell(item, "has targets on two articles; a tag is in one");
                return;
            }
            document = d.get();
            Placed placed = s.place(articles.codePoints(document));
            if (placed.span() == null) {
                context.tell(item, placed.problem());
                return;
            }
            spans.add(placed.span());
        }
        Analyst analyst = context.analyst(a);
        AttributeValues values = AttributeBodies.read(context, item, bodies.attributes(),
                name -> context.codebook.attributeOf(label.id(), name));
        String group = spans.size() > 1 ? "wa-" + context.peekId() : null;
        Instant created = context.instant(Nodes.text(a, "created"));
        Instant modified = a.has("modified") ? context.instant(Nodes.text(a, "modified")) : created;
        Annotation first = null;
        for (Span span : spans) {
            Annotation t = new Annotation(context.nextId(), document.id(), analyst.id(), label.id(), span, bodies.note(), group,
                    created, modified, values);
            tags.add(t);
            first = first == null ? t : first;
        }
        String id = Nodes.text(a, "id");
        if (id != null) {
            tagByAnnotation.putIfAbsent(id, first);
        }
    }
}
