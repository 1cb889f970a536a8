package org.newsmark.io.webanno;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Link;
import org.newsmark.domain.LinkType;
import org.newsmark.domain.Names;
import org.newsmark.domain.Source;
import org.newsmark.domain.SourceKind;
import org.newsmark.domain.Span;
import org.newsmark.io.ImportException;
import org.newsmark.io.codebook.CodebookJson;
import org.newsmark.io.exchange.ArticleCodes;
import org.newsmark.io.exchange.ExchangeProject;
import org.newsmark.io.exchange.ExchangeRead;
import org.newsmark.io.webanno.AnnotationFile.Item;
import org.newsmark.io.webanno.QuoteAnchor.Placed;

/**
 * Reads a Web Annotation file, Newsmark's own or another tool's (Hypothesis, Recogito), against
 * the articles of the importing project: a file carries no article text, so each target's source
 * is matched to a known article ({@link ArticleMatch}) and each selection placed in its text
 * ({@link QuoteAnchor}). An annotation with a TextQuoteSelector or TextPositionSelector becomes a
 * tag (several targets on one article: one discontinuous tag), its label the first tagging body
 * (else the first textual body), its note the commenting bodies (else the other textual bodies
 * without a purpose), its analyst the creator's name. Newsmark's linking and classifying
 * annotations become links and article codes. What cannot be taken is told, one line each,
 * naming the file, the line and the annotation's id; only a file that is no Web Annotation at
 * all (or too large, or too deep) is refused, with an {@link ImportException}.
 */
public final class WebAnnotationReader {

    /** The analyst of annotations that name no creator. */
    public static final String NO_CREATOR = "Web Annotation";

    private final String file;
    private final List<Document> known;
    private final ArticleMatch articles;
    private final ImportedCodebook codebook;
    private final List<Source> sources = new ArrayList<>();
    private final List<String> notTaken = new ArrayList<>();
    private final Map<String, Analyst> analysts = new LinkedHashMap<>();
    private final Map<Long, Document> documents = new LinkedHashMap<>();
    private final Map<Long, ArticleMetadata> metadata = new HashMap<>();
    private final List<Annotation> tags = new ArrayList<>();
    private final Map<String, Annotation> tagByAnnotation = new HashMap<>();
    private final List<Link> links = new ArrayList<>();
    private final Map<String, ArticleCodes> codes = new LinkedHashMap<>();
    private final Map<String, Integer> unknownArticles = new LinkedHashMap<>();
    private final Map<Long, CodePoints> texts = new HashMap<>();
    private final Instant now = Instant.now();
    private long nextId = 1;

    private WebAnnotationReader(String file, List<Document> known, Map<Long, ArticleMetadata> knownMetadata,
                                AnnotationFile parsed) throws ImportException {
        this.file = file;
        this.known = List.copyOf(known);
        this.articles = new ArticleMatch(known, knownMetadata, parsed.collection());
        this.codebook = new ImportedCodebook(codebookOf(parsed.collection()));
    }

    /** {@link #read(Path, List, Map)} matching articles by SHA-256 only (and by quote). */
    public static ExchangeRead read(Path file, List<Document> known) throws ImportException {
        return read(file, known, Map.of());
    }

    /**
     * @param known         the importing project's articles, with their text
     * @param knownMetadata their metadata by document id, for matching a source IRI to an article's url
     */
    public static ExchangeRead read(Path file, List<Document> known, Map<Long, ArticleMetadata> knownMetadata)
            throws ImportException {
        AnnotationFile parsed = AnnotationFile.read(file);
        WebAnnotationReader r = new WebAnnotationReader(String.valueOf(file.getFileName()), known, knownMetadata, parsed);
        return r.take(parsed);
    }

    private ExchangeRead take(AnnotationFile parsed) {
        if (parsed.collection() != null) {
            sources(parsed.collection().path("sources"));
        }
        List<Item> linking = new ArrayList<>();
        for (Item item : parsed.items()) {
            JsonNode a = item.node();
            if (!AnnotationFile.typeOf(a).equals("Annotation")) {
                tell(item, "is not an Annotation (its type is " + (AnnotationFile.typeOf(a).isEmpty() ? "not given"
                        : "\"" + AnnotationFile.typeOf(a) + "\"") + ")");
            } else if (motivations(a).contains(WebAnnotation.LINKING) || a.has("linkFrom")) {
                linking.add(item);
            } else if (hasTextSelector(a)) {
                tag(item);
            } else if (motivations(a).contains(WebAnnotation.CLASSIFYING)) {
                articleCodes(item);
            } else {
                tell(item, "has no TextQuoteSelector or TextPositionSelector on an article, so it places no tag");
            }
        }
        linking.forEach(this::link);
        unknownArticles.forEach((iri, n) -> notTaken.add(file + ": " + n + (n == 1 ? " annotation" : " annotations")
                + " on " + iri + (n == 1 ? " is" : " are") + " not taken: no article of this project has that SHA-256 or url"
                + " (or holds its quote); import the article first"));
        metadata.values().removeIf(ArticleMetadata::isEmpty);
        String name = parsed.collection() == null ? file
                : Optional.ofNullable(Nodes.text(parsed.collection(), "label")).orElse(file);
        ExchangeProject p = new ExchangeProject(name, List.copyOf(analysts.values()), codebook.codebook(), sources,
                List.copyOf(documents.values()), metadata, tags, links, List.copyOf(codes.values()));
        return new ExchangeRead(p, notTaken);
    }

    // ---- the collection

    private Codebook codebookOf(JsonNode collection) throws ImportException {
        JsonNode node = collection == null ? null : collection.get("codebook");
        if (node == null || node.isNull()) {
            return new Codebook(List.of(), List.of(), List.of());
        }
        try {
            return CodebookJson.read(new StringReader(node.toString()), file);
        } catch (ImportException e) {
            throw new ImportException(file, ImportException.NO_LINE, "its codebook (the collection's \"codebook\"): "
                    + e.problem(), e);
        }
    }

    private void sources(JsonNode list) {
        for (JsonNode s : Nodes.list(list)) {
            Long id = Nodes.count(s, "id");
            String name = Nodes.text(s, "name");
            Optional<SourceKind> kind = SourceKind.parse(Nodes.text(s, "kind"));
            if (id == null || id == 0 || name == null || Names.problem(name).isPresent() || kind.isEmpty()) {
                notTaken.add(file + ": the source " + s + " needs a whole-number id, a valid name and a kind ("
                        + SourceKind.allIds() + "); it is not taken, nor the attribute values that name it");
                continue;
            }
            sources.add(new Source(id, Names.strip(name), kind.get(), Nodes.text(s, "role"), Nodes.text(s, "affiliation"),
                    instant(Nodes.text(s, "created"))));
        }
    }

    // ---- tags

    private static boolean hasTextSelector(JsonNode a) {
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

    private void tag(Item item) {
        JsonNode a = item.node();
        Bodies bodies = Bodies.of(a);
        if (bodies.label() == null) {
            tell(item, "has no label: no textual body with purpose \"tagging\", nor any other textual body");
            return;
        }
        Optional<String> labelProblem = Names.problem(bodies.label());
        if (labelProblem.isPresent()) {
            tell(item, "its label " + Names.shown(bodies.label()) + " " + labelProblem.get());
            return;
        }
        if (!bodies.otherTags().isEmpty()) {
            tell(item, "is tagged " + bodies.label() + " and also " + String.join(", ", bodies.otherTags())
                    + "; a tag has one label, so it is taken as " + bodies.label() + " only");
        }
        Label label = codebook.label(Names.strip(bodies.label()));
        List<Span> spans = new ArrayList<>();
        Document document = null;
        for (JsonNode target : Nodes.list(a.path("target"))) {
            Selection s = Selection.of(target);
            Optional<Document> d = document(s);
            if (d.isEmpty()) {
                unknownArticles.merge(s.source() == null ? "targets without a source" : s.source(), 1, Integer::sum);
                return;
            }
            if (document != null && document.id() != d.get().id()) {
                tell(item, "has targets on two articles; a tag is in one");
                return;
            }
            document = d.get();
            Placed placed = s.place(codePoints(document));
            if (placed.span() == null) {
                tell(item, placed.problem());
                return;
            }
            spans.add(placed.span());
        }
        Analyst analyst = analyst(a);
        AttributeValues values = attributes(item, bodies.attributes(), name -> codebook.attributeOf(label.id(), name));
        String group = spans.size() > 1 ? "wa-" + nextId : null;
        Instant created = instant(Nodes.text(a, "created"));
        Instant modified = a.has("modified") ? instant(Nodes.text(a, "modified")) : created;
        Annotation first = null;
        for (Span span : spans) {
            Annotation t = new Annotation(nextId++, document.id(), analyst.id(), label.id(), span, bodies.note(), group, created,
                    modified, values);
            tags.add(t);
            first = first == null ? t : first;
        }
        String id = Nodes.text(a, "id");
        if (id != null) {
            tagByAnnotation.putIfAbsent(id, first);
        }
    }

    /** The article a target is on: by its source IRI, else (another tool's IRI) the one known article holding its quote. */
    private Optional<Document> document(Selection s) {
        Optional<Document> byIri = s.source() == null ? Optional.empty() : articles.of(s.source());
        if (byIri.isEmpty() && s.exact() != null) {
            List<Document> holding = known.stream().filter(d -> s.place(codePoints(d)).span() != null).toList();
            byIri = holding.size() == 1 ? Optional.of(holding.get(0)) : Optional.empty();
        }
        byIri.ifPresent(d -> taken(d, s.source()));
        return byIri;
    }

    private CodePoints codePoints(Document d) {
        return texts.computeIfAbsent(d.id(), id -> new CodePoints(d.text()));
    }

    /** An article some annotation is on, and its metadata as the file describes it under {@code iri}. */
    private void taken(Document d, String iri) {
        if (documents.putIfAbsent(d.id(), d) == null && iri != null) {
            List<String> problems = new ArrayList<>();
            metadata.put(d.id(), articles.metadata(iri, problems));
            problems.forEach(p -> notTaken.add(file + ": " + p));
        }
    }

    /** The values of Newsmark's attribute bodies ({@code attribute}, {@code values}), each checked as the editor checks it. */
    private AttributeValues attributes(Item item, List<JsonNode> bodies,
                                       java.util.function.Function<String, Optional<Attribute>> declared) {
        Map<Long, List<String>> out = new LinkedHashMap<>();
        for (JsonNode b : bodies) {
            String name = Nodes.text(b, "attribute");
            Optional<Attribute> attribute = declared.apply(name);
            if (attribute.isEmpty()) {
                tell(item, "its attribute " + Names.shown(name) + " is not in the file's codebook; the value is not taken");
                continue;
            }
            Attribute.Valued v = attribute.get().normalise(Nodes.texts(b.path("values")));
            if (!v.isOk()) {
                tell(item, "its attribute " + Names.shown(name) + ": " + v.problem() + "; the value is not taken");
            } else if (attribute.get().type() == AttributeType.SOURCE
                    && v.values().stream().anyMatch(id -> sources.stream().noneMatch(src -> src.valueId().equals(id)))) {
                tell(item, "its attribute " + Names.shown(name) + " names a source the file does not list; it is not taken");
            } else {
                out.put(attribute.get().id(), v.values());
            }
        }
        return AttributeValues.of(out);
    }

    // ---- links and article codes

    private void link(Item item) {
        JsonNode a = item.node();
        List<JsonNode> targets = Nodes.list(a.path("target"));
        String from = Optional.ofNullable(Nodes.text(a, "linkFrom")).orElse(targets.size() == 2 ? Nodes.iri(targets.get(0)) : null);
        String to = Optional.ofNullable(Nodes.text(a, "linkTo")).orElse(targets.size() == 2 ? Nodes.iri(targets.get(1)) : null);
        Annotation fromTag = from == null ? null : tagByAnnotation.get(from);
        Annotation toTag = to == null ? null : tagByAnnotation.get(to);
        Bodies bodies = Bodies.of(a);
        String type = bodies.linkType();
        if (fromTag == null || toTag == null) {
            tell(item, "links " + (from == null || to == null ? "no two annotations" : from + " and " + to)
                    + ", which are not both tags taken from this file");
        } else if (type == null || Names.problem(type).isPresent()) {
            tell(item, "names no link type (a body with purpose \"linking\" or \"tagging\")");
        } else if (fromTag.documentId() != toTag.documentId() || fromTag.analystId() != toTag.analystId()
                || fromTag.id() == toTag.id()) {
            tell(item, "links tags of different articles or analysts (or a tag to itself); a link is between two tags"
                    + " of one analyst in one article");
        } else {
            LinkType t = codebook.linkType(Names.strip(type), fromTag.labelId(), toTag.labelId());
            links.add(new Link(nextId++, fromTag.documentId(), fromTag.analystId(), t.id(), fromTag.id(), toTag.id(),
                    instant(Nodes.text(a, "created"))));
        }
    }

    private void articleCodes(Item item) {
        JsonNode a = item.node();
        List<JsonNode> targets = Nodes.list(a.path("target"));
        String iri = targets.size() == 1 ? Optional.ofNullable(Nodes.text(targets.get(0), "source"))
                .orElse(Nodes.iri(targets.get(0))) : null;
        Bodies bodies = Bodies.of(a);
        if (iri == null || bodies.attributes().isEmpty()) {
            tell(item, "classifies without Newsmark article codes (bodies with \"attribute\" and \"values\" on one"
                    + " whole article); it is not taken");
            return;
        }
        Optional<Document> d = articles.of(iri);
        if (d.isEmpty()) {
            unknownArticles.merge(iri, 1, Integer::sum);
            return;
        }
        taken(d.get(), iri);
        Analyst analyst = analyst(a);
        AttributeValues values = attributes(item, bodies.attributes(), codebook::articleCode);
        if (values.isEmpty()) {
            return;
        }
        String key = d.get().id() + " " + analyst.id();
        ArticleCodes before = codes.get(key);
        Map<Long, List<String>> all = new LinkedHashMap<>(before == null ? Map.of() : before.values().asMap());
        all.putAll(values.asMap());
        codes.put(key, new ArticleCodes(d.get().id(), analyst.id(), AttributeValues.of(all)));
    }

    // ---- small parts

    private Analyst analyst(JsonNode a) {
        String name = Creators.name(a).map(Names::strip).filter(Names::isValid).orElse(NO_CREATOR);
        return analysts.computeIfAbsent(name, n -> new Analyst(analysts.size() + 1L, n));
    }

    private static Set<String> motivations(JsonNode a) {
        return new LinkedHashSet<>(Nodes.texts(a.path("motivation")).stream().map(m -> m.replace("oa:", "")).toList());
    }

    private Instant instant(String text) {
        if (text == null) {
            return now;
        }
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return now;
        }
    }

    private void tell(Item item, String problem) {
        notTaken.add(file + " line " + item.line() + ": " + Nodes.name(item.node(), item.line()) + " " + problem);
    }
}
