package org.newsmark.ui.links;

import org.newsmark.domain.Span;

/** A link the article draws as an arc from one span to the other; {@code emphasized}: a link of the selected tag. */
public record DrawnLink(long id, Span from, Span to, String type, boolean emphasized) {
}
