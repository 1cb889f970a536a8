package org.newsmark.io.xmi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Document;
import org.newsmark.domain.TextHash;
import org.newsmark.io.exchange.ArticleCodes;

/**
 * The article of a CAS (its DocumentMetaData and NewsmarkArticle): title, source name and metadata
 * for the article, the analyst it names, and that analyst's article codes.
 */
final class CasArticle {

    private final AssemblyContext context;

    CasArticle(AssemblyContext context) {
        this.context = context;
    }

    Document document(XmiUnit unit, CAS cas, FeatureStructure article, String text, Map<Long, ArticleMetadata> metadata) {
        FeatureStructure meta = CasTypes.first(cas, cas.getTypeSystem().getType(XmiTypes.DOCUMENT_METADATA));
        String title = CasTypes.firstNonBlank(CasTypes.string(meta, XmiTypes.DOCUMENT_TITLE),
                CasTypes.string(meta, XmiTypes.DOCUMENT_ID), unit.article());
        String sourceName = CasTypes.firstNonBlank(CasTypes.string(article, XmiTypes.SOURCE_NAME),
                CasTypes.string(meta, XmiTypes.DOCUMENT_ID), unit.article());
        Document doc = new Document(context.nextId(), title, sourceName, context.readAt, text, TextHash.sha256(text));
        if (article != null) {
            ArticleMetadata m = new ArticleMetadata(CasTypes.string(article, "outlet"), CasTypes.string(article, "author"),
                    CasTypes.string(article, "published"), CasTypes.string(article, "url"),
                    CasTypes.string(article, "language"), fields(article));
            if (!m.isEmpty()) {
                metadata.put(doc.id(), m);
            }
        }
        return doc;
    }

    private Map<String, String> fields(FeatureStructure article) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Feature f : article.getType().getFeatures()) {
            context.role(f).filter(r -> r.role().equals(FeatureRole.FIELD)).ifPresent(r -> {
                String v = article.getStringValue(f);
                if (v != null) {
                    out.put(r.name(), v);
                }
            });
        }
        return out;
    }

    /** The analyst a CAS is by: the one its article names, else its user's folder; null for INCEpTION's initial CAS. */
    static String analystOf(XmiUnit unit, FeatureStructure article) {
        String named = CasTypes.string(article, XmiTypes.ANALYST);
        if (named != null && !named.isBlank()) {
            return named;
        }
        if (unit.user() == null) {
            return article == null ? ProjectAssembly.DEFAULT_ANALYST : null;
        }
        return unit.user().equals(XmiTypes.INITIAL_CAS) || (article != null) ? null : unit.user();
    }

    /** The analyst's article codes, or empty when the article holds none. */
    Optional<ArticleCodes> articleCodes(String where, Document doc, Analyst analyst, FeatureStructure article) {
        Map<Long, List<String>> values = new TreeMap<>();
        for (Feature f : article.getType().getFeatures()) {
            Optional<FeatureRole> role = context.role(f).filter(r -> r.role().equals(FeatureRole.CODE));
            String raw = role.isPresent() ? article.getStringValue(f) : null;
            if (raw != null) {
                Attribute a = context.codebook.attribute(null, role.get().name(),
                        AttributeType.fromId(role.get().type()).orElse(AttributeType.TEXT));
                context.value(where + ": article code", a, raw).ifPresent(v -> values.put(a.id(), v));
            }
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(new ArticleCodes(doc.id(), analyst.id(), AttributeValues.of(values)));
    }
}
