package org.newsmark.io.brat;

import java.util.List;
import java.util.Map;

/** A parsed {@code .ann}: text-bound annotations, notes by target id, and what was skipped. */
public record BratAnnFile(List<BratTextBound> textBounds, Map<String, String> notes, List<SkippedLine> skipped) {

    public BratAnnFile {
        textBounds = List.copyOf(textBounds);
        notes = Map.copyOf(notes);
        skipped = List.copyOf(skipped);
    }

    /** The AnnotatorNotes of a T annotation, or "". */
    public String noteFor(BratTextBound tb) {
        return notes.getOrDefault(tb.id(), "");
    }
}
