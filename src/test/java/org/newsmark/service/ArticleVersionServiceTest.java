package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.ArticleStatus;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.domain.Span;
import org.newsmark.domain.anchor.Outcome;
import org.newsmark.io.article.ImportedArticle;
import org.newsmark.io.exchange.ExchangeProject;

class ArticleVersionServiceTest {

    /** The fixture's text with a line before it, LF for CRLF, and "3 percent" now "4 percent". */
    static final String NEW_TEXT = "UPDATED 10:00.\nMinister Ana Reyes said the plan \"will cut costs by 12%\".\n"
            + "Cafe\u0301 owners 😀 disagree.\n"
            + "Prices rose 4 percent in March, the office said.";

    @TempDir
    Path dir;

    private static ImportedArticle article(String text) {
        return new ImportedArticle("Costs, updated", "plans-v2.txt", text, ArticleMetadata.EMPTY);
    }

    @Test
    void aNewVersionCarriesWhatItCanSendsTheRestToReviewAndUndoGivesTheProjectBack() throws Exception {
        ExchangeFixture f = new ExchangeFixture(dir.resolve("v.newsmark"));
        try (ProjectSession s = f.session) {
            s.statuses().set(f.doc.id(), f.ana, ArticleStatus.IN_PROGRESS);
            ExchangeProject before = ProjectContent.of(s);
            int oldTags = tagsOf(s, f.doc.id()).size();

            ArticleVersionService.ReanchorPlan plan = s.versions().plan(f.doc.id(), article(NEW_TEXT));
            assertEquals(oldTags, plan.kept() + plan.moved() + plan.toReview().size(), "every tag is accounted for");
            assertEquals(5, plan.kept());
            assertEquals(0, plan.moved());
            assertEquals(List.of("3 percent", "Prices rose 3 percent in March"),
                    plan.toReview().stream().map(t -> t.tag().span().textOf(ExchangeFixture.TEXT)).sorted().toList());
            assertTrue(plan.toReview().stream().allMatch(t -> t.outcome() == Outcome.CHANGED));
            assertEquals("7 tags: 5 kept, 0 moved, 2 to review; 2 of 2 links carried", plan.summary());

            ArticleVersionService.NewVersion v = s.versions().apply(plan);
            Document now = v.document();
            assertEquals(List.of(f.other.id(), now.id()), s.documents().summaries(null).stream().map(DocumentSummary::id).toList(),
                    "the old version leaves the article list");
            assertEquals(List.of(f.doc), s.versions().earlierVersions(now.id()), "and is kept");
            assertEquals(oldTags, tagsOf(s, f.doc.id()).size(), "with every tag");
            List<Annotation> carried = tagsOf(s, now.id());
            assertEquals(5, carried.size());
            for (Annotation t : carried) {
                String text = t.span().textOf(NEW_TEXT);
                assertTrue(plan.tags().stream().anyMatch(p -> p.tag().span().textOf(ExchangeFixture.TEXT).equals(text)
                        && p.tag().analystId() == t.analystId() && p.tag().labelId() == t.labelId()
                        && p.tag().attributes().equals(t.attributes()) && p.tag().note().equals(t.note())), text);
            }
            assertEquals(2, s.annotations().links(now.id(), f.ana.id()).size());
            assertEquals(s.metadata().of(f.doc.id()), s.metadata().of(now.id()));
            assertEquals(s.codebook().articleCodes(f.doc.id(), f.ana.id()), s.codebook().articleCodes(now.id(), f.ana.id()));
            assertEquals(ArticleStatus.IN_PROGRESS, s.statuses().of(now.id(), f.ana.id()));
            assertEquals(Optional.of(now), s.versions().currentWithUrl("https://example.org/a"));

            List<ArticleVersionService.ReviewItem> review = s.versions().reviewList(now.id());
            assertEquals(2, review.size());
            ArticleVersionService.ReviewItem first = review.get(0);
            assertEquals("Prices rose 3 percent in March", first.quote());
            assertEquals(Outcome.CHANGED, first.reason());
            assertEquals(List.of(spanIn(NEW_TEXT, "Prices rose 4 percent in March")), first.candidates());
            assertTrue(first.before().endsWith("disagree.\r\n"), first.before());

            Annotation placed = s.versions().place(now.id(), first.oldTag().id(), first.candidates().get(0));
            assertEquals(first.oldTag().labelId(), placed.labelId());
            s.versions().dismiss(now.id(), review.get(1).oldTag().id());
            assertEquals(List.of(), s.versions().reviewList(now.id()));
            assertThrows(ArticleRefusedException.class, () -> s.versions().dismiss(now.id(), review.get(1).oldTag().id()));

            s.versions().undo(now.id());
            assertEquals(ProjectContent.all(before), ProjectContent.all(ProjectContent.of(s)), "undo gives the project back");
            assertEquals(ProjectContent.notes(before), ProjectContent.notes(ProjectContent.of(s)));
            assertEquals(java.util.Map.of(), TestProjects.store(s).annotations().reviews(f.doc.id()));
            assertEquals(Optional.of(f.doc), s.versions().currentWithUrl("https://example.org/a"));
        }
    }

    /** Issue 19.4: a tag placed from the review list gets its links back, to a carried end and to one placed before. */
    @Test
    void aTagPlacedFromTheReviewListIsLinkedAgainToTheEndsInTheNewVersion() throws Exception {
        String oldText = "Sales rose 3 percent in May. Staff cheered the news.";
        String newText = "Sales rose 4 percent in May. Staff cheered the news.";
        try (ProjectSession s = TestProjects.create(dir.resolve("l.newsmark"))) {
            Document d = s.documents().add("Sales", "s.txt", oldText).document();
            var ana = s.analyst("Ana");
            var book = s.codebook().codebook();
            Annotation figure = s.annotations().tag(d, ana, book.label("statistic").orElseThrow(), spanIn(oldText, "3 percent"));
            Annotation sentence = s.annotations().tag(d, ana, book.label("claim").orElseThrow(), spanIn(oldText, "Sales rose 3 percent in May"));
            Annotation cheer = s.annotations().tag(d, ana, book.label("claim").orElseThrow(), spanIn(oldText, "Staff cheered the news"));
            var supports = book.linkType("supports").orElseThrow();
            s.annotations().link(figure, sentence, supports);
            s.annotations().link(figure, cheer, supports);

            ArticleVersionService.ReanchorPlan plan = s.versions().plan(d.id(), new ImportedArticle("Sales", "s2.txt", newText,
                    ArticleMetadata.EMPTY));
            assertEquals("3 tags: 1 kept, 0 moved, 2 to review; 0 of 2 links carried", plan.summary());
            Document now = s.versions().apply(plan).document();
            assertEquals(List.of(), s.annotations().links(now.id(), ana.id()));

            List<ArticleVersionService.ReviewItem> review = s.versions().reviewList(now.id());
            ArticleVersionService.ReviewItem three = review.stream().filter(r -> r.quote().equals("3 percent")).findFirst().orElseThrow();
            ArticleVersionService.ReviewItem rose = review.stream().filter(r -> r.quote().startsWith("Sales")).findFirst().orElseThrow();
            Annotation four = s.versions().place(now.id(), three.oldTag().id(), spanIn(newText, "4 percent"));
            List<org.newsmark.domain.Link> links = s.annotations().links(now.id(), ana.id());
            assertEquals(1, links.size(), "linked again to the carried claim; the other end is still to review");
            assertEquals(four.id(), links.get(0).fromTagId());
            assertEquals("Staff cheered the news", endText(s, now.id(), ana.id(), links.get(0).toTagId(), newText));

            Annotation placed = s.versions().place(now.id(), rose.oldTag().id(), spanIn(newText, "Sales rose 4 percent in May"));
            links = s.annotations().links(now.id(), ana.id());
            assertEquals(2, links.size(), "and to the claim placed after it");
            assertTrue(links.stream().anyMatch(l -> l.fromTagId() == four.id() && l.toTagId() == placed.id()));
            assertEquals(2, s.annotations().links(d.id(), ana.id()).size(), "the old version keeps its links");
        }
    }

    private static String endText(ProjectSession s, long doc, long analyst, long tagId, String text) {
        return s.annotations().annotations(doc, analyst).stream().filter(a -> a.id() == tagId).findFirst().orElseThrow()
                .span().textOf(text);
    }

    @Test
    void applyingThenUndoingRightAwayLeavesExactlyTheProjectBefore() throws Exception {
        ExchangeFixture f = new ExchangeFixture(dir.resolve("u.newsmark"));
        try (ProjectSession s = f.session) {
            ExchangeProject before = ProjectContent.of(s);
            ArticleVersionService.NewVersion v = s.versions().apply(s.versions().plan(f.doc.id(), article(NEW_TEXT)));
            assertNotEquals(ProjectContent.all(before), ProjectContent.all(ProjectContent.of(s)));
            s.versions().undo(v.document().id());
            assertEquals(ProjectContent.all(before), ProjectContent.all(ProjectContent.of(s)));
            assertEquals(Optional.empty(), s.documents().find(v.document().id()));
        }
    }

    @Test
    void aSentenceMovedToAnotherParagraphTakesItsTagAlong() throws Exception {
        try (ProjectSession s = TestProjects.create(dir.resolve("m.newsmark"))) {
            String old = "Lead paragraph.\n\nMiddle paragraph. Critics called the cuts cruel.\n\nEnd.\n";
            String moved = "Lead paragraph. Critics called the cuts cruel.\n\nMiddle paragraph.\n\nEnd.\n";
            Document d = s.documents().add("A", null, old).document();
            var ana = s.analyst("Ana");
            var claim = s.codebook().codebook().label("claim").orElseThrow();
            s.annotations().tag(d, ana, claim, spanIn(old, "Critics called the cuts cruel"));
            ArticleVersionService.ReanchorPlan plan = s.versions().plan(d.id(), article(moved));
            assertEquals(1, plan.moved());
            Document now = s.versions().apply(plan).document();
            assertEquals(List.of(spanIn(moved, "Critics called the cuts cruel")),
                    tagsOf(s, now.id()).stream().map(Annotation::span).toList());
        }
    }

    @Test
    void aPlanIsRefusedWhenTheArticleChangedSinceAndNothingIsWritten() throws Exception {
        ExchangeFixture f = new ExchangeFixture(dir.resolve("r.newsmark"));
        try (ProjectSession s = f.session) {
            ArticleVersionService.ReanchorPlan plan = s.versions().plan(f.doc.id(), article(NEW_TEXT));
            s.annotations().tag(f.doc, f.ana, s.codebook().codebook().label("claim").orElseThrow(), new Span(0, 8));
            ExchangeProject before = ProjectContent.of(s);
            assertThrows(ArticleRefusedException.class, () -> s.versions().apply(plan));
            assertEquals(ProjectContent.all(before), ProjectContent.all(ProjectContent.of(s)));
            ArticleRefusedException same = assertThrows(ArticleRefusedException.class,
                    () -> s.versions().plan(f.doc.id(), article(ExchangeFixture.TEXT)));
            assertTrue(same.getMessage().contains("already has exactly this text"), same.getMessage());
            ArticleRefusedException other = assertThrows(ArticleRefusedException.class,
                    () -> s.versions().plan(f.doc.id(), article(ExchangeFixture.OTHER_TEXT)));
            assertTrue(other.getMessage().contains("already in the project as article " + f.other.id()), other.getMessage());
            s.versions().apply(s.versions().plan(f.doc.id(), article(NEW_TEXT)));
            ArticleRefusedException replaced = assertThrows(ArticleRefusedException.class,
                    () -> s.versions().plan(f.doc.id(), article(NEW_TEXT + " More.")));
            assertTrue(replaced.getMessage().contains("already replaced by a newer version"), replaced.getMessage());
        }
    }

    private static List<Annotation> tagsOf(ProjectSession s, long documentId) {
        return TestProjects.store(s).annotations().forDocument(documentId, null);
    }

    static Span spanIn(String text, String quote) {
        int at = text.indexOf(quote);
        return new Span(at, at + quote.length());
    }
}
