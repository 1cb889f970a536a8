package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.agreement.LinkAgreement.Result;
import org.newsmark.domain.Span;

/** Link agreement of two analysts in a project file, scoped as span agreement is: one article, or every article both tagged. */
class ComparisonLinksTest {

    @TempDir
    Path dir;
    LinkCompareFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new LinkCompareFixture(dir.resolve("links.newsmark"));
    }

    @AfterEach
    void tearDown() {
        f.session.close();
    }

    @Test
    void everyArticleBothTaggedPoolsTheLinksOfThoseArticlesOnly() {
        Comparison c = f.compareAll();
        assertEquals(List.of(f.doc.id(), f.noLinks.id()), c.documents().stream().map(d -> d.id()).toList());
        ComparisonLinks links = c.links();
        assertEquals(new Result(1, 2, 2), links.report().perType().get("supports"));
        assertEquals(0.5, links.report().perType().get("supports").f1(), 1e-12);
        assertEquals(new Result(0, 1, 1), links.report().perType().get("responds to"));
        assertEquals(new Result(1, 3, 3), links.report().overall(), "Ann's link in the article Ben did not tag does not count");
        assertEquals(1.0 / 3, links.report().overall().f1(), 1e-12);
    }

    @Test
    void theUnmatchedLinksCarryTheirEndTagsAndWhoseTheyAre() {
        List<ComparisonLinks.Unmatched> u = f.unmatched();
        assertEquals(List.of("A supports 15-19 → 5-9", "A responds to 20-24 → 0-4", "B supports 15-18 → 5-9", "B responds to 20-24 → 5-9"),
                u.stream().map(x -> x.side() + " " + x.type() + " " + x.from().begin() + "-" + x.from().end() + " → "
                        + x.to().begin() + "-" + x.to().end()).toList());
        assertTrue(u.stream().allMatch(x -> x.document().id() == f.doc.id()));
        assertEquals(f.ann.id(), u.get(0).link().analystId());
        assertEquals(f.ben.id(), u.get(2).link().analystId());
    }

    @Test
    void oneArticleAloneAndAnArticleWithoutLinks() {
        Comparison one = f.session.comparisons().compare("Ann", "Ben", f.doc.id());
        assertEquals(new Result(1, 3, 3), one.links().report().overall());
        Comparison none = f.session.comparisons().compare("Ann", "Ben", f.noLinks.id());
        assertEquals(Result.NONE, none.links().report().overall());
        assertTrue(Double.isNaN(none.links().report().overall().f1()), "no link on either side: undefined");
        assertEquals(Result.NONE, none.links().report().perType().get("supports"), "every type of the codebook is listed");
        assertEquals(List.of(), none.links().unmatched());
    }

    @Test
    void makingBensMissingLinkMatchesIt() {
        var s = f.session.annotations();
        var bens = s.annotations(f.doc.id(), f.ben.id());
        var opinion = bens.stream().filter(x -> x.labelId() == f.opinion.id()).findFirst().orElseThrow();
        var firstClaim = bens.stream().filter(x -> x.span().equals(new Span(0, 4))).findFirst().orElseThrow();
        s.link(opinion, firstClaim, f.respondsTo);
        assertEquals(new Result(1, 1, 2), f.compareAll().links().report().perType().get("responds to"));
    }
}
