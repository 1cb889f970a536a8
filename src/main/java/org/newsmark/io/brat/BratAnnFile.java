package org.newsmark.io.brat;

import java.util.List;
import java.util.Map;

/** A parsed {@code .ann}: text-bound annotations, notes by target id, and what was skipped. */
public record BratAnnFile(List<BratTextBound> textBounds, Map<String, String> notes, List<SkippedLine> skipped,
                          List<BratAttribute> attributes, List<BratRelation> relations, List<BratEvent> events) {

    public BratAnnFile {
        textBounds = List.copyOf(textBounds);
        notes = Map.copyOf(notes);
        skipped = List.copyOf(skipped);
        attributes = List.copyOf(attributes);
        relations = List.copyOf(relations);
        events = List.copyOf(events);
    }

    public BratAnnFile(List<BratTextBound> textBounds, Map<String, String> notes, List<SkippedLine> skipped,
                       List<BratAttribute> attributes, List<BratRelation> relations) {
        this(textBounds, notes, skipped, attributes, relations, List.of());
    }

    public BratAnnFile(List<BratTextBound> textBounds, Map<String, String> notes, List<SkippedLine> skipped,
                       List<BratAttribute> attributes) {
        this(textBounds, notes, skipped, attributes, List.of(), List.of());
    }

    public BratAnnFile(List<BratTextBound> textBounds, Map<String, String> notes, List<SkippedLine> skipped) {
        this(textBounds, notes, skipped, List.of(), List.of(), List.of());
    }

    /** The A lines that give attributes to a T annotation, in file order. */
    public List<BratAttribute> attributesOf(BratTextBound tb) {
        return attributes.stream().filter(a -> a.target().equals(tb.id())).toList();
    }

    /** The AnnotatorNotes of a T annotation, or "". */
    public String noteFor(BratTextBound tb) {
        return notes.getOrDefault(tb.id(), "");
    }
}
