package org.newsmark.domain.suggest.quality;

import java.util.List;
import java.util.Map;
import org.newsmark.domain.CodePointOffsets;

/**
 * One article of the gold set: its text as stored (CRLF kept), its annotations (code points) and, for each
 * attributed opinion, the ids of its Source and Cue.
 */
public record GoldArticle(String split, String name, String text, List<Annotation> annotations,
                          Map<String, String> speakerOf, Map<String, String> cueOf) {

    /** A T line of the .ann: id, brat type, code-point span and the text it covers. */
    public record Annotation(String id, String type, CpSpan span, String text) {
    }

    public GoldArticle {
        annotations = List.copyOf(annotations);
        speakerOf = Map.copyOf(speakerOf);
        cueOf = Map.copyOf(cueOf);
    }

    public List<Annotation> ofType(String type) {
        return annotations.stream().filter(a -> a.type().equals(type)).toList();
    }

    public Annotation byId(String id) {
        return annotations.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
    }

    /** The text of a code-point span. */
    public String textOf(CpSpan span) {
        CodePointOffsets cp = new CodePointOffsets(text);
        return text.substring(cp.toUtf16(span.begin()), cp.toUtf16(span.end()));
    }
}
