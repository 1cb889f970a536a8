package org.newsmark.io.xmi;

/**
 * The names of the types and features Newsmark writes, as INCEpTION names its own: a custom span
 * layer is a type {@code webanno.custom.<Name>} under {@code uima.tcas.Annotation}, a relation layer
 * one with the features {@code Governor} and {@code Dependent} (whose offsets are the dependent's),
 * a document metadata layer one under {@code uima.cas.AnnotationBase}; DKPro Core's
 * {@code DocumentMetaData} carries the title, its {@code Sentence} and {@code Token} the segmentation.
 */
final class XmiTypes {

    static final String TAG = "webanno.custom.NewsmarkTag";
    static final String LINK = "webanno.custom.NewsmarkLink";
    static final String ARTICLE = "webanno.custom.NewsmarkArticle";
    static final String DOCUMENT_METADATA = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData";
    static final String NAMED_ENTITY = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity";
    /** DKPro Core's segmentation, which INCEpTION needs in every CAS it opens. */
    static final String SENTENCE = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence";
    static final String TOKEN = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token";
    static final String CUSTOM_PREFIX = "webanno.custom.";

    static final String ANNOTATION = "uima.tcas.Annotation";
    static final String ANNOTATION_BASE = "uima.cas.AnnotationBase";
    static final String DOCUMENT_ANNOTATION = "uima.tcas.DocumentAnnotation";
    static final String STRING = "uima.cas.String";
    static final String BOOLEAN = "uima.cas.Boolean";

    /** Features of {@link #TAG} and {@link #LINK}: the label (of a link: its type's name). */
    static final String LABEL = "label";
    static final String NOTE = "note";
    static final String FRAGMENT_GROUP = "fragmentGroup";
    static final String GOVERNOR = "Governor";
    static final String DEPENDENT = "Dependent";

    /** Features of {@link #ARTICLE}. */
    static final String ANALYST = "analyst";
    static final String SOURCE_NAME = "sourceName";

    /** Features of {@link #DOCUMENT_METADATA}. */
    static final String DOCUMENT_TITLE = "documentTitle";
    static final String DOCUMENT_ID = "documentId";

    /** INCEpTION's pseudo-user of a document's CAS before anyone annotated it. */
    static final String INITIAL_CAS = "INITIAL_CAS";

    private XmiTypes() {
    }
}
