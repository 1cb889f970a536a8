package org.newsmark.io.xmi;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Document;
import org.newsmark.domain.Link;
import org.newsmark.domain.LinkType;
import org.newsmark.io.exchange.ArticleCodes;
import org.newsmark.io.exchange.ExchangeProject;

/**
 * One article's CAS for one analyst (or for none: the INITIAL_CAS), in a CAS reset each time: the
 * text as stored with DKPro's segmentation, DocumentMetaData, the NewsmarkArticle with the
 * metadata (and the analyst's article codes), and the analyst's tags and links. The XMI and the
 * binary CAS of an entry are both written from it.
 */
final class CasFiller {

    private final ExchangeProject project;
    private final XmiSchema schema;
    private final SourceValues sources;

    CasFiller(ExchangeProject project, XmiSchema schema) {
        this.project = project;
        this.schema = schema;
        this.sources = new SourceValues(project.sources());
    }

    CAS fill(CAS cas, Document d, Analyst analyst) {
        cas.reset();
        String where = "article \"" + d.title() + "\"";
        cas.setDocumentText(Xml10.checked(where, d.text()));
        ArticleMetadata m = project.metadataOf(d.id());
        Segmentation.annotate(cas, m.language());
        documentMetaData(cas, d, m);
        FeatureStructure article = cas.createFS(type(cas, XmiTypes.ARTICLE));
        set(article, XmiTypes.ANALYST, analyst == null ? null : analyst.name());
        set(article, XmiTypes.SOURCE_NAME, d.sourceName());
        for (String f : XmiSchema.standardFields()) {
            set(article, f, m.get(f));
        }
        m.fields().forEach((name, value) -> set(article, schema.fieldFeature(name), value));
        if (analyst != null) {
            for (ArticleCodes c : project.articleCodes()) {
                if (c.documentId() == d.id() && c.analystId() == analyst.id()) {
                    values(article, c.values(), schema::codeFeature);
                }
            }
        }
        cas.addFsToIndexes(article);
        if (analyst != null) {
            tagsAndLinks(cas, d, analyst);
        }
        return cas;
    }

    private void tagsAndLinks(CAS cas, Document d, Analyst analyst) {
        Type tagType = type(cas, XmiTypes.TAG);
        Map<Long, AnnotationFS> tags = new LinkedHashMap<>();
        for (Annotation t : project.tagsOf(d.id())) {
            if (t.analystId() != analyst.id()) {
                continue;
            }
            AnnotationFS fs = cas.createAnnotation(tagType, t.begin(), t.end());
            set(fs, XmiTypes.LABEL, project.codebook().label(t.labelId()).map(l -> l.name()).orElse(null));
            set(fs, XmiTypes.NOTE, t.note().isEmpty() ? null : t.note());
            set(fs, XmiTypes.FRAGMENT_GROUP, t.fragmentGroup());
            values(fs, t.attributes(), schema::attributeFeature);
            cas.addFsToIndexes(fs);
            tags.put(t.id(), fs);
        }
        Type linkType = type(cas, XmiTypes.LINK);
        for (Link l : project.linksOf(d.id())) {
            AnnotationFS from = tags.get(l.fromTagId());
            AnnotationFS to = tags.get(l.toTagId());
            if (l.analystId() != analyst.id() || from == null || to == null) {
                continue;
            }
            AnnotationFS fs = cas.createAnnotation(linkType, to.getBegin(), to.getEnd());
            fs.setFeatureValue(linkType.getFeatureByBaseName(XmiTypes.GOVERNOR), from);
            fs.setFeatureValue(linkType.getFeatureByBaseName(XmiTypes.DEPENDENT), to);
            set(fs, XmiTypes.LABEL, project.codebook().linkType(l.typeId()).map(LinkType::name).orElse(null));
            cas.addFsToIndexes(fs);
        }
    }

    /** DKPro Core's DocumentMetaData in place of the plain document annotation, as INCEpTION keeps it. */
    private static void documentMetaData(CAS cas, Document d, ArticleMetadata m) {
        IdentityHashMap<FeatureStructure, Boolean> old = new IdentityHashMap<>();
        cas.getAnnotationIndex(type(cas, XmiTypes.DOCUMENT_ANNOTATION)).forEach(fs -> old.put(fs, true));
        old.keySet().forEach(cas::removeFsFromIndexes);
        AnnotationFS meta = cas.createAnnotation(type(cas, XmiTypes.DOCUMENT_METADATA), 0, d.text().length());
        set(meta, XmiTypes.DOCUMENT_TITLE, d.title());
        set(meta, XmiTypes.DOCUMENT_ID, d.sourceName() == null || d.sourceName().isBlank() ? d.title() : d.sourceName());
        meta.setStringValue(meta.getType().getFeatureByBaseName("language"),
                m.language() == null ? "x-unspecified" : m.language());
        cas.addFsToIndexes(meta);
    }

    /** Each attribute's values, several joined by " | " as the tag files join them; a source by its name. */
    private void values(FeatureStructure fs, AttributeValues values, java.util.function.LongFunction<String> feature) {
        values.asMap().forEach((id, v) -> {
            Attribute a = project.codebook().attribute(id).orElse(null);
            String name = feature.apply(id);
            if (a == null || name == null) {
                return;
            }
            List<String> shown = a.type() == AttributeType.SOURCE ? v.stream().map(sources::shown).toList() : v;
            set(fs, name, String.join(" | ", shown));
        });
    }

    private static void set(FeatureStructure fs, String feature, String value) {
        if (feature != null && value != null) {
            fs.setStringValue(fs.getType().getFeatureByBaseName(feature),
                    Xml10.checked("the " + feature + " of a " + fs.getType().getShortName(), value));
        }
    }

    private static Type type(CAS cas, String name) {
        return cas.getTypeSystem().getType(name);
    }
}
