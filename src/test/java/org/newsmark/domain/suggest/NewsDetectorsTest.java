package org.newsmark.domain.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsmark.domain.suggest.Detected.EN;
import static org.newsmark.domain.suggest.Detected.assertWellFormed;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsmark.domain.Span;
import org.newsmark.domain.TaskControl;

/** The detectors together: order, uniqueness, cancellation, languages, and text that tries to break them. */
class NewsDetectorsTest {

    static final String ARTICLE = "Unemployment fell to 4.2% in May. \u201CThe plan is working,\u201D said Maria Keller."
            + " Prices rose 3% and wages 6%.\n\nThe minister said the budget would be cut by \u20AC12m."
            + " \u201CWe will not pay,\u201D she said. Talks had stalled, the union said. One in five adults smoke \uD83D\uDE00.";

    /** Guards against a hang only: the speed is measured separately (see the commit's report), never asserted. */
    private static final Duration HANG = Duration.ofSeconds(10);

    @Test
    void everyKindIsFoundSortedBySpanThenKindWithNoDuplicate() {
        List<Suggestion> found = EN.suggest(ARTICLE);
        assertWellFormed(ARTICLE, found);
        assertEquals(List.of("4.2%", "3%", "6%", "\u20AC12m", "One in five adults"), Detected.statistics(ARTICLE));
        assertEquals(List.of("The plan is working,", "the budget would be cut by \u20AC12m", "We will not pay,", "Talks had stalled"),
                Detected.opinions(ARTICLE));
        assertEquals(List.of("Unemployment fell to 4.2% in May", "Prices rose 3% and wages 6%", "One in five adults smoke \uD83D\uDE00"),
                Detected.texts(ARTICLE, SuggestionKind.CLAIM));
        Suggestion pay = Detected.opinion(ARTICLE, "We will not pay,", "said", "she", "Maria Keller");
        assertEquals("named person", pay.fields().get("speaker type"));
        assertEquals(Map.of("value", "4.2", "unit", "percent"), Detected.one(ARTICLE, SuggestionKind.STATISTIC, "4.2%").fields());
    }

    @Test
    void twoOfOneKindOnTheSameSpanBecomeTheMoreConfidentOne() {
        Span span = new Span(0, 3);
        List<Suggestion> out = NewsDetectors.sortedUnique(List.of(
                Suggestion.of(SuggestionKind.STATISTIC, new Span(4, 6), 0.9, "b"),
                Suggestion.of(SuggestionKind.STATISTIC, span, 0.5, "weak"),
                Suggestion.of(SuggestionKind.CLAIM, span, 0.3, "claim"),
                Suggestion.of(SuggestionKind.STATISTIC, span, 0.8, "strong")));
        assertEquals(List.of("strong", "claim", "b"), out.stream().map(Suggestion::why).toList());
    }

    @Test
    void aCancelledRunStopsBetweenSentences() {
        String text = "Prices rose 3% in May. ".repeat(2_000);
        AtomicInteger asked = new AtomicInteger();
        TaskControl cancelLater = new TaskControl() {
            @Override
            public boolean isCancelled() {
                return asked.incrementAndGet() > 50;
            }
        };
        assertThrows(TaskControl.CancelledException.class, () -> EN.suggest(text, cancelLater));
        assertTrue(asked.get() > 50 && asked.get() < 2_000, "checked per sentence, stopped at once: " + asked.get());
        TaskControl cancelled = new TaskControl() {
            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(TaskControl.CancelledException.class, () -> EN.suggest("Prices rose 3% in May.", cancelled));
    }

    @Test
    void progressIsReported() {
        AtomicInteger reports = new AtomicInteger();
        TaskControl counting = new TaskControl() {
            @Override
            public void progress(long done, long total) {
                assertTrue(done >= 0 && done <= total);
                reports.incrementAndGet();
            }
        };
        EN.suggest("Prices rose 3% in May. ".repeat(1_000), counting);
        assertTrue(reports.get() >= 3, "progress every 256 sentences: " + reports.get());
    }

    @Test
    void anotherLanguageWithoutFilesFallsBackToEnglish() {
        assertEquals("en", ((NewsDetectors) Suggester.forLanguage("xx")).language());
        assertEquals("en", ((NewsDetectors) Suggester.forLanguage("en-GB")).language());
        assertEquals("en", ((NewsDetectors) Suggester.forLanguage(null)).language());
        assertEquals("en", ((NewsDetectors) Suggester.forLanguage("../../etc")).language());
        assertEquals(EN.suggest(ARTICLE), Suggester.forLanguage("xx").suggest(ARTICLE));
    }

    @Test
    void wordListsAreReadWithoutCommentsInLowerCase() {
        LanguageData en = LanguageData.forLanguage("en");
        assertTrue(en.words("cue-verbs").contains("said"));
        assertTrue(en.words("cue-verbs").stream().noneMatch(w -> w.startsWith("#") || w.isBlank()));
        assertEquals("pounds", en.table("currencies").get("\u00A3")[1]);
        assertEquals(Map.of(), en.table("no-such-file"));
    }

    @Test
    void crlfTextGivesOffsetsIntoTheTextAsGiven() {
        String text = ARTICLE.replace("\n", "\r\n");
        List<Suggestion> found = EN.suggest(text);
        assertWellFormed(text, found);
        assertEquals(Detected.statistics(ARTICLE), Detected.statistics(text));
        assertEquals(Detected.opinions(ARTICLE), Detected.opinions(text));
    }

    static Stream<Arguments> hostile() {
        int mb = 1 << 20;
        return Stream.of(
                Arguments.of("empty", ""),
                Arguments.of("only a quote mark", "\u201C"),
                Arguments.of("only a straight quote", "\""),
                Arguments.of("1 MB without white space", "abcdefghij".repeat(mb / 10)),
                Arguments.of("1 MB of quotation marks", "\u201C\u201D\"'\u2018\u2019\u00AB\u00BB\u201E\u201A".repeat(mb / 10)),
                Arguments.of("100,000 unmatched opening marks", "\u201C".repeat(100_000)),
                Arguments.of("100,000 unmatched marks with words", "\u201Cword said she ".repeat(100_000)),
                Arguments.of("1 MB of digits", "0123456789".repeat(mb / 10)),
                Arguments.of("1 MB of numbers and separators", "1,2.3,4.5 %".repeat(mb / 11)),
                Arguments.of("1 MB of emoji and combining marks", "\uD83D\uDE00e\u0301\u0308 \uD83D\uDC4D\uD83C\uDFFD \u0915\u094D".repeat(mb / 14)),
                Arguments.of("1 MB of quotes and cues", "\"a,\" said \"b,\" she said ".repeat(mb / 24)),
                Arguments.of("1 MB of cues", "said, according to: told reporters ".repeat(mb / 36)),
                Arguments.of("1 MB of line breaks", "\r\n".repeat(mb / 2)),
                Arguments.of("a lone surrogate", "\uD83D 5% \uDE00\u201C\uD83D"),
                Arguments.of("1 MB of an article", ARTICLE.repeat(mb / ARTICLE.length())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void hostileTextEndsWithValidSpans(String name, String text) {
        List<Suggestion> found = assertTimeoutPreemptively(HANG, () -> EN.suggest(text));
        assertWellFormed(text, found);
        assertTrue(found.size() <= NewsDetectors.MOST);
    }

    @Test
    void aSixteenMebicharacterArticleIsCappedNotExhausted() {
        String text = ARTICLE.repeat((16 << 20) / ARTICLE.length() + 1);
        List<Suggestion> found = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> EN.suggest(text));
        assertEquals(NewsDetectors.MOST, found.size(), "at most MOST, and this article has more");
        assertWellFormed(text, found);
        assertFalse(found.get(found.size() - 1).end() > text.length() / 2, "the cap keeps the first suggestions");
    }
}
