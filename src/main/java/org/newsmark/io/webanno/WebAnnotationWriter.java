package org.newsmark.io.webanno;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Link;
import org.newsmark.domain.Source;
import org.newsmark.io.codebook.CodebookJson;
import org.newsmark.io.exchange.ArticleCodes;
import org.newsmark.io.exchange.ExchangeProject;

/**
 * Writes a project as one W3C Web Annotation document: an AnnotationCollection whose first (and
 * only) AnnotationPage holds one Annotation per tag (a discontinuous tag is one annotation with a
 * target per fragment), one per link (motivation {@code linking}, its two tags' annotations as
 * targets) and one per analyst's article codes (motivation {@code classifying}, the whole article
 * as target). Each tag's target has a TextQuoteSelector (exact, and {@value WebAnnotation#QUOTE_CONTEXT}
 * code points of prefix and suffix) and a TextPositionSelector in code points. The collection
 * carries the codebook (the codebook file's JSON), the sources and each article's description
 * (title, SHA-256, metadata) under Newsmark's context. The same project always gives the same bytes.
 */
public final class WebAnnotationWriter {

    static final ObjectMapper MAPPER = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final ExchangeProject p;
    private final Map<Long, String> iris;
    private final Map<Long, String> tagIds = new LinkedHashMap<>();
    private final Map<Long, CodePoints> texts = new HashMap<>();

    private WebAnnotationWriter(ExchangeProject p) {
        this.p = p;
        this.iris = ArticleIris.of(p);
    }

    /** Writes {@code project} to {@code out} as UTF-8 JSON-LD; {@code out} is flushed, not closed. */
    public static void write(ExchangeProject project, OutputStream out) throws IOException {
        ObjectNode root = new WebAnnotationWriter(project).collection();
        MAPPER.writer(printer()).writeValue(out, root);
        out.write('\n');
        out.flush();
    }

    /** Two spaces, LF, {@code "name": value}: as the codebook file looks. */
    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("").withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    private ObjectNode collection() throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode context = root.putArray("@context");
        context.add(WebAnnotation.CONTEXT);
        context.add(NewsmarkContext.node());
        root.put("type", "AnnotationCollection");
        root.put("label", p.name());
        ObjectNode generator = root.putObject("generator");
        generator.put("id", "https://newsmark.org/");
        generator.put("type", "Software");
        generator.put("name", "Newsmark");
        root.set("codebook", codebook());
        root.set("sources", sources());
        ArrayNode articles = root.putArray("articles");
        p.documents().forEach(d -> articles.add(article(d)));
        ArrayNode items = MAPPER.createArrayNode();
        for (Document d : p.documents()) {
            tags(d, items);
            for (Link l : p.linksOf(d.id())) {
                items.add(link(l));
            }
        }
        for (ArticleCodes c : p.articleCodes()) {
            items.add(codes(c));
        }
        root.put("total", items.size());
        ObjectNode page = root.putObject("first");
        page.put("type", "AnnotationPage");
        page.put("startIndex", 0);
        page.set("items", items);
        return root;
    }

    private ObjectNode codebook() throws IOException {
        StringWriter text = new StringWriter();
        CodebookJson.write(p.codebook(), text);
        return (ObjectNode) MAPPER.readTree(text.toString());
    }

    private ArrayNode sources() {
        ArrayNode out = MAPPER.createArrayNode();
        for (Source s : p.sources()) {
            ObjectNode n = out.addObject();
            n.put("id", s.id());
            n.put("name", s.name());
            n.put("kind", s.kind().id());
            n.put("role", s.role());
            n.put("affiliation", s.affiliation());
            n.put("created", s.created().toString());
        }
        return out;
    }

    private ObjectNode article(Document d) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", iris.get(d.id()));
        n.put("type", "Text");
        n.put("title", d.title());
        n.put("sha256", d.sha256());
        if (d.sourceName() != null) {
            n.put("fileName", d.sourceName());
        }
        ArticleMetadata m = p.metadataOf(d.id());
        for (String name : ArticleMetadata.STANDARD) {
            if (m.get(name) != null) {
                n.put(name, m.get(name));
            }
        }
        if (!m.fields().isEmpty()) {
            ObjectNode fields = n.putObject("fields");
            m.fields().forEach(fields::put);
        }
        return n;
    }

    /** One annotation per tag; the fragments of a discontinuous tag together. */
    private void tags(Document d, ArrayNode items) {
        Map<String, List<Annotation>> byTag = new LinkedHashMap<>();
        List<Annotation> tags = new ArrayList<>(p.tagsOf(d.id()));
        tags.sort(Comparator.comparing(Annotation::span).thenComparingLong(Annotation::analystId)
                .thenComparingLong(Annotation::id));
        for (Annotation t : tags) {
            String key = t.fragmentGroup() == null ? "tag " + t.id() : "group " + t.analystId() + " " + t.fragmentGroup();
            byTag.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
        }
        for (List<Annotation> fragments : byTag.values()) {
            items.add(tag(d, fragments));
        }
    }

    private ObjectNode tag(Document d, List<Annotation> fragments) {
        Annotation first = fragments.get(0);
        String id = uuid("tag " + d.sha256() + " " + analystName(first.analystId()) + " " + first.id());
        fragments.forEach(t -> tagIds.put(t.id(), id));
        ObjectNode a = annotation(id, WebAnnotation.TAGGING, first.analystId(), first.created(), latest(fragments));
        ArrayNode body = a.putArray("body");
        body.add(textualBody(WebAnnotation.TAGGING, p.codebook().label(first.labelId()).map(Label::name).orElseThrow()));
        if (!first.note().isEmpty()) {
            body.add(textualBody(WebAnnotation.COMMENTING, first.note()));
        }
        attributes(body, WebAnnotation.DESCRIBING, p.codebook().attributesOf(first.labelId()), first.attributes());
        if (fragments.size() == 1) {
            a.set("target", target(d, first));
        } else {
            ArrayNode targets = a.putArray("target");
            fragments.forEach(t -> targets.add(target(d, t)));
        }
        return a;
    }

    private static Instant latest(List<Annotation> fragments) {
        return fragments.stream().map(Annotation::updated).filter(java.util.Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(null);
    }

    private ObjectNode target(Document d, Annotation t) {
        ObjectNode target = MAPPER.createObjectNode();
        target.put("source", iris.get(d.id()));
        ArrayNode selectors = target.putArray("selector");
        ObjectNode quote = selectors.addObject();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", t.span().textOf(d.text()));
        CodePoints text = texts.computeIfAbsent(d.id(), id -> new CodePoints(d.text()));
        quote.put("prefix", text.prefix(t.span()));
        quote.put("suffix", text.suffix(t.span()));
        ObjectNode position = selectors.addObject();
        position.put("type", "TextPositionSelector");
        position.put("start", text.of(t.begin()));
        position.put("end", text.of(t.end()));
        return target;
    }

    private ObjectNode link(Link l) {
        String from = tagIds.get(l.fromTagId());
        String to = tagIds.get(l.toTagId());
        String type = p.codebook().linkType(l.typeId()).orElseThrow().name();
        ObjectNode a = annotation(uuid("link " + from + " " + to + " " + type), WebAnnotation.LINKING, l.analystId(),
                l.created(), null);
        ArrayNode body = a.putArray("body");
        body.add(textualBody(WebAnnotation.LINKING, type).put("linkType", type));
        a.put("linkFrom", from);
        a.put("linkTo", to);
        ArrayNode target = a.putArray("target");
        target.add(from);
        target.add(to);
        return a;
    }

    private ObjectNode codes(ArticleCodes c) {
        Document d = p.document(c.documentId()).orElseThrow();
        ObjectNode a = annotation(uuid("codes " + d.sha256() + " " + analystName(c.analystId())), WebAnnotation.CLASSIFYING,
                c.analystId(), null, null);
        attributes(a.putArray("body"), WebAnnotation.CLASSIFYING, p.codebook().articleCodes(), c.values());
        a.put("target", iris.get(d.id()));
        return a;
    }

    private ObjectNode annotation(String id, String motivation, long analystId, Instant created, Instant modified) {
        ObjectNode a = MAPPER.createObjectNode();
        a.put("id", id);
        a.put("type", "Annotation");
        a.put("motivation", motivation);
        String name = analystName(analystId);
        ObjectNode creator = a.putObject("creator");
        creator.put("id", "urn:newsmark:analyst:" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        creator.put("type", "Person");
        creator.put("name", name);
        if (created != null) {
            a.put("created", created.toString());
        }
        if (modified != null) {
            a.put("modified", modified.toString());
        }
        return a;
    }

    /** Each attribute set, in codebook order: readable in {@code value}, exactly in {@code attribute} and {@code values}. */
    private void attributes(ArrayNode body, String purpose, List<Attribute> declared, AttributeValues values) {
        for (Attribute attribute : declared) {
            List<String> v = values.get(attribute.id());
            if (v.isEmpty()) {
                continue;
            }
            List<String> shown = attribute.type() == AttributeType.SOURCE ? v.stream().map(this::sourceName).toList() : v;
            ObjectNode b = textualBody(purpose, attribute.name() + ": " + String.join(" | ", shown));
            b.put("attribute", attribute.name());
            ArrayNode list = b.putArray("values");
            v.forEach(list::add);
            body.add(b);
        }
    }

    private String sourceName(String value) {
        return p.sources().stream().filter(s -> s.valueId().equals(value)).map(Source::name).findFirst().orElse(value);
    }

    private static ObjectNode textualBody(String purpose, String value) {
        ObjectNode b = MAPPER.createObjectNode();
        b.put("type", "TextualBody");
        b.put("purpose", purpose);
        b.put("value", value);
        return b;
    }

    private String analystName(long id) {
        return p.analyst(id).map(Analyst::name).orElseThrow();
    }

    /** A name-based UUID: the same tag gets the same id in every export, and links can name it. */
    private static String uuid(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("newsmark " + name).getBytes(StandardCharsets.UTF_8));
    }
}
