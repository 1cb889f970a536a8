package org.newsmark.io.semeval;

import java.util.List;

/** {@code article<ID>.txt} with its checked spans; {@code text} is the .txt exactly (BOM removed). */
public record SemEvalArticle(String articleId, String title, String text, List<SemEvalSpan> spans) {

    public SemEvalArticle {
        spans = List.copyOf(spans);
    }
}
