package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Source;
import org.newsmark.domain.Span;
import org.newsmark.domain.TaskControl;
import org.newsmark.service.CorpusSearchService.ArticleHits;
import org.newsmark.service.CorpusSearchService.Order;
import org.newsmark.service.CorpusSearchService.Result;

/** Corpus search and tag-all across articles: exact UTF-16 hits in context, phrases not expressions, counts, undo, cancel, read-only. */
class CorpusSearchServiceTest {

    private static final String EMOJI = "😀😀 The bridge will close, said the mayor. Bridges elsewhere stay open.";
    private static final String LONG = "x".repeat(100) + " the Bridge " + "y".repeat(100) + " and another bridge.";

    @TempDir
    Path dir;

    @Test
    void hitsCarryExactSpansAndContextInArticleOrRankOrder() throws Exception {
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            Document a = s.documents().add("Emoji", "a.txt", EMOJI).document();
            Document b = s.documents().add("Long", "b.txt", LONG).document();
            s.documents().add("None", "c.txt", "Nothing here about roads.");
            Result r = s.corpusSearch().search("BRIDGE", null, Order.ARTICLE, 100);
            assertEquals(List.of(a.id(), b.id()), r.articles().stream().map(ArticleHits::documentId).toList());
            CorpusSearchService.Hit first = r.articles().get(0).hits().get(0);
            assertEquals(new Span(9, 15), first.span(), "two emoji are four UTF-16 units; 'Bridges' is not a hit");
            assertEquals(1, r.articles().get(0).hits().size());
            assertEquals("bridge", first.text());
            assertEquals("😀😀 The ", first.before());
            List<CorpusSearchService.Hit> longHits = r.articles().get(1).hits();
            assertEquals(2, longHits.size());
            assertEquals(CorpusSearchService.CONTEXT, longHits.get(0).before().length(), "context is cut at 60 characters");
            assertEquals(" " + "y".repeat(59), longHits.get(0).after());
            assertEquals(3, r.hits());
            Result ranked = s.corpusSearch().search("bridge", null, Order.RANKED, 100);
            assertEquals(Set.of(a.id(), b.id()), Set.copyOf(ranked.articles().stream().map(ArticleHits::documentId).toList()));
            Result one = s.corpusSearch().search("bridge", null, Order.ARTICLE, 1);
            assertTrue(one.truncated());
            assertEquals(2, one.articlesFound());
            assertEquals(List.of(b.id()), s.corpusSearch().search("bridge", List.of(b.id()), Order.ARTICLE, 100).articles().stream()
                    .map(ArticleHits::documentId).toList(), "within the given articles only");
        }
    }

    @Test
    void userTextIsAPhraseNeverAnExpression() throws Exception {
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            s.documents().add("A", "a.txt", "Toll and bridge: the bridge AND toll debate.");
            for (String q : List.of("\"bridge", "bridge AND toll", "bridge*", "NEAR(bridge toll)", "toll OR", "-bridge", "col:bridge", "^bridge")) {
                s.corpusSearch().search(q, null, Order.RANKED, 10); // none is an FTS5 syntax error
            }
            assertEquals(1, s.corpusSearch().search("bridge AND toll", null, Order.ARTICLE, 10).hits(), "AND is a word of the phrase");
            assertEquals(0, s.corpusSearch().search("bridge OR nothing", null, Order.ARTICLE, 10).hits(), "OR is a word too");
            assertEquals(0, s.corpusSearch().search("brid*", null, Order.ARTICLE, 10).hits(), "no prefix search");
            assertEquals(0, s.corpusSearch().search("\"\" ***", null, Order.ARTICLE, 10).hits(), "no words, no hits");
        }
    }

    @Test
    void tagAllPreviewsThenWritesOnceWithAnUndoStepPerArticle() throws Exception {
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            Document a = s.documents().add("Emoji", "a.txt", EMOJI).document();
            Document b = s.documents().add("Long", "b.txt", LONG).document();
            Analyst cleo = s.analyst("Cleo");
            Label claim = s.labels().get(0);
            s.annotations().tag(b, cleo, claim, new Span(105, 111));
            AtomicInteger progress = new AtomicInteger();
            CorpusTagAll.Preview p = s.corpusTagAll().preview("bridge", null, claim, cleo, new TaskControl() {
                @Override
                public void progress(long done, long total) {
                    progress.set((int) done);
                }
            });
            assertEquals(2, p.articles());
            assertEquals(2, p.newTags());
            assertEquals(1, p.alreadyTagged(), "the hit tagged claim by hand");
            assertEquals(2, progress.get());
            assertTrue(p.summary().startsWith("2 new tags in 2 articles; 1 hit is tagged"), p.summary());
            assertEquals(2, s.corpusTagAll().apply(p, cleo, TaskControl.NONE));
            assertEquals(List.of(new Span(9, 15)), spans(s, a, cleo));
            assertEquals(List.of(new Span(105, 111), new Span(225, 231)), spans(s, b, cleo));
            CorpusTagAll.Preview again = s.corpusTagAll().preview("bridge", null, claim, cleo, TaskControl.NONE);
            assertEquals(0, again.newTags());
            assertEquals(3, again.alreadyTagged());
            assertEquals(0, s.corpusTagAll().apply(p, cleo, TaskControl.NONE), "identical tags are not made twice");
            assertTrue(s.annotations().undo(b.id(), cleo.id()).isPresent());
            assertEquals(List.of(new Span(105, 111)), spans(s, b, cleo), "undo in an article takes back its part only");
            assertEquals(List.of(new Span(9, 15)), spans(s, a, cleo));
        }
    }

    @Test
    void tagAllWithValuesPutsThemOnEveryNewTagAndLeavesATaggedHitAsItIs() throws Exception {
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            Document a = s.documents().add("Emoji", "a.txt", EMOJI).document();
            Document b = s.documents().add("Long", "b.txt", LONG).document();
            Analyst cleo = s.analyst("Cleo");
            Label opinion = s.labels().stream().filter(l -> l.name().equals("attributed opinion")).findFirst().orElseThrow();
            Attribute speaker = attribute(s, opinion, "speaker");
            Attribute type = attribute(s, opinion, "speaker type");
            Source minister = s.sources().namedOrNew("Minister");
            Annotation byHand = s.annotations().tag(b, cleo, opinion, new Span(105, 111));
            AttributeValues anonymous = AttributeValues.EMPTY.with(type.id(), List.of("anonymous"));
            s.annotations().setAttributes(byHand, anonymous);
            AttributeValues chosen = AttributeValues.EMPTY.with(speaker.id(), List.of(minister.valueId()))
                    .with(type.id(), List.of("named person"));

            CorpusTagAll.Preview p = s.corpusTagAll().preview("bridge", null, opinion, chosen, cleo, TaskControl.NONE);
            assertEquals("speaker = Minister, speaker type = named person", p.valuesText(), "the source by its name, in codebook order");
            assertEquals("2 new tags with speaker = Minister, speaker type = named person in 2 articles; 1 hit is tagged"
                    + " attributed opinion already, whatever its values, and stays as it is.", p.summary());
            assertEquals(2, s.corpusTagAll().apply(p, cleo, TaskControl.NONE));

            assertEquals(List.of(chosen), valuesOf(s, a, cleo));
            assertEquals(List.of(anonymous, chosen), valuesOf(s, b, cleo), "the tag made by hand keeps its own values");
            try (ProjectSession reader = TestProjects.openReadOnly(dir.resolve("p.newsmark"))) {
                assertEquals(List.of(chosen), valuesOf(reader, a, cleo), "the values are on disk with their tags");
            }
            assertTrue(s.annotations().undo(a.id(), cleo.id()).isPresent());
            assertTrue(s.annotations().undo(b.id(), cleo.id()).isPresent());
            assertEquals(List.of(), valuesOf(s, a, cleo), "undo takes the new tags back, values and all");
            assertEquals(List.of(anonymous), valuesOf(s, b, cleo));

            Attribute checkWorthy = attribute(s, s.labels().get(0), "check-worthy");
            assertThrows(IllegalArgumentException.class, () -> s.corpusTagAll().preview("bridge", null, opinion,
                    AttributeValues.EMPTY.with(checkWorthy.id(), List.of("yes")), cleo, TaskControl.NONE),
                    "a value of another label's attribute would be written hidden");
        }
    }

    private static Attribute attribute(ProjectSession s, Label label, String name) {
        return s.codebook().codebook().attributesOf(label.id()).stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    }

    /** The values of the analyst's tags in the article, in text order. */
    private static List<AttributeValues> valuesOf(ProjectSession s, Document d, Analyst who) {
        return s.annotations().annotations(d.id(), who.id()).stream().sorted(java.util.Comparator.comparing(Annotation::span))
                .map(Annotation::attributes).toList();
    }

    @Test
    void aCancelledRunWritesNothingAndReadOnlySearchesButDoesNotTag() throws Exception {
        Path file = dir.resolve("p.newsmark");
        try (ProjectSession s = TestProjects.create(file)) {
            Document a = s.documents().add("Emoji", "a.txt", EMOJI).document();
            Analyst cleo = s.analyst("Cleo");
            CorpusTagAll.Preview p = s.corpusTagAll().preview("bridge", null, s.labels().get(0), cleo, TaskControl.NONE);
            TaskControl cancelled = new TaskControl() {
                @Override
                public boolean isCancelled() {
                    return true;
                }
            };
            assertThrows(TaskControl.CancelledException.class, () -> s.corpusTagAll().apply(p, cleo, cancelled));
            assertEquals(List.of(), spans(s, a, cleo));
        }
        try (ProjectSession ro = TestProjects.openReadOnly(file)) {
            assertEquals(1, ro.corpusSearch().search("bridge", null, Order.RANKED, 10).hits(), "a read-only project searches");
            Analyst cleo = ro.findAnalyst("Cleo").orElseThrow();
            CorpusTagAll.Preview p = ro.corpusTagAll().preview("bridge", null, ro.labels().get(0), cleo, TaskControl.NONE);
            assertEquals(1, p.newTags());
            assertThrows(AnnotationConflictException.class, () -> ro.corpusTagAll().apply(p, cleo, TaskControl.NONE));
        }
    }

    private static List<Span> spans(ProjectSession s, Document d, Analyst a) {
        return s.annotations().annotations(d.id(), a.id()).stream().map(x -> new Span(x.begin(), x.end())).sorted().toList();
    }
}
