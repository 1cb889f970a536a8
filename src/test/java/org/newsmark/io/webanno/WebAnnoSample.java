package org.newsmark.io.webanno;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Link;
import org.newsmark.domain.LinkType;
import org.newsmark.domain.Span;
import org.newsmark.domain.TextHash;
import org.newsmark.io.exchange.ArticleCodes;
import org.newsmark.io.exchange.ExchangeProject;

/**
 * A project built by hand for the writer and reader alone: the exchange fixture's text (CRLF, an
 * emoji, a combining accent), a discontinuous tag, a link, a note, an attribute, an article code.
 */
final class WebAnnoSample {

    static final String TEXT = "Minister Ana Reyes said the plan \"will cut costs by 12%\".\r\n"
            + "Cafe\u0301 owners 😀 disagree.\r\n"
            + "Prices rose 3 percent in March, the office said.";
    static final Instant T0 = Instant.parse("2024-02-08T10:00:00Z");
    static final Document DOC = new Document(1, "Costs", "plans.txt", T0, TEXT, TextHash.sha256(TEXT));
    static final Label STATISTIC = new Label(1, "statistic", "#E69F00", "2", "A number");
    static final Label FRAMING = new Label(2, "framing", "#56B4E9", null, "A frame");
    static final Attribute VALUE = new Attribute(10, 1L, "value", AttributeType.NUMBER, List.of(), false, "");
    static final Attribute TONE = new Attribute(11, null, "tone", AttributeType.CHOICE, List.of("negative", "neutral"), false, "");
    static final LinkType SUPPORTS = new LinkType(20, "supports", List.of(1L), List.of(2L), "");
    static final Analyst ANA = new Analyst(1, "Ana");

    private WebAnnoSample() {
    }

    static Span span(String quote) {
        int at = TEXT.indexOf(quote);
        return new Span(at, at + quote.length());
    }

    static ExchangeProject project() {
        Annotation percent = new Annotation(100, 1, 1, 1, span("3 percent"), "Check it.", null, T0, T0,
                AttributeValues.of(Map.of(10L, List.of("3"))));
        Annotation emoji = new Annotation(101, 1, 1, 2, span("😀"), "", null, T0, T0);
        Annotation cafe = new Annotation(102, 1, 1, 2, span("Cafe\u0301"), "", "g1", T0, T0);
        Annotation disagree = new Annotation(103, 1, 1, 2, span("disagree"), "", "g1", T0, T0);
        return new ExchangeProject("sample", List.of(ANA), new Codebook(List.of(STATISTIC, FRAMING), List.of(VALUE, TONE),
                List.of(SUPPORTS)), List.of(), List.of(DOC),
                Map.of(1L, new ArticleMetadata("Daily Example", null, "2024-02-08", "https://example.org/a", "en",
                        Map.of("section", "Economy"))),
                List.of(percent, emoji, cafe, disagree), List.of(new Link(200, 1, 1, 20, 100, 101, T0)),
                List.of(new ArticleCodes(1, 1, AttributeValues.of(Map.of(11L, List.of("negative"))))));
    }
}
