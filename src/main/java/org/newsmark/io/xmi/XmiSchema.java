package org.newsmark.io.xmi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.uima.UIMAFramework;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Label;
import org.newsmark.io.exchange.ExchangeProject;

/**
 * The type system an export writes: {@code NewsmarkTag} with the label, note, fragment group and one
 * feature per attribute of every label; {@code NewsmarkLink} between two tags; {@code
 * NewsmarkArticle} with the analyst, the article's metadata and one feature per article code; and
 * DKPro Core's {@code DocumentMetaData} (with its usual features) for the title, and its {@code
 * Sentence} and {@code Token} (no features: INCEpTION's own declarations merge with them). Every
 * value is a string, as INCEpTION's string features are.
 */
final class XmiSchema {

    private static final String[] STANDARD_FIELDS = {"outlet", "author", "published", "url", "language"};

    private final TypeSystemDescription description;
    private final Map<Long, String> attributeFeatures = new HashMap<>();
    private final Map<Long, String> codeFeatures = new HashMap<>();
    private final Map<String, String> fieldFeatures = new HashMap<>();

    private XmiSchema(ExchangeProject p) {
        description = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
        Codebook book = p.codebook();

        TypeDescription tag = description.addType(XmiTypes.TAG, "A Newsmark tag: a label on a span, by one analyst;"
                + " a discontinuous tag is several sharing a fragment group", XmiTypes.ANNOTATION);
        tag.addFeature(XmiTypes.LABEL, "The label's name", XmiTypes.STRING);
        tag.addFeature(XmiTypes.NOTE, "The analyst's note", XmiTypes.STRING);
        tag.addFeature(XmiTypes.FRAGMENT_GROUP, "Shared by the pieces of one discontinuous tag", XmiTypes.STRING);
        FeatureNames tagNames = new FeatureNames(XmiTypes.LABEL, XmiTypes.NOTE, XmiTypes.FRAGMENT_GROUP, "begin", "end",
                "sofa");
        for (Label l : book.labels()) {
            for (Attribute a : book.attributesOf(l.id())) {
                String name = tagNames.allocate(l.name(), a.name());
                tag.addFeature(name, new FeatureRole(FeatureRole.ATTRIBUTE, l.name(), a.name(), a.type().id()).description(),
                        XmiTypes.STRING);
                attributeFeatures.put(a.id(), name);
            }
        }

        TypeDescription link = description.addType(XmiTypes.LINK, "A Newsmark link from the Governor tag to the"
                + " Dependent tag; its offsets are the Dependent's", XmiTypes.ANNOTATION);
        link.addFeature(XmiTypes.GOVERNOR, "The tag the link starts at", XmiTypes.TAG);
        link.addFeature(XmiTypes.DEPENDENT, "The tag the link ends at", XmiTypes.TAG);
        link.addFeature(XmiTypes.LABEL, "The link type's name", XmiTypes.STRING);

        TypeDescription article = description.addType(XmiTypes.ARTICLE, "The article's metadata and one analyst's"
                + " article codes (a document metadata layer)", XmiTypes.ANNOTATION_BASE);
        article.addFeature(XmiTypes.ANALYST, "Whose tags, links and codes this CAS holds (none in INITIAL_CAS)",
                XmiTypes.STRING);
        article.addFeature(XmiTypes.SOURCE_NAME, "The file the article was imported from", XmiTypes.STRING);
        FeatureNames articleNames = new FeatureNames(XmiTypes.ANALYST, XmiTypes.SOURCE_NAME, "sofa");
        for (String f : STANDARD_FIELDS) {
            article.addFeature(articleNames.allocate(f), "The article's " + f, XmiTypes.STRING);
        }
        for (Attribute a : book.articleCodes()) {
            String name = articleNames.allocate("code", a.name());
            article.addFeature(name, new FeatureRole(FeatureRole.CODE, null, a.name(), a.type().id()).description(),
                    XmiTypes.STRING);
            codeFeatures.put(a.id(), name);
        }
        TreeSet<String> fields = new TreeSet<>();
        p.metadata().values().forEach(m -> fields.addAll(m.fields().keySet()));
        for (String f : fields) {
            String name = articleNames.allocate("meta", f);
            article.addFeature(name, new FeatureRole(FeatureRole.FIELD, null, f, null).description(), XmiTypes.STRING);
            fieldFeatures.put(f, name);
        }

        TypeDescription meta = description.addType(XmiTypes.DOCUMENT_METADATA, "DKPro Core's document metadata",
                XmiTypes.DOCUMENT_ANNOTATION);
        for (String f : List.of(XmiTypes.DOCUMENT_TITLE, XmiTypes.DOCUMENT_ID, "documentUri", "collectionId",
                "documentBaseUri")) {
            meta.addFeature(f, "", XmiTypes.STRING);
        }
        meta.addFeature("isLastSegment", "", XmiTypes.BOOLEAN);

        description.addType(XmiTypes.SENTENCE, "DKPro Core's sentence", XmiTypes.ANNOTATION);
        description.addType(XmiTypes.TOKEN, "DKPro Core's token", XmiTypes.ANNOTATION);
    }

    static XmiSchema of(ExchangeProject p) {
        return new XmiSchema(p);
    }

    TypeSystemDescription description() {
        return description;
    }

    String attributeFeature(long attributeId) {
        return attributeFeatures.get(attributeId);
    }

    String codeFeature(long attributeId) {
        return codeFeatures.get(attributeId);
    }

    String fieldFeature(String field) {
        return fieldFeatures.get(field);
    }

    static List<String> standardFields() {
        return List.of(STANDARD_FIELDS);
    }
}
