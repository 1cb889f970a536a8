package org.newsmark.io.brat;

import org.newsmark.domain.Span;

/**
 * One span ready to store: a fragment of a checked T line, in UTF-16. Fragments of one
 * discontinuous T line share {@code fragmentGroup} ({@code docName:Tid}); it is null for an
 * ordinary span. The key is unique within one {@code .ann} only: the import service stores a
 * group of its own for every imported T line. See docs/decisions/0004-discontinuous-spans.md.
 */
public record BratImportedSpan(String label, Span span, String note, String fragmentGroup, String bratId,
                               long line, java.util.List<BratAttribute> attributes) {

    public BratImportedSpan {
        attributes = attributes == null ? java.util.List.of() : java.util.List.copyOf(attributes);
    }

    public BratImportedSpan(String label, Span span, String note, String fragmentGroup, String bratId, long line) {
        this(label, span, note, fragmentGroup, bratId, line, java.util.List.of());
    }
}
