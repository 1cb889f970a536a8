package org.newsmark.domain.suggest.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmark.domain.suggest.quality.SuggestionScorer.Gold;
import org.newsmark.domain.suggest.quality.SuggestionScorer.Predicted;
import org.newsmark.domain.suggest.quality.SuggestionScorer.Score;

/** The scorer on tiny cases whose answers are worked out by hand. */
class SuggestionScorerTest {

    private static final String TEXT = "0123456789012345678901234567890123456789";
    private static final double EPS = 1e-9;

    private static Score score(List<Gold> gold, List<Predicted> predicted) {
        Score s = new Score();
        SuggestionScorer.score("a", TEXT, gold, predicted, s);
        return s;
    }

    @Test
    void exactAndOverlapCounts() {
        // gold [0,5) [10,15) [20,25); suggested [0,5) exact, [12,18) overlapping, [30,33) false
        Score s = score(List.of(Gold.of(0, 5), Gold.of(10, 15), Gold.of(20, 25)),
                List.of(Predicted.of(0, 5), Predicted.of(12, 18), Predicted.of(30, 33)));
        assertEquals(1, s.exact);
        assertEquals(2, s.overlap);
        assertEquals(1.0 / 3, s.exactPrecision(), EPS);
        assertEquals(1.0 / 3, s.exactRecall(), EPS);
        assertEquals(1.0 / 3, s.exactF1(), EPS);
        assertEquals(2.0 / 3, s.overlapPrecision(), EPS);
        assertEquals(2.0 / 3, s.overlapRecall(), EPS);
        assertEquals(2.0 / 3, s.overlapF1(), EPS);
        assertEquals(List.of("01234"), s.misses.stream().map(SuggestionScorer.Finding::gold).toList());
        assertEquals(List.of("012"), s.falsePositives.stream().map(SuggestionScorer.Finding::suggested).toList());
        assertEquals(1, s.boundaries.size());
        assertEquals("01234", s.boundaries.get(0).gold());
        assertEquals("234567", s.boundaries.get(0).suggested());
    }

    @Test
    void twoSuggestionsOverOneGoldCountOnce() {
        // gold [0,10); suggested [0,4) and [3,10): the larger overlap (7) is matched, the other is a false positive
        Score s = score(List.of(Gold.of(0, 10)), List.of(Predicted.of(0, 4), Predicted.of(3, 10)));
        assertEquals(1, s.overlap);
        assertEquals(0, s.exact);
        assertEquals(0.5, s.overlapPrecision(), EPS);
        assertEquals(1.0, s.overlapRecall(), EPS);
        assertEquals(2.0 / 3, s.overlapF1(), EPS);
        assertEquals("0123", s.falsePositives.get(0).suggested());
        assertEquals("3456789", s.boundaries.get(0).suggested());
    }

    @Test
    void oneSuggestionOverTwoGoldCountsOnce() {
        Score s = score(List.of(Gold.of(0, 4), Gold.of(5, 12)), List.of(Predicted.of(2, 12)));
        assertEquals(1, s.overlap);
        assertEquals(1.0, s.overlapPrecision(), EPS);
        assertEquals(0.5, s.overlapRecall(), EPS);
        assertEquals("0123", s.misses.get(0).gold());
    }

    @Test
    void greedyTakesTheLargestOverlapFirst() {
        // gold A [0,6), B [6,12); suggestion X [4,12) overlaps A by 2, B by 6; Y [0,5) overlaps A by 5.
        // Largest first: X-B (6), then Y-A (5): both gold matched.
        Score s = score(List.of(Gold.of(0, 6), Gold.of(6, 12)), List.of(Predicted.of(4, 12), Predicted.of(0, 5)));
        assertEquals(2, s.overlap);
        assertEquals(0, s.misses.size());
        assertEquals(0, s.falsePositives.size());
    }

    @Test
    void sourceAndCueAccuracyOnOverlapMatchedOpinions() {
        CpSpan src = new CpSpan(20, 23);
        CpSpan cue = new CpSpan(24, 28);
        List<Gold> gold = List.of(new Gold(new CpSpan(0, 10), src, cue), new Gold(new CpSpan(30, 35), src, cue),
                new Gold(new CpSpan(11, 15), src, cue));
        List<Predicted> predicted = List.of(
                new Predicted(new CpSpan(0, 9), new CpSpan(21, 22), new CpSpan(24, 28)), // source and cue right
                new Predicted(new CpSpan(30, 36), new CpSpan(16, 19), null)); // both wrong (no cue found)
        // the third gold opinion is missed: it is not judged for source or cue
        Score s = score(gold, predicted);
        assertEquals(2, s.sourceJudged);
        assertEquals(1, s.sourceRight);
        assertEquals(0.5, s.sourceAccuracy(), EPS);
        assertEquals(2, s.cueJudged);
        assertEquals(0.5, s.cueAccuracy(), EPS);
        assertEquals("012", s.wrongSources.get(0).gold());
        assertEquals("678", s.wrongSources.get(0).suggested());
        assertEquals(null, s.wrongCues.get(0).suggested());
    }

    @Test
    void microAverageSumsOverArticles() {
        Score s = new Score();
        SuggestionScorer.score("a", TEXT, List.of(Gold.of(0, 5)), List.of(Predicted.of(0, 5)), s);
        SuggestionScorer.score("b", TEXT, List.of(Gold.of(0, 5), Gold.of(6, 9), Gold.of(10, 12)), List.of(), s);
        assertEquals(4, s.gold);
        assertEquals(1, s.suggested);
        assertEquals(1.0, s.overlapPrecision(), EPS);
        assertEquals(0.25, s.overlapRecall(), EPS); // micro: 1/4, not the mean of 1 and 0
        assertEquals(0.4, s.overlapF1(), EPS);
    }

    @Test
    void nothingSuggestedLeavesPrecisionUndefined() {
        Score s = score(List.of(Gold.of(0, 5)), List.of());
        assertTrue(Double.isNaN(s.exactPrecision()));
        assertEquals(0.0, s.exactRecall(), EPS);
        assertEquals(0.0, s.exactF1(), EPS);
        assertTrue(Double.isNaN(s.sourceAccuracy()));
        Score none = score(List.of(), List.of());
        assertTrue(Double.isNaN(none.overlapF1()));
    }

    @Test
    void findingsShowCodePointSlices() {
        Score s = new Score();
        SuggestionScorer.score("e", "😀😀 ab", List.of(Gold.of(3, 5)), List.of(), s);
        assertEquals("ab", s.misses.get(0).gold());
    }
}
