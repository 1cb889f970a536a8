package org.newsmark.io.webanno;

/** The names a Web Annotation file uses: its media type, its two contexts and Newsmark's terms. */
public final class WebAnnotation {

    /** What the W3C Web Annotation Protocol names the JSON-LD serialisation (for the CLI's help and a save dialog). */
    public static final String MEDIA_TYPE = "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";

    /** The file name extension written: the one JSON-LD registers. */
    public static final String EXTENSION = ".jsonld";

    /** The W3C context; always first in {@code @context}. */
    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";

    /** Newsmark's own terms (codebook, sources, articles, attribute values, link ends) live under this namespace. */
    public static final String NAMESPACE = "https://newsmark.org/ns/anno#";

    /** The longest file read: 256 MiB. */
    public static final long MAX_BYTES = 256L << 20;

    /** The deepest nesting of JSON arrays and objects read (Newsmark writes 7). */
    public static final int MAX_DEPTH = 64;

    /** How many code points of text before and after a tag its TextQuoteSelector's prefix and suffix hold. */
    public static final int QUOTE_CONTEXT = 32;

    /** The motivations and purposes Newsmark writes and reads. */
    static final String TAGGING = "tagging";
    static final String COMMENTING = "commenting";
    static final String DESCRIBING = "describing";
    static final String CLASSIFYING = "classifying";
    static final String LINKING = "linking";

    private WebAnnotation() {
    }
}
