package org.newsmark.io.brat;

import java.util.List;
import java.util.Map;

/** A parsed {@code .ann}: text-bound annotations, notes by target id, and what was skipped. */
public record BratAnnFile(List<BratTextBound> textBounds, Map<String, String> notes, List<SkippedLine> skipped,
                          List<BratAttribute> attributes) {

    public BratAnnFile {
        textBounds = List.copyOf(textBounds);
        notes = Map.copyOf(notes);
        skipped = List.copyOf(skipped);
        attributes = List.copyOf(attributes);
    }

    public BratAnnFile(List<BratTextBound> textBounds, Map<String, String> notes, List<SkippedLine> skipped) {
        this(textBounds, notes, skipped, List.of());
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
