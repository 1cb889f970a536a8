package org.newsmark.io.article;

/** Upper bounds that keep one hostile or mistaken file from exhausting memory. */
public final class ArticleLimits {

    /** 16 Mi UTF-16 chars: far beyond any article, small enough for the editor. */
    public static final int MAX_TEXT_CHARS = 16 * 1024 * 1024;
    /** 64 MiB on disk (PDFs with images are large even when their text is short). */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** PDFs longer than this are books, not articles. */
    public static final int MAX_PDF_PAGES = 2000;
    /** Wall-clock budget for extracting a PDF's text. */
    public static final long MAX_PDF_MILLIS = 120_000;
    public static final int MAX_TITLE_CHARS = 200;

    private ArticleLimits() {
    }
}
