package org.newsmark.io.xmi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.CasCreationUtils;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Document;
import org.newsmark.domain.Link;
import org.newsmark.domain.LinkType;
import org.newsmark.io.codebook.CodebookJson;
import org.newsmark.io.exchange.ArticleCodes;
import org.newsmark.io.exchange.ExchangeProject;
import org.xml.sax.SAXException;

/**
 * Writes a project as a zip for INCEpTION: {@code TypeSystem.xml}; {@code annotation/<article>/<analyst>.xmi}
 * for every analyst with tags, links or codes in the article, and {@code annotation/<article>/INITIAL_CAS.xmi}
 * with the text and metadata alone, as INCEpTION lays out its own XMI export; and, for Newsmark's own
 * reading back, {@code codebook.json} (the codebook file) and {@code sources.json}. Each XMI is
 * written by UIMA's {@link XmiCasSerializer} (XML 1.0, UTF-8); its sofa is the article's text as
 * stored and every offset is a UTF-16 index into it, as INCEpTION's are.
 */
public final class XmiWriter {

    /** The entries' names. */
    public static final String TYPE_SYSTEM = "TypeSystem.xml";
    public static final String CODEBOOK = "codebook.json";
    public static final String ANNOTATION_FOLDER = "annotation/";

    private XmiWriter() {
    }

    /**
     * Writes {@code project} to {@code zip} and finishes the zip; the stream is left open (the
     * caller's {@code AtomicOutput} closes it).
     *
     * @throws IllegalArgumentException when a text or value holds a character XML 1.0 cannot carry
     */
    public static void write(ExchangeProject project, OutputStream zip) throws IOException {
        XmiSchema schema = XmiSchema.of(project);
        CAS cas;
        try {
            cas = CasCreationUtils.createCas(schema.description(), null, null);
        } catch (ResourceInitializationException e) {
            throw new IllegalStateException("the type system Newsmark makes is always valid", e);
        }
        ZipOutputStream out = new ZipOutputStream(zip);
        put(out, TYPE_SYSTEM, bytes -> {
            try {
                schema.description().toXML(bytes);
            } catch (SAXException e) {
                throw new IOException("TypeSystem.xml could not be written", e);
            }
        });
        put(out, CODEBOOK, bytes -> CodebookJson.write(project.codebook(), bytes));
        put(out, SourcesJson.ENTRY, bytes -> SourcesJson.write(project.sources(), bytes));
        CasFiller filler = new CasFiller(project, schema);
        FileNames folders = new FileNames();
        for (Document d : project.documents()) {
            String folder = ANNOTATION_FOLDER + folders.allocate(d.sourceName() == null || d.sourceName().isBlank()
                    ? d.title() : d.sourceName()) + "/";
            FileNames files = new FileNames(XmiTypes.INITIAL_CAS);
            put(out, folder + XmiTypes.INITIAL_CAS + ".xmi", bytes -> serialize(filler.fill(cas, d, null), bytes));
            for (Analyst a : analystsOf(project, d)) {
                put(out, folder + files.allocate(a.name()) + ".xmi", bytes -> serialize(filler.fill(cas, d, a), bytes));
            }
        }
        out.finish();
        out.flush();
    }

    private static List<Analyst> analystsOf(ExchangeProject p, Document d) {
        TreeSet<Long> ids = new TreeSet<>();
        p.tagsOf(d.id()).forEach(t -> ids.add(t.analystId()));
        p.linksOf(d.id()).forEach(l -> ids.add(l.analystId()));
        p.articleCodes().stream().filter(c -> c.documentId() == d.id()).forEach(c -> ids.add(c.analystId()));
        List<Analyst> out = new ArrayList<>();
        ids.forEach(id -> p.analyst(id).ifPresent(out::add));
        return out;
    }

    private static void serialize(CAS cas, OutputStream out) throws IOException {
        try {
            XmiCasSerializer.serialize(cas, out);
        } catch (SAXException e) {
            throw new IOException("An XMI could not be written: " + e.getMessage(), e);
        }
    }

    private interface Content {
        void write(OutputStream out) throws IOException;
    }

    private static void put(ZipOutputStream zip, String name, Content content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        content.write(bytes);
        zip.putNextEntry(new ZipEntry(name));
        bytes.writeTo(zip);
        zip.closeEntry();
    }

    /** One article's CAS for one analyst (or for none: the INITIAL_CAS), in a CAS reset each time. */
    private static final class CasFiller {

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
}
