package org.newsmark.io.xmi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.text.AnnotationFS;
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
import org.newsmark.domain.Span;
import org.newsmark.domain.TextHash;
import org.newsmark.io.exchange.ArticleCodes;
import org.newsmark.io.exchange.ExchangeProject;
import org.newsmark.io.exchange.ExchangeRead;

/**
 * Builds the project read from the CASes of a file, one CAS at a time: the article (text, title,
 * metadata) from the first CAS of its folder; the analyst's tags, links and codes from each. Newsmark's
 * own types map back exactly. A foreign INCEpTION custom span layer (or DKPro's NamedEntity) gives
 * tags labelled by its label/value feature (else its first string feature; else the layer's name), its
 * other primitive features becoming text attributes; a relation layer gives links typed by its first
 * string feature (else the layer's name). Everything else is said in {@link ExchangeRead#notTaken()}.
 */
final class ProjectAssembly {

    /** The analyst of an XMI whose layout and content name none (a single file, a flat zip). */
    static final String DEFAULT_ANALYST = "INCEpTION";

    private static final List<String> LABEL_FEATURES = List.of("label", "value", "Label", "Value");

    private final String name;
    private final CodebookDraft codebook;
    private final List<Source> sources;
    private final SourceValues sourceValues;
    private final Instant readAt = Instant.now();
    private final Map<String, Analyst> analysts = new LinkedHashMap<>();
    private final Map<String, Document> documents = new LinkedHashMap<>();
    private final Map<String, String> firstXmi = new LinkedHashMap<>();
    private final Map<Long, ArticleMetadata> metadata = new LinkedHashMap<>();
    private final List<Annotation> tags = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<ArticleCodes> codes = new ArrayList<>();
    private final List<String> notTaken = new ArrayList<>();
    private final Map<String, Integer> skippedTypes = new TreeMap<>();
    private final Map<String, Integer> skippedFeatures = new TreeMap<>();
    private long nextId = 1;
    private Map<String, Map<String, FeatureRole>> roles = Map.of();

    ProjectAssembly(String name, Codebook declared, List<Source> sources) {
        this.name = name;
        this.codebook = new CodebookDraft(declared);
        this.sources = List.copyOf(sources);
        this.sourceValues = new SourceValues(sources);
    }

    void notTaken(String message) {
        notTaken.add(message);
    }

    /** Adds one CAS; {@code roles} are the Newsmark feature descriptions of its type system, by type and feature. */
    void add(XmiUnit unit, CAS cas, Map<String, Map<String, FeatureRole>> roles) {
        this.roles = roles;
        String where = unit.xmiName();
        String text = cas.getDocumentText();
        if (text == null) {
            notTaken(where + ": holds no text; not taken");
            return;
        }
        TypeSystem ts = cas.getTypeSystem();
        FeatureStructure article = first(cas, ts.getType(XmiTypes.ARTICLE));
        Document doc = documents.get(unit.article());
        if (doc == null) {
            doc = document(unit, cas, article, text);
        } else if (!doc.text().equals(text)) {
            notTaken(where + ": its text differs from that of " + firstXmi.get(unit.article()) + "; not taken");
            return;
        }
        String analystName = analystOf(unit, article);
        if (analystName == null) {
            int n = annotationsOf(cas);
            if (n > 0) {
                notTaken(where + ": " + n + " annotations of " + unit.user()
                        + " (the document as INCEpTION imported it, before anyone annotated it) not taken");
            }
            return;
        }
        if (!Names.isValid(analystName)) {
            notTaken(where + ": the analyst name " + Names.shown(analystName) + " " + Names.problem(analystName).orElse("")
                    + "; not taken");
            return;
        }
        Analyst analyst = analysts.computeIfAbsent(Names.strip(analystName), n -> new Analyst(nextId++, n));
        Map<FeatureStructure, Annotation> taken = new IdentityHashMap<>();
        Type tagType = ts.getType(XmiTypes.TAG);
        if (tagType != null) {
            for (AnnotationFS fs : cas.getAnnotationIndex(tagType)) {
                newsmarkTag(where, doc, analyst, fs).ifPresent(t -> taken.put(fs, t));
            }
        }
        List<Type> relations = new ArrayList<>();
        for (Type t : foreignLayers(ts)) {
            if (isRelation(t)) {
                relations.add(t);
            } else if (ts.subsumes(ts.getType(XmiTypes.ANNOTATION), t)) {
                for (AnnotationFS fs : cas.getAnnotationIndex(t)) {
                    if (fs.getType() == t) {
                        foreignTag(where, doc, analyst, fs).ifPresent(tag -> taken.put(fs, tag));
                    }
                }
            } else {
                int n = cas.getIndexRepository().getAllIndexedFS(t).size();
                if (n > 0) {
                    notTaken(where + ": " + n + " annotations of the document metadata layer " + t.getShortName()
                            + " not taken");
                }
            }
        }
        Type linkType = ts.getType(XmiTypes.LINK);
        if (linkType != null) {
            for (AnnotationFS fs : cas.getAnnotationIndex(linkType)) {
                link(where, doc, analyst, fs, string(fs, XmiTypes.LABEL), taken);
            }
        }
        for (Type t : relations) {
            for (AnnotationFS fs : cas.getAnnotationIndex(t)) {
                if (fs.getType() == t) {
                    String label = firstString(t, fs).orElse(t.getShortName());
                    link(where, doc, analyst, fs, label, taken);
                }
            }
        }
        if (article != null) {
            articleCodes(where, doc, analyst, article);
        }
        reportOtherTypes(where, cas);
    }

    ExchangeRead result() {
        skippedTypes.forEach((type, n) -> notTaken(n + " annotations of the layer " + type + " not taken"));
        skippedFeatures.forEach((feature, n) -> notTaken(feature + " (a link or list, not a plain value) not taken in " + n
                + " annotations"));
        ExchangeProject p = new ExchangeProject(name, List.copyOf(analysts.values()), codebook.codebook(), sources,
                List.copyOf(documents.values()), metadata, tags, links, codes);
        return new ExchangeRead(p, notTaken);
    }

    private Document document(XmiUnit unit, CAS cas, FeatureStructure article, String text) {
        FeatureStructure meta = first(cas, cas.getTypeSystem().getType(XmiTypes.DOCUMENT_METADATA));
        String title = firstNonBlank(string(meta, XmiTypes.DOCUMENT_TITLE), string(meta, XmiTypes.DOCUMENT_ID),
                unit.article());
        String sourceName = firstNonBlank(string(article, XmiTypes.SOURCE_NAME), string(meta, XmiTypes.DOCUMENT_ID),
                unit.article());
        Document doc = new Document(nextId++, title, sourceName, readAt, text, TextHash.sha256(text));
        documents.put(unit.article(), doc);
        firstXmi.put(unit.article(), unit.xmiName());
        if (article != null) {
            ArticleMetadata m = new ArticleMetadata(string(article, "outlet"), string(article, "author"),
                    string(article, "published"), string(article, "url"), string(article, "language"), fields(article));
            if (!m.isEmpty()) {
                metadata.put(doc.id(), m);
            }
        }
        return doc;
    }

    private Optional<FeatureRole> role(Feature f) {
        return Optional.ofNullable(roles.getOrDefault(f.getDomain().getName(), Map.of()).get(f.getShortName()));
    }

    private Map<String, String> fields(FeatureStructure article) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Feature f : article.getType().getFeatures()) {
            role(f).filter(r -> r.role().equals(FeatureRole.FIELD)).ifPresent(r -> {
                String v = article.getStringValue(f);
                if (v != null) {
                    out.put(r.name(), v);
                }
            });
        }
        return out;
    }

    private static String analystOf(XmiUnit unit, FeatureStructure article) {
        String named = string(article, XmiTypes.ANALYST);
        if (named != null && !named.isBlank()) {
            return named;
        }
        if (unit.user() == null) {
            return article == null ? DEFAULT_ANALYST : null;
        }
        return unit.user().equals(XmiTypes.INITIAL_CAS) || (article != null) ? null : unit.user();
    }

    private Optional<Annotation> newsmarkTag(String where, Document doc, Analyst analyst, AnnotationFS fs) {
        String labelName = string(fs, XmiTypes.LABEL);
        Optional<Span> span = span(where, doc, fs, labelName);
        if (span.isEmpty()) {
            return Optional.empty();
        }
        if (labelName == null || !Names.isValid(labelName)) {
            notTaken(where + ": a NewsmarkTag at " + span.get() + " has the label " + Names.shown(labelName)
                    + ", which is not a valid name; not taken");
            return Optional.empty();
        }
        Label label = codebook.label(Names.strip(labelName));
        Map<Long, List<String>> values = new TreeMap<>();
        for (Feature f : fs.getType().getFeatures()) {
            Optional<FeatureRole> role = role(f)
                    .filter(r -> r.role().equals(FeatureRole.ATTRIBUTE) && labelName.equals(r.label()));
            String raw = role.isPresent() ? fs.getStringValue(f) : null;
            if (raw != null) {
                Attribute a = codebook.attribute(label.id(), role.get().name(),
                        AttributeType.fromId(role.get().type()).orElse(AttributeType.TEXT));
                value(where + ": tag \"" + label.name() + "\" at " + span.get(), a, raw).ifPresent(v -> values.put(a.id(), v));
            }
        }
        Annotation tag = new Annotation(nextId++, doc.id(), analyst.id(), label.id(), span.get(), string(fs, XmiTypes.NOTE),
                blankToNull(string(fs, XmiTypes.FRAGMENT_GROUP)), readAt, readAt, AttributeValues.of(values));
        tags.add(tag);
        return Optional.of(tag);
    }

    private Optional<Annotation> foreignTag(String where, Document doc, Analyst analyst, AnnotationFS fs) {
        Type t = fs.getType();
        Optional<Feature> labelFeature = labelFeature(t);
        String labelName = labelFeature.map(f -> fs.getStringValue(f)).filter(v -> !v.isBlank()).orElse(t.getShortName());
        Optional<Span> span = span(where, doc, fs, labelName);
        if (span.isEmpty()) {
            return Optional.empty();
        }
        if (!Names.isValid(labelName)) {
            notTaken(where + ": a " + t.getShortName() + " at " + span.get() + " has the label " + Names.shown(labelName)
                    + ", which is not a valid name; not taken");
            return Optional.empty();
        }
        Label label = codebook.label(Names.strip(labelName));
        Map<Long, List<String>> values = new TreeMap<>();
        for (Feature f : declared(t)) {
            if (labelFeature.isPresent() && f.equals(labelFeature.get())) {
                continue;
            }
            if (!f.getRange().isPrimitive()) {
                if (fs.getFeatureValue(f) != null) {
                    skippedFeatures.merge(t.getShortName() + "'s feature " + f.getShortName(), 1, Integer::sum);
                }
                continue;
            }
            String raw = fs.getFeatureValueAsString(f);
            if (raw != null && !raw.isBlank() && Names.isValid(f.getShortName())) {
                Attribute a = codebook.attribute(label.id(), f.getShortName(), AttributeType.TEXT);
                value(where + ": " + t.getShortName() + " \"" + label.name() + "\" at " + span.get(), a, raw)
                        .ifPresent(v -> values.put(a.id(), v));
            }
        }
        Annotation tag = new Annotation(nextId++, doc.id(), analyst.id(), label.id(), span.get(), "", null, readAt, readAt,
                AttributeValues.of(values));
        tags.add(tag);
        return Optional.of(tag);
    }

    private void link(String where, Document doc, Analyst analyst, AnnotationFS fs, String typeName,
                      Map<FeatureStructure, Annotation> taken) {
        Type t = fs.getType();
        Annotation from = taken.get(fs.getFeatureValue(t.getFeatureByBaseName(XmiTypes.GOVERNOR)));
        Annotation to = taken.get(fs.getFeatureValue(t.getFeatureByBaseName(XmiTypes.DEPENDENT)));
        String at = "[" + fs.getBegin() + "," + fs.getEnd() + ")";
        if (from == null || to == null || from == to) {
            notTaken(where + ": a " + t.getShortName() + " at " + at + " does not join two tags that were taken; not taken");
            return;
        }
        if (typeName == null || !Names.isValid(typeName)) {
            notTaken(where + ": a " + t.getShortName() + " at " + at + " has the type " + Names.shown(typeName)
                    + ", which is not a valid name; not taken");
            return;
        }
        LinkType type = codebook.linkType(Names.strip(typeName), from.labelId(), to.labelId());
        links.add(new Link(nextId++, doc.id(), analyst.id(), type.id(), from.id(), to.id(), readAt));
    }

    private void articleCodes(String where, Document doc, Analyst analyst, FeatureStructure article) {
        Map<Long, List<String>> values = new TreeMap<>();
        for (Feature f : article.getType().getFeatures()) {
            Optional<FeatureRole> role = role(f).filter(r -> r.role().equals(FeatureRole.CODE));
            String raw = role.isPresent() ? article.getStringValue(f) : null;
            if (raw != null) {
                Attribute a = codebook.attribute(null, role.get().name(),
                        AttributeType.fromId(role.get().type()).orElse(AttributeType.TEXT));
                value(where + ": article code", a, raw).ifPresent(v -> values.put(a.id(), v));
            }
        }
        if (!values.isEmpty()) {
            codes.add(new ArticleCodes(doc.id(), analyst.id(), AttributeValues.of(values)));
        }
    }

    /** The values {@code raw} gives {@code a}: several choices split at "|", a source found by its name. */
    private Optional<List<String>> value(String where, Attribute a, String raw) {
        List<String> values = a.valuesFromText(raw);
        if (a.type() == AttributeType.SOURCE) {
            List<String> ids = new ArrayList<>();
            for (String v : values) {
                Optional<Source> s = sourceValues.source(v.strip());
                if (s.isEmpty()) {
                    notTaken(where + ": \"" + a.name() + "\" names the source " + Names.shown(v)
                            + ", which sources.json does not have; not taken");
                    return Optional.empty();
                }
                ids.add(s.get().valueId());
            }
            values = ids;
        }
        Attribute.Valued valued = a.normalise(values);
        if (!valued.isOk()) {
            notTaken(where + ": \"" + a.name() + "\" " + valued.problem() + "; not taken");
            return Optional.empty();
        }
        return valued.values().isEmpty() ? Optional.empty() : Optional.of(valued.values());
    }

    private Optional<Span> span(String where, Document doc, AnnotationFS fs, String label) {
        int b = fs.getBegin();
        int e = fs.getEnd();
        if (b < 0 || e <= b || e > doc.text().length()) {
            notTaken(where + ": a " + fs.getType().getShortName() + " " + Names.shown(label) + " at [" + b + "," + e
                    + ") is empty or outside the text's " + doc.text().length() + " UTF-16 units; not taken");
            return Optional.empty();
        }
        return Optional.of(new Span(b, e));
    }

    /** INCEpTION's custom layers and DKPro's named entities, Newsmark's own types aside. */
    private static List<Type> foreignLayers(TypeSystem ts) {
        List<Type> out = new ArrayList<>();
        for (java.util.Iterator<Type> it = ts.getTypeIterator(); it.hasNext(); ) {
            Type t = it.next();
            String n = t.getName();
            boolean ours = n.equals(XmiTypes.TAG) || n.equals(XmiTypes.LINK) || n.equals(XmiTypes.ARTICLE);
            if (!ours && (n.startsWith(XmiTypes.CUSTOM_PREFIX) || n.equals(XmiTypes.NAMED_ENTITY))) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean isRelation(Type t) {
        Feature g = t.getFeatureByBaseName(XmiTypes.GOVERNOR);
        Feature d = t.getFeatureByBaseName(XmiTypes.DEPENDENT);
        return g != null && d != null && !g.getRange().isPrimitive() && !d.getRange().isPrimitive();
    }

    private static Optional<Feature> labelFeature(Type t) {
        List<Feature> strings = declared(t).stream().filter(f -> f.getRange().getName().equals(XmiTypes.STRING)).toList();
        for (String preferred : LABEL_FEATURES) {
            for (Feature f : strings) {
                if (f.getShortName().equals(preferred)) {
                    return Optional.of(f);
                }
            }
        }
        return strings.stream().findFirst();
    }

    private static Optional<String> firstString(Type t, FeatureStructure fs) {
        return labelFeature(t).map(fs::getStringValue).filter(v -> !v.isBlank());
    }

    /** The features a type adds to its supertype's (not begin, end, sofa). */
    private static List<Feature> declared(Type t) {
        return t.getFeatures().stream().filter(f -> f.getDomain().equals(t)).toList();
    }

    private int annotationsOf(CAS cas) {
        int n = 0;
        for (String name : List.of(XmiTypes.TAG, XmiTypes.LINK)) {
            Type t = cas.getTypeSystem().getType(name);
            n += t == null ? 0 : cas.getAnnotationIndex(t).size();
        }
        for (Type t : foreignLayers(cas.getTypeSystem())) {
            n += cas.getIndexRepository().getAllIndexedFS(t).size();
        }
        return n;
    }

    /** Annotations of layers this reader does not map, counted by layer across the file; segmentation is structure. */
    private void reportOtherTypes(String where, CAS cas) {
        for (java.util.Iterator<Type> it = cas.getTypeSystem().getTypeIterator(); it.hasNext(); ) {
            Type t = it.next();
            String n = t.getName();
            if (n.startsWith("uima.") || n.startsWith(XmiTypes.CUSTOM_PREFIX) || n.equals(XmiTypes.NAMED_ENTITY)
                    || n.equals(XmiTypes.DOCUMENT_METADATA) || n.startsWith("de.tudarmstadt.ukp.dkpro.core.api.segmentation.")
                    || n.startsWith("de.tudarmstadt.ukp.clarin.webanno.api.type.") || n.startsWith("de.tudarmstadt.ukp.inception.")) {
                continue;
            }
            int count = 0;
            for (var it2 = cas.getIndexRepository().getAllIndexedFS(t); it2.hasNext(); ) {
                count += it2.next().getType() == t ? 1 : 0;
            }
            if (count > 0) {
                skippedTypes.merge(t.getShortName() + " (" + n + ")", count, Integer::sum);
            }
        }
    }

    private static FeatureStructure first(CAS cas, Type t) {
        if (t == null) {
            return null;
        }
        var it = cas.getIndexRepository().getAllIndexedFS(t);
        return it.hasNext() ? it.next() : null;
    }

    private static String string(FeatureStructure fs, String feature) {
        if (fs == null) {
            return null;
        }
        Feature f = fs.getType().getFeatureByBaseName(feature);
        return f == null || !f.getRange().getName().equals(XmiTypes.STRING) ? null : fs.getStringValue(f);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
