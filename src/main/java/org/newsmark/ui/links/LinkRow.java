package org.newsmark.ui.links;

import org.newsmark.domain.Annotation;
import org.newsmark.domain.Link;

/**
 * One link of the selected tag as the Links list shows it: its type, which way it goes and the
 * tag at its other end, e.g. "supports → claim “…”" or "← supports · statistic “…”".
 */
public record LinkRow(Link link, String type, boolean outgoing, Annotation other, String text) {

    @Override
    public String toString() {
        return text;
    }
}
