package org.newsmark.io.brat;

import java.util.List;

/** A brat {@code .txt}/{@code .ann} pair, checked against each other. {@code text} is the .txt exactly. */
public record BratDocument(String name, String text, List<BratImportedSpan> spans, List<SkippedLine> skipped,
                           List<BratRelation> relations, List<BratEvent> events) {

    public BratDocument {
        spans = List.copyOf(spans);
        skipped = List.copyOf(skipped);
        relations = List.copyOf(relations);
        events = List.copyOf(events);
    }

    public BratDocument(String name, String text, List<BratImportedSpan> spans, List<SkippedLine> skipped,
                        List<BratRelation> relations) {
        this(name, text, spans, skipped, relations, List.of());
    }

    public BratDocument(String name, String text, List<BratImportedSpan> spans, List<SkippedLine> skipped) {
        this(name, text, spans, skipped, List.of(), List.of());
    }
}
