package org.newsmark.io.article;

public enum ArticleFormat {
    PLAIN_TEXT, HTML, DOCX, PDF
}
