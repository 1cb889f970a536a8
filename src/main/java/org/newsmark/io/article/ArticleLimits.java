package org.newsmark.io.article;

/**
 * Upper bounds that keep one hostile or mistaken file from exhausting memory or time; the single
 * place for these numbers. The readers check them from inside the parsers (see {@link ReadBudget}),
 * so a file that would inflate to gigabytes or never finish is refused with a message.
 */
public final class ArticleLimits {

    /** 16 Mi UTF-16 chars: far beyond any article, small enough for the editor. */
    public static final int MAX_TEXT_CHARS = 16 * 1024 * 1024;
    /** 64 MiB on disk (PDFs with images are large even when their text is short); counted as read. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** PDFs longer than this are books, not articles. */
    public static final int MAX_PDF_PAGES = 2000;
    /**
     * Wall-clock budget for reading one PDF, DOCX or HTML file, parse and text extraction together.
     * A 2,000-page PDF takes well under half of it on a laptop.
     */
    public static final long MAX_READ_MILLIS = 60_000;
    /**
     * System property, in whole seconds, that replaces {@link #MAX_READ_MILLIS}: the tests use a
     * 1 s budget; an analyst on a very slow machine may raise it
     * ({@code -Dnewsmark.import.maxReadSeconds=300}).
     */
    public static final String READ_SECONDS_PROPERTY = "newsmark.import.maxReadSeconds";
    /**
     * What the compressed parts of one DOCX, or the compressed non-image streams of one PDF, may
     * inflate to in total. Both libraries hold an inflated part or stream in memory whole.
     */
    public static final long MAX_INFLATED_BYTES = 256L * 1024 * 1024;
    /**
     * What the XML parts of one DOCX (text, styles, notes...) may hold together. POI's XML tree takes
     * about 17 times the XML: 32 MiB of document.xml parsed within a 1 GiB heap, 60 MiB did not. A
     * long article's document.xml is around 1 MiB.
     */
    public static final long MAX_DOCX_XML_BYTES = 32L * 1024 * 1024;
    /** A DOCX part may inflate to at most 100 times its compressed size (POI's zip-bomb ratio, set explicitly). */
    public static final double MIN_INFLATE_RATIO = 0.01;
    /**
     * Form XObjects one PDF page may draw. Real pages draw a handful to hundreds; a form tree that
     * fans out (each form drawing the next several times) draws billions.
     */
    public static final int MAX_PDF_FORM_DRAWS_PER_PAGE = 10_000;
    /**
     * Characters one PDF page may hold: PDFBox keeps each with its position until the page is
     * sorted (~300 bytes each). A dense newspaper page has ~40,000.
     */
    public static final int MAX_PDF_PAGE_CHARS = 250_000;
    /** Elements one HTML page may have (each is an object in jsoup's tree); big real pages have ~100,000. */
    public static final int MAX_HTML_ELEMENTS = 1_000_000;
    public static final int MAX_TITLE_CHARS = 200;

    private ArticleLimits() {
    }

    /** {@link #MAX_READ_MILLIS}, or the whole seconds in {@link #READ_SECONDS_PROPERTY} when that is a positive number. */
    public static long maxReadMillis() {
        String seconds = System.getProperty(READ_SECONDS_PROPERTY);
        if (seconds != null) {
            try {
                long s = Long.parseLong(seconds.strip());
                if (s > 0 && s < Long.MAX_VALUE / 1000) {
                    return s * 1000;
                }
            } catch (NumberFormatException e) {
                // not a number: the default applies
            }
        }
        return MAX_READ_MILLIS;
    }
}
