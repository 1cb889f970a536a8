package org.newsmark.io.webanno;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Document;
import org.newsmark.domain.Names;
import org.newsmark.domain.Source;
import org.newsmark.domain.SourceKind;
import org.newsmark.io.ImportException;
import org.newsmark.io.codebook.CodebookJson;
import org.newsmark.io.exchange.ExchangeProject;
import org.newsmark.io.exchange.ExchangeRead;
import org.newsmark.io.webanno.AnnotationFile.Item;

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
 *
 * <p>The parts: {@link ArticlesTaken}, {@link TagReader}, {@link LinkReader}, {@link ArticleCodeReader}
 * and {@link AttributeBodies}, sharing a {@link ReadContext}.
 */
public final class WebAnnotationReader {

    /** The analyst of annotations that name no creator. */
    public static final String NO_CREATOR = "Web Annotation";

    private final ReadContext context;
    private final ArticlesTaken articles;
    private final TagReader tags;
    private final LinkReader links;
    private final ArticleCodeReader codes;

    private WebAnnotationReader(String file, List<Document> known, Map<Long, ArticleMetadata> knownMetadata,
                                AnnotationFile parsed) throws ImportException {
        ArticleMatch match = new ArticleMatch(known, knownMetadata, parsed.collection());
        this.context = new ReadContext(file, new ImportedCodebook(codebookOf(file, parsed.collection())));
        this.articles = new ArticlesTaken(context, known, match);
        this.tags = new TagReader(context, articles);
        this.links = new LinkReader(context, tags);
        this.codes = new ArticleCodeReader(context, articles);
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
                context.tell(item, "is not an Annotation (its type is " + (AnnotationFile.typeOf(a).isEmpty() ? "not given"
                        : "\"" + AnnotationFile.typeOf(a) + "\"") + ")");
            } else if (motivations(a).contains(WebAnnotation.LINKING) || a.has("linkFrom")) {
                linking.add(item);
            } else if (TagReader.hasTextSelector(a)) {
                tags.read(item);
            } else if (motivations(a).contains(WebAnnotation.CLASSIFYING)) {
                codes.read(item);
            } else {
                context.tell(item, "has no TextQuoteSelector or TextPositionSelector on an article, so it places no tag");
            }
        }
        linking.forEach(links::read);
        articles.reportUnknown();
        articles.metadata.values().removeIf(ArticleMetadata::isEmpty);
        String file = context.file;
        String name = parsed.collection() == null ? file
                : Optional.ofNullable(Nodes.text(parsed.collection(), "label")).orElse(file);
        ExchangeProject p = new ExchangeProject(name, List.copyOf(context.analysts.values()), context.codebook.codebook(),
                context.sources, List.copyOf(articles.documents.values()), articles.metadata, tags.tags, links.links,
                codes.all());
        return new ExchangeRead(p, context.notTaken);
    }

    // ---- the collection

    private static Codebook codebookOf(String file, JsonNode collection) throws ImportException {
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
                context.notTaken.add(context.file + ": the source " + s + " needs a whole-number id, a valid name and a kind ("
                        + SourceKind.allIds() + "); it is not taken, nor the attribute values that name it");
                continue;
            }
            context.sources.add(new Source(id, Names.strip(name), kind.get(), Nodes.text(s, "role"),
                    Nodes.text(s, "affiliation"), context.instant(Nodes.text(s, "created"))));
        }
    }

    private static Set<String> motivations(JsonNode a) {
        return new LinkedHashSet<>(Nodes.texts(a.path("motivation")).stream().map(m -> m.replace("oa:", "")).toList());
    }
}
