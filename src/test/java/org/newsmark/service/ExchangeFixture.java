package org.newsmark.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.LinkType;
import org.newsmark.domain.Source;
import org.newsmark.domain.SourceKind;
import org.newsmark.domain.Span;

/**
 * A project for the exchange formats (REFI-QDA, UIMA XMI, Web Annotation): the default codebook,
 * two analysts, two articles, one with CRLF line ends, an emoji (two UTF-16 units), a combining
 * accent and a tag after all three, so that any unit mistake (UTF-16 vs code points, CRLF counted
 * as one) moves a tag; attribute values of every kind, a source, a link, notes, article codes,
 * standard and custom metadata.
 */
public final class ExchangeFixture {

    /** "Cafe\u0301" is five code points; 😀 is one code point, two UTF-16 units; lines end in CRLF. */
    public static final String TEXT = "Minister Ana Reyes said the plan \"will cut costs by 12%\".\r\n"
            + "Cafe\u0301 owners 😀 disagree.\r\n"
            + "Prices rose 3 percent in March, the office said.";
    public static final String OTHER_TEXT = "A short second article without CRLF.\nIt has two lines.";

    public final ProjectSession session;
    public final Document doc;
    public final Document other;
    public final Analyst ana;
    public final Analyst ben;
    public final Source reyes;

    public ExchangeFixture(Path file) throws Exception {
        session = TestProjects.create(file);
        Codebook book = session.codebook().codebook();
        Label claim = book.label("claim").orElseThrow();
        Label statistic = book.label("statistic").orElseThrow();
        Label opinion = book.label("attributed opinion").orElseThrow();
        Label framing = book.label("framing").orElseThrow();
        doc = session.documents().add("Costs & café <plans>", "plans.txt", TEXT).document();
        other = session.documents().add("Second", "second.txt", OTHER_TEXT).document();
        session.metadata().declare("section");
        session.metadata().set(doc.id(), new ArticleMetadata("Daily Example", "J. Doe", "2024-02-08", "https://example.org/a",
                "en", Map.of("section", "Economy")));
        ana = session.analyst("Ana");
        ben = session.analyst("Ben");
        reyes = session.sources().create("Ana Reyes", SourceKind.NAMED_PERSON, "minister", "Government");

        Annotation quote = tag(ana, opinion, span("\"will cut costs by 12%\""),
                Map.of(attr(book, opinion, "speaker"), List.of(reyes.valueId()),
                        attr(book, opinion, "speaker type"), List.of("named person")));
        Annotation twelve = tag(ana, statistic, span("12%"),
                Map.of(attr(book, statistic, "value"), List.of("12"), attr(book, statistic, "unit"), List.of("percent")));
        session.annotations().setNote(twelve, "Check the \"12%\" <against> the budget & the minutes.");
        Annotation cafe = tag(ana, framing, span("Cafe\u0301 owners 😀 disagree"),
                Map.of(attr(book, framing, "frame"), List.of("Economic")));
        Annotation prices = tag(ana, statistic, span("3 percent"), Map.of(attr(book, statistic, "value"), List.of("3")));
        Annotation claimTag = tag(ana, claim, span("the plan \"will cut costs by 12%\""),
                Map.of(attr(book, claim, "check-worthy"), List.of("yes")));
        tag(ben, claim, span("Prices rose 3 percent in March"), Map.of());
        tag(ben, framing, span("😀"), Map.of());
        session.annotations().tag(other, ben, claim, new Span(0, 7));
        LinkType supports = session.annotations().linkTypes().stream().filter(t -> t.name().equals("supports")).findFirst()
                .orElseThrow();
        LinkType respondsTo = session.annotations().linkTypes().stream().filter(t -> t.name().equals("responds to"))
                .findFirst().orElseThrow();
        session.annotations().link(twelve, claimTag, supports);
        session.annotations().link(quote, claimTag, respondsTo);
        CodebookService c = session.codebook();
        Attribute tone = book.articleCodes().stream().filter(a -> a.name().equals("tone")).findFirst().orElseThrow();
        Attribute primary = book.articleCodes().stream().filter(a -> a.name().equals("primary frame")).findFirst().orElseThrow();
        c.setArticleCode(doc.id(), ana.id(), tone, List.of("negative"));
        c.setArticleCode(doc.id(), ana.id(), primary, List.of("Economic"));
        c.setArticleCode(other.id(), ben.id(), tone, List.of("neutral"));
        if (prices == null || cafe == null) {
            throw new IllegalStateException("fixture tags");
        }
    }

    /** The UTF-16 span of the first occurrence of {@code quote} in {@link #TEXT}. */
    public static Span span(String quote) {
        int at = TEXT.indexOf(quote);
        if (at < 0) {
            throw new IllegalArgumentException(quote);
        }
        return new Span(at, at + quote.length());
    }

    private Annotation tag(Analyst who, Label label, Span span, Map<Long, List<String>> values) {
        Annotation a = session.annotations().tag(doc, who, label, span);
        return values.isEmpty() ? a : session.annotations().setAttributes(a, AttributeValues.of(values));
    }

    private static long attr(Codebook book, Label label, String name) {
        return book.attributesOf(label.id()).stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow().id();
    }
}
