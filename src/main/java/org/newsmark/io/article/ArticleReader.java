package org.newsmark.io.article;

import org.newsmark.io.ImportException;

/** Reads one article format. Implementations never fetch anything from the network. */
public interface ArticleReader {

    ImportedArticle read(byte[] bytes, String fileName) throws ImportException;
}
