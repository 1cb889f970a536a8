package org.newsmark.service;

import org.newsmark.agreement.AlignedPair;
import org.newsmark.agreement.LabeledSpan;
import org.newsmark.domain.CodePointOffsets;
import org.newsmark.domain.Document;

/**
 * One aligned pair as exports write it: offsets in Unicode code points (what Python, R and brat
 * count), null for the side that marked nothing.
 */
public record ExportedPair(long documentId, String kind, String labelA, String labelB,
        Integer startA, Integer endA, Integer startB, Integer endB, String textA, String textB) {

    static ExportedPair of(Document d, CodePointOffsets offsets, AlignedPair p) {
        LabeledSpan a = p.a();
        LabeledSpan b = p.b();
        return new ExportedPair(d.id(), p.kind().name().toLowerCase(java.util.Locale.ROOT),
                a == null ? null : a.label(), b == null ? null : b.label(),
                a == null ? null : offsets.toCodePoints(a.begin()), a == null ? null : offsets.toCodePoints(a.end()),
                b == null ? null : offsets.toCodePoints(b.begin()), b == null ? null : offsets.toCodePoints(b.end()),
                a == null ? null : a.span().textOf(d.text()), b == null ? null : b.span().textOf(d.text()));
    }
}
