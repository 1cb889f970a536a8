package org.newsmark.io.webanno;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.fasterxml.jackson.databind.JsonNode;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Document;
import org.newsmark.io.exchange.ArticleCodes;
import org.newsmark.io.webanno.AnnotationFile.Item;

/** Article codes from Newsmark's classifying annotations on one whole article, merged per article and analyst. */
final class ArticleCodeReader {

    private final Map<String, ArticleCodes> codes = new LinkedHashMap<>();
    private final ReadContext context;
    private final ArticlesTaken articles;

    ArticleCodeReader(ReadContext context, ArticlesTaken articles) {
        this.context = context;
        this.articles = articles;
    }

    void read(Item item) {
        JsonNode a = item.node();
        List<JsonNode> targets = Nodes.list(a.path("target"));
        String iri = targets.size() == 1 ? Optional.ofNullable(Nodes.text(targets.get(0), "source"))
                .orElse(Nodes.iri(targets.get(0))) : null;
        Bodies bodies = Bodies.of(a);
        if (iri == null || bodies.attributes().isEmpty()) {
            context.tell(item, "classifies without Newsmark article codes (bodies with \"attribute\" and \"values\" on one"
                    + " whole article); it is not taken");
            return;
        }
        Optional<Document> d = articles.of(iri);
        if (d.isEmpty()) {
            articles.unknown(iri);
            return;
        }
        articles.taken(d.get(), iri);
        Analyst analyst = context.analyst(a);
        AttributeValues values = AttributeBodies.read(context, item, bodies.attributes(), context.codebook::articleCode);
        if (values.isEmpty()) {
            return;
        }
        String key = d.get().id() + " " + analyst.id();
        ArticleCodes before = codes.get(key);
        Map<Long, List<String>> all = new LinkedHashMap<>(before == null ? Map.of() : before.values().asMap());
        all.putAll(values.asMap());
        codes.put(key, new ArticleCodes(d.get().id(), analyst.id(), AttributeValues.of(all)));
    }

    List<ArticleCodes> all() {
        return List.copyOf(codes.values());
    }
}
