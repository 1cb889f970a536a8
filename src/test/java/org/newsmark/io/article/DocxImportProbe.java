package org.newsmark.io.article;

import java.nio.file.Path;
import java.util.Optional;

/** Run in a child JVM by {@link DocxArticleReaderTest}: imports one file and prints title|text. */
public final class DocxImportProbe {

    private DocxImportProbe() {
    }

    public static void main(String[] args) throws Exception {
        ImportedArticle a = ArticleFormats.read(Path.of(args[0]), Optional.empty());
        System.out.print(a.title() + "|" + a.text());
    }
}
