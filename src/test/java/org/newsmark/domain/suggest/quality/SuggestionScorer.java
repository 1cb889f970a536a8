package org.newsmark.domain.suggest.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Scores one kind of suggestion against the gold spans of that kind, article by article, into a {@link Score}
 * that sums over articles (micro-average). Exact match: the same span, one-to-one. Overlap match: one-to-one
 * greedy matching of overlapping spans, the largest overlap first (ties: earlier gold, then earlier suggestion),
 * so two suggestions over one gold span count once. For pairs matched by overlap whose gold span has a Source
 * (Cue), the source (cue) is right when the suggestion's source (cue) overlaps the gold one. All offsets are
 * code points.
 */
public final class SuggestionScorer {

    private SuggestionScorer() {
    }

    /** A gold span; {@code source} and {@code cue} are set for attributed opinions, null otherwise. */
    public record Gold(CpSpan span, CpSpan source, CpSpan cue) {
        public static Gold of(int begin, int end) {
            return new Gold(new CpSpan(begin, end), null, null);
        }
    }

    /** A suggestion's span with its source and cue (null when the detector located none). */
    public record Predicted(CpSpan span, CpSpan source, CpSpan cue) {
        public static Predicted of(int begin, int end) {
            return new Predicted(new CpSpan(begin, end), null, null);
        }
    }

    /** Something a developer should look at: the article, the gold span's text and the suggestion's (either may be null). */
    public record Finding(String article, String gold, String suggested) {
    }

    /** Counts summed over articles, and what went wrong where. */
    public static final class Score {
        public int gold;
        public int suggested;
        public int exact;
        public int overlap;
        public int sourceJudged;
        public int sourceRight;
        public int cueJudged;
        public int cueRight;
        public final List<Finding> misses = new ArrayList<>();
        public final List<Finding> falsePositives = new ArrayList<>();
        /** Matched by overlap but not exactly: the boundaries differ. */
        public final List<Finding> boundaries = new ArrayList<>();
        public final List<Finding> wrongSources = new ArrayList<>();
        public final List<Finding> wrongCues = new ArrayList<>();

        public double exactPrecision() {
            return ratio(exact, suggested);
        }

        public double exactRecall() {
            return ratio(exact, gold);
        }

        public double exactF1() {
            return ratio(2 * exact, gold + suggested);
        }

        public double overlapPrecision() {
            return ratio(overlap, suggested);
        }

        public double overlapRecall() {
            return ratio(overlap, gold);
        }

        public double overlapF1() {
            return ratio(2 * overlap, gold + suggested);
        }

        public double sourceAccuracy() {
            return ratio(sourceRight, sourceJudged);
        }

        public double cueAccuracy() {
            return ratio(cueRight, cueJudged);
        }

        /** NaN when nothing was counted (no suggestions: precision is undefined, not 0). */
        static double ratio(int a, int b) {
            return b == 0 ? Double.NaN : (double) a / b;
        }
    }

    /** Scores one article's suggestions of one kind; {@code text} names the spans in the findings (code points). */
    public static void score(String article, String text, List<Gold> gold, List<Predicted> predicted, Score into) {
        Function<CpSpan, String> textOf = s -> s == null ? null : slice(text, s);
        into.gold += gold.size();
        into.suggested += predicted.size();

        boolean[] goldExact = new boolean[gold.size()];
        for (Predicted p : predicted) {
            for (int g = 0; g < gold.size(); g++) {
                if (!goldExact[g] && gold.get(g).span().equals(p.span())) {
                    goldExact[g] = true;
                    into.exact++;
                    break;
                }
            }
        }

        record Pair(int g, int p, int overlap) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                int o = gold.get(g).span().overlapLength(predicted.get(p).span());
                if (o > 0) {
                    pairs.add(new Pair(g, p, o));
                }
            }
        }
        pairs.sort(Comparator.comparingInt((Pair x) -> -x.overlap()).thenComparingInt(Pair::g).thenComparingInt(Pair::p));
        int[] matchOfGold = new int[gold.size()];
        boolean[] predictedMatched = new boolean[predicted.size()];
        java.util.Arrays.fill(matchOfGold, -1);
        for (Pair x : pairs) {
            if (matchOfGold[x.g()] < 0 && !predictedMatched[x.p()]) {
                matchOfGold[x.g()] = x.p();
                predictedMatched[x.p()] = true;
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            Gold gs = gold.get(g);
            if (matchOfGold[g] < 0) {
                into.misses.add(new Finding(article, textOf.apply(gs.span()), null));
                continue;
            }
            Predicted p = predicted.get(matchOfGold[g]);
            into.overlap++;
            if (!gs.span().equals(p.span())) {
                into.boundaries.add(new Finding(article, textOf.apply(gs.span()), textOf.apply(p.span())));
            }
            if (gs.source() != null) {
                into.sourceJudged++;
                if (gs.source().overlaps(p.source())) {
                    into.sourceRight++;
                } else {
                    into.wrongSources.add(new Finding(article, textOf.apply(gs.source()), textOf.apply(p.source())));
                }
            }
            if (gs.cue() != null) {
                into.cueJudged++;
                if (gs.cue().overlaps(p.cue())) {
                    into.cueRight++;
                } else {
                    into.wrongCues.add(new Finding(article, textOf.apply(gs.cue()), textOf.apply(p.cue())));
                }
            }
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!predictedMatched[p]) {
                into.falsePositives.add(new Finding(article, null, textOf.apply(predicted.get(p).span())));
            }
        }
    }

    /** The code points {@code [s.begin, s.end)} of {@code text}, clipped to its length. */
    static String slice(String text, CpSpan s) {
        int n = text.codePointCount(0, text.length());
        int b = Math.min(s.begin(), n);
        int e = Math.min(s.end(), n);
        return text.substring(text.offsetByCodePoints(0, b), text.offsetByCodePoints(0, e));
    }
}
