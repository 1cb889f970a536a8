package org.newsmark.domain.suggest;

import java.util.Map;
import java.util.Objects;
import org.newsmark.domain.Span;

/**
 * One span a detector proposes, never a tag until the analyst accepts it. Offsets are UTF-16,
 * half-open, into the article's stored text, as a tag's are. {@code cue} (the verb or phrase that
 * reports speech: "said", "according to") and {@code source} (who is quoted, as written) are
 * located for attributed opinions and null otherwise; {@code sourceName} is the source as the
 * ledger would name it (a pronoun resolved to the nearest earlier name where the detector could;
 * else the text of {@code source}); {@code fields} are attribute values the tag would get, by
 * the default codebook's attribute names ("value" → "12.5", "unit" → "percent"); {@code why} is
 * a short reason shown to the analyst.
 */
public record Suggestion(SuggestionKind kind, Span span, double confidence, Span cue, Span source, String sourceName,
                         Map<String, String> fields, String why) implements Comparable<Suggestion> {

    public Suggestion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must lie in [0, 1], got " + confidence);
        }
        sourceName = sourceName == null ? null : sourceName.strip();
        if (sourceName != null && sourceName.isEmpty()) {
            sourceName = null;
        }
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        why = why == null ? "" : why;
    }

    /** A suggestion with no cue and no source (statistics, claims). */
    public static Suggestion of(SuggestionKind kind, Span span, double confidence, String why) {
        return new Suggestion(kind, span, confidence, null, null, null, Map.of(), why);
    }

    public int begin() {
        return span.begin();
    }

    public int end() {
        return span.end();
    }

    /** What identifies it for a rejection: its kind and span (the text is checked beside it). */
    public boolean sameAs(SuggestionKind otherKind, Span otherSpan) {
        return kind == otherKind && span.equals(otherSpan);
    }

    @Override
    public int compareTo(Suggestion o) {
        int c = span.compareTo(o.span);
        return c != 0 ? c : kind.compareTo(o.kind);
    }
}
