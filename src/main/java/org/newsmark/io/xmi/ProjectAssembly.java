package org.newsmark.io.xmi;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.text.AnnotationFS;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Document;
import org.newsmark.domain.Link;
import org.newsmark.domain.Names;
import org.newsmark.domain.Source;
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

    private final String name;
    private final List<Source> sources;
    private final AssemblyContext context;
    private final CasArticle articles;
    private final CasTags tagReader;
    private final CasLinks linkReader;
    private final UnmappedLayers unmapped;
    private final Map<String, Analyst> analysts = new LinkedHashMap<>();
    private final Map<String, Document> documents = new LinkedHashMap<>();
    private final Map<String, String> firstXmi = new LinkedHashMap<>();
    private final Map<Long, ArticleMetadata> metadata = new LinkedHashMap<>();
    private final List<Annotation> tags = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<ArticleCodes> codes = new ArrayList<>();

    ProjectAssembly(String name, Codebook declared, List<Source> sources) {
        this.name = name;
        this.sources = List.copyOf(sources);
        this.context = new AssemblyContext(new CodebookDraft(declared), new SourceValues(sources));
        this.articles = new CasArticle(context);
        this.tagReader = new CasTags(context);
        this.linkReader = new CasLinks(context, links);
        this.unmapped = new UnmappedLayers(context);
    }

    void notTaken(String message) {
        context.notTaken(message);
    }

    /** Adds one CAS; {@code roles} are the Newsmark feature descriptions of its type system, by type and feature. */
    void add(XmiUnit unit, CAS cas, Map<String, Map<String, FeatureRole>> roles) {
        context.roles(roles);
        String where = unit.xmiName();
        String text = cas.getDocumentText();
        if (text == null) {
            notTaken(where + ": holds no text; not taken");
            return;
        }
        TypeSystem ts = cas.getTypeSystem();
        FeatureStructure article = CasTypes.first(cas, ts.getType(XmiTypes.ARTICLE));
        Document doc = documents.get(unit.article());
        if (doc == null) {
            doc = articles.document(unit, cas, article, text, metadata);
            documents.put(unit.article(), doc);
            firstXmi.put(unit.article(), unit.xmiName());
        } else if (!doc.text().equals(text)) {
            notTaken(where + ": its text differs from that of " + firstXmi.get(unit.article()) + "; not taken");
            return;
        }
        String analystName = CasArticle.analystOf(unit, article);
        if (analystName == null) {
            int n = CasTypes.annotationsOf(cas);
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
        Analyst analyst = analysts.computeIfAbsent(Names.strip(analystName), n -> new Analyst(context.nextId(), n));
        Map<FeatureStructure, Annotation> taken = new IdentityHashMap<>();
        Type tagType = ts.getType(XmiTypes.TAG);
        if (tagType != null) {
            for (AnnotationFS fs : cas.getAnnotationIndex(tagType)) {
                tagReader.newsmarkTag(where, doc, analyst, fs).ifPresent(t -> take(fs, t, taken));
            }
        }
        List<Type> relations = new ArrayList<>();
        for (Type t : CasTypes.foreignLayers(ts)) {
            if (CasTypes.isRelation(t)) {
                relations.add(t);
            } else if (ts.subsumes(ts.getType(XmiTypes.ANNOTATION), t)) {
                for (AnnotationFS fs : cas.getAnnotationIndex(t)) {
                    if (fs.getType() == t) {
                        tagReader.foreignTag(where, doc, analyst, fs).ifPresent(tag -> take(fs, tag, taken));
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
                linkReader.link(where, doc, analyst, fs, CasTypes.string(fs, XmiTypes.LABEL), taken);
            }
        }
        for (Type t : relations) {
            for (AnnotationFS fs : cas.getAnnotationIndex(t)) {
                if (fs.getType() == t) {
                    String label = CasTypes.firstString(t, fs).orElse(t.getShortName());
                    linkReader.link(where, doc, analyst, fs, label, taken);
                }
            }
        }
        if (article != null) {
            articles.articleCodes(where, doc, analyst, article).ifPresent(codes::add);
        }
        unmapped.count(cas);
    }

    private void take(FeatureStructure fs, Annotation tag, Map<FeatureStructure, Annotation> taken) {
        tags.add(tag);
        taken.put(fs, tag);
    }

    ExchangeRead result() {
        unmapped.report();
        ExchangeProject p = new ExchangeProject(name, List.copyOf(analysts.values()), context.codebook.codebook(), sources,
                List.copyOf(documents.values()), metadata, tags, links, codes);
        return new ExchangeRead(p, context.notTaken);
    }
}
