package org.newsmark.io.article;

import java.util.Objects;
import org.newsmark.domain.ArticleMetadata;

/**
 * An article as read from a file, before it is stored: text normalised to {@code \n} line ends;
 * {@code metadata}, what the file itself says of the article (HTML meta tags and JSON-LD, DOCX core
 * properties, PDF info), each value already checked ({@link org.newsmark.domain.MetadataChecks}).
 */
public record ImportedArticle(String title, String sourceName, String text, ArticleMetadata metadata) {

    public ImportedArticle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(text, "text");
        metadata = metadata == null ? ArticleMetadata.EMPTY : metadata;
    }

    public ImportedArticle(String title, String sourceName, String text, String outlet) {
        this(title, sourceName, text, ArticleMetadata.EMPTY.with("outlet", outlet));
    }

    public ImportedArticle(String title, String sourceName, String text) {
        this(title, sourceName, text, ArticleMetadata.EMPTY);
    }

    /** The publication the file names, or null. */
    public String outlet() {
        return metadata.outlet();
    }

    public ImportedArticle withOutlet(String newOutlet) {
        return new ImportedArticle(title, sourceName, text, metadata.with("outlet", newOutlet));
    }

    public ImportedArticle withMetadata(ArticleMetadata newMetadata) {
        return new ImportedArticle(title, sourceName, text, newMetadata);
    }

    public ImportedArticle withTitle(String newTitle) {
        return new ImportedArticle(newTitle, sourceName, text, metadata);
    }
}
