package org.newsmark.domain.suggest.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsmark.domain.suggest.Suggester;
import org.newsmark.domain.suggest.Suggestion;
import org.newsmark.domain.suggest.SuggestionKind;
import org.newsmark.domain.suggest.quality.SuggestionQuality.SplitResult;
import org.newsmark.domain.suggest.quality.SuggestionScorer.Score;

/**
 * Runs the English suggester over the gold set's dev and test splits and writes target/suggestion-quality.md.
 * Asserts only that the report was written and that its numbers are consistent: no quality thresholds while
 * the detectors are being written (the figures are for reading; see docs/suggestions.md).
 */
class SuggestionQualityTest {

    static final Path REPORT = Paths.get("target", "suggestion-quality.md");

    @Test
    void writesTheReportWithConsistentNumbers() throws Exception {
        Suggester suggester = Suggester.forLanguage("en");
        List<SplitResult> results = new ArrayList<>();
        for (String split : List.of("dev", "test")) {
            List<GoldArticle> gold = GoldSet.load(split);
            SplitResult r = SuggestionQuality.run(suggester, split, gold);
            consistent(r, gold, suggester);
            results.add(r);
        }
        String md = SuggestionQuality.markdown(results, results.get(0),
                "Suggester.forLanguage(\"en\") over the hand-written gold set (src/test/resources/suggest-gold/, see its "
                        + "README.md and GUIDE-NOTES.md); offsets compared in code points; micro-averaged over each split. "
                        + "Exact: the same span. Overlap: one-to-one greedy matching of overlapping spans, largest overlap "
                        + "first. Source and cue accuracy: of the opinions matched by overlap, the share whose suggested "
                        + "source (cue) overlaps the gold one. — : undefined (nothing to divide by). Written " + Instant.now() + ".");
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, md, StandardCharsets.UTF_8);

        String written = Files.readString(REPORT, StandardCharsets.UTF_8);
        assertTrue(written.contains("## dev (") && written.contains("## test (") && written.contains("Where the detectors fail"));
        System.out.println(written.substring(0, written.indexOf("## Where")));
    }

    private static void consistent(SplitResult r, List<GoldArticle> gold, Suggester suggester) {
        Map<SuggestionKind, Integer> suggested = new java.util.EnumMap<>(SuggestionKind.class);
        for (GoldArticle a : gold) {
            for (Suggestion s : suggester.suggest(a.text())) {
                suggested.merge(s.kind(), 1, Integer::sum);
            }
        }
        for (SuggestionKind k : SuggestionKind.values()) {
            Score s = r.scores().get(k);
            String what = r.split() + " " + k;
            int goldCount = gold.stream().mapToInt(a -> a.ofType(SuggestionQuality.GOLD_TYPE.get(k)).size()).sum();
            assertEquals(goldCount, s.gold, what + ": gold n");
            assertEquals((int) suggested.getOrDefault(k, 0), s.suggested, what + ": suggested n");
            assertTrue(s.exact <= s.overlap && s.overlap <= Math.min(s.gold, s.suggested), what + ": matches");
            assertEquals(s.gold - s.overlap, s.misses.size(), what + ": misses");
            assertEquals(s.suggested - s.overlap, s.falsePositives.size(), what + ": false positives");
            assertEquals(s.overlap - s.exact, s.boundaries.size(), what + ": boundary errors");
            for (double x : new double[] {s.exactPrecision(), s.exactRecall(), s.exactF1(), s.overlapPrecision(),
                    s.overlapRecall(), s.overlapF1(), s.sourceAccuracy(), s.cueAccuracy()}) {
                assertTrue(Double.isNaN(x) || (x >= 0 && x <= 1), what + ": " + x + " outside [0, 1]");
            }
            assertEquals(s.suggested == 0, Double.isNaN(s.overlapPrecision()), what + ": precision defined iff suggestions");
            assertTrue(s.exactF1() <= s.overlapF1() || Double.isNaN(s.overlapF1()), what + ": exact F1 above overlap F1");
            if (k == SuggestionKind.ATTRIBUTED_OPINION) {
                assertEquals(s.overlap, s.sourceJudged, what + ": every matched opinion is judged for its source");
                assertEquals(s.overlap, s.cueJudged, what + ": every matched opinion is judged for its cue");
                assertTrue(s.sourceRight <= s.sourceJudged && s.cueRight <= s.cueJudged, what);
            } else {
                assertEquals(0, s.sourceJudged + s.cueJudged, what + ": only opinions have sources and cues");
            }
        }
    }
}
