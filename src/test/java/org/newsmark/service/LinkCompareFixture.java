package org.newsmark.service;

import java.nio.file.Path;
import java.util.List;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.LinkType;
import org.newsmark.domain.Span;

/**
 * A project with the default codebook where Ann and Ben tag and link the same article; the
 * figures are worked out in {@link ComparisonLinksTest} and docs/agreement.md ("Links").
 * <pre>
 *   slot (5 characters each)   0      1      2          3          4
 *   Ann                        claim  claim  statistic  statistic  attributed opinion
 *   Ben                        claim  claim  statistic  statistic  attributed opinion
 *                                                       (15..18: a boundary pair)
 *   Ann links: supports 2→0, supports 3→1, responds to 4→0
 *   Ben links: supports 2→0, supports 3'→1, responds to 4→1
 * </pre>
 * supports: 1 matched, a 2, b 2 (F1 0.5); responds to: 0, a 1, b 1 (F1 0); overall 1 of 3 and 3
 * (F1 1/3). A second article only Ann tagged and linked (supports), out of "every article both
 * tagged"; a third both tagged with a claim each and no link.
 */
public final class LinkCompareFixture {

    public static final String TEXT = "aaaa bbbb cccc dddd eeee ffff";

    public final ProjectSession session;
    public final Document doc;
    public final Document annOnly;
    public final Document noLinks;
    public final Analyst ann;
    public final Analyst ben;
    public final Label claim;
    public final Label statistic;
    public final Label opinion;
    public final LinkType supports;
    public final LinkType respondsTo;

    public LinkCompareFixture(Path file) throws Exception {
        session = TestProjects.create(file);
        Codebook book = session.codebook().codebook();
        claim = book.label("claim").orElseThrow();
        statistic = book.label("statistic").orElseThrow();
        opinion = book.label("attributed opinion").orElseThrow();
        AnnotationService s = session.annotations();
        supports = s.linkTypes().stream().filter(t -> t.name().equals("supports")).findFirst().orElseThrow();
        respondsTo = s.linkTypes().stream().filter(t -> t.name().equals("responds to")).findFirst().orElseThrow();
        doc = session.documents().add("Linked", "linked.txt", TEXT).document();
        annOnly = session.documents().add("Ann only", "ann.txt", "Another article.").document();
        noLinks = session.documents().add("No links", "none.txt", "A third article.").document();
        ann = session.analyst("Ann");
        ben = session.analyst("Ben");
        Annotation[] a = layer(ann, slot(3));
        s.link(a[2], a[0], supports);
        s.link(a[3], a[1], supports);
        s.link(a[4], a[0], respondsTo);
        Annotation[] b = layer(ben, new Span(15, 18));
        s.link(b[2], b[0], supports);
        s.link(b[3], b[1], supports);
        s.link(b[4], b[1], respondsTo);
        Annotation c = s.tag(annOnly, ann, claim, slot(0));
        s.link(s.tag(annOnly, ann, statistic, slot(1)), c, supports);
        s.tag(noLinks, ann, claim, slot(0));
        s.tag(noLinks, ben, claim, slot(0));
    }

    private Annotation[] layer(Analyst who, Span secondStatistic) {
        AnnotationService s = session.annotations();
        return new Annotation[] {s.tag(doc, who, claim, slot(0)), s.tag(doc, who, claim, slot(1)),
                s.tag(doc, who, statistic, slot(2)), s.tag(doc, who, statistic, secondStatistic), s.tag(doc, who, opinion, slot(4))};
    }

    public static Span slot(int i) {
        return new Span(5 * i, 5 * i + 4);
    }

    /** The fixture's comparison of Ann with Ben over every article both tagged. */
    public Comparison compareAll() {
        return session.comparisons().compareAll(ann, ben);
    }

    public List<ComparisonLinks.Unmatched> unmatched() {
        return compareAll().links().unmatched();
    }
}
