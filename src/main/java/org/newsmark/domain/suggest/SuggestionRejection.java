package org.newsmark.domain.suggest;

import java.util.Objects;
import org.newsmark.domain.Span;

/**
 * A suggestion analyst {@code analystId} rejected in that article, named by its kind, its span
 * (UTF-16, half-open) and the text the span covered then: a suggestion is never stored, so the
 * rejection is what keeps it from coming back. See docs/decisions/0044-suggestions.md.
 */
public record SuggestionRejection(long documentId, long analystId, SuggestionKind kind, Span span, String text) {

    public SuggestionRejection {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }

    /** The rejection of {@code s} in an article whose text is {@code articleText}. */
    public static SuggestionRejection of(long documentId, long analystId, Suggestion s, String articleText) {
        return new SuggestionRejection(documentId, analystId, s.kind(), s.span(), s.span().textOf(articleText));
    }

    /** Whether it rejects {@code s} in an article whose text is {@code articleText}: same kind, span and text. */
    public boolean rejects(Suggestion s, String articleText) {
        return s.sameAs(kind, span) && span.end() <= articleText.length() && span.textOf(articleText).equals(text);
    }

    /** How the kind is stored: its constant in lower case ("attributed_opinion"), read back by {@link SuggestionKind#named}. */
    public String storedKind() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
