package org.newsmark.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.Document;
import org.newsmark.io.exchange.ExchangeRead;

/**
 * After a W3C Web Annotation import: the file's article descriptions fill the metadata the
 * project's articles lack (a merge keeps the metadata of articles it already has, and a Web
 * Annotation file only ever describes articles the project has).
 */
final class WebAnnotationMetadata {

    private WebAnnotationMetadata() {
    }

    /** How many articles gained metadata; a value the project refuses is added to {@code notTaken}. */
    static int fill(ProjectSession session, ExchangeRead read, Path file, List<String> notTaken) {
        int filled = 0;
        for (Map.Entry<Long, ArticleMetadata> e : read.project().metadata().entrySet()) {
            ArticleMetadata ours = session.metadata().of(e.getKey());
            ArticleMetadata both = e.getValue().overlaidWith(ours);
            if (!both.equals(ours)) {
                try {
                    session.metadata().set(e.getKey(), both);
                    filled++;
                } catch (ArticleRefusedException refused) {
                    notTaken.add(file.getFileName() + ": the metadata of \"" + title(read, e.getKey()) + "\" is not taken: "
                            + refused.getMessage());
                }
            }
        }
        return filled;
    }

    private static String title(ExchangeRead read, long documentId) {
        return read.project().document(documentId).map(Document::title).orElse("?");
    }
}
