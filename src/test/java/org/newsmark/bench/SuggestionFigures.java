package org.newsmark.bench;

import static org.newsmark.bench.NewsmarkBenchmark.MB;
import static org.newsmark.bench.NewsmarkBenchmark.gc;
import static org.newsmark.bench.NewsmarkBenchmark.peakHeap;
import static org.newsmark.bench.NewsmarkBenchmark.resetPeaks;
import static org.newsmark.bench.NewsmarkBenchmark.usedHeap;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsmark.domain.suggest.Suggester;
import org.newsmark.domain.suggest.Suggestion;
import org.newsmark.domain.suggest.SuggestionKind;
import org.newsmark.domain.suggest.quality.GoldArticle;
import org.newsmark.domain.suggest.quality.GoldSet;
import org.newsmark.domain.suggest.quality.SuggestionQuality;
import org.newsmark.domain.suggest.quality.SuggestionScorer.Score;

/**
 * Issue 20, point 4: the suggester's time on a 1 MB article, (a) made of the gold set's hand-written articles
 * repeated (real news prose: quotes, figures, attributions) and (b) the benchmark's generated prose; 10 runs
 * after 3 warm-ups each. Then the quality on the gold set's test split, per kind, as notes (no timing).
 * {@code -Dbench.only=suggest}.
 */
final class SuggestionFigures {

    private static final int WARM_UPS = 3;
    private static final int RUNS = 10;

    private final NewsmarkBenchmark bench;

    SuggestionFigures(NewsmarkBenchmark bench) {
        this.bench = bench;
    }

    void measure() {
        Suggester suggester = Suggester.forLanguage("en");
        List<GoldArticle> dev = GoldSet.load("dev");
        List<GoldArticle> test = GoldSet.load("test");
        List<GoldArticle> all = new ArrayList<>(dev);
        all.addAll(test);
        StringBuilder sb = new StringBuilder(MB + 4000);
        for (int i = 0; sb.length() < MB; i++) {
            sb.append(all.get(i % all.size()).text()).append("\n\n");
        }
        // the first call in this JVM: class loading, the word lists, the interpreter before the JIT; what the
        // analyst waits for (in the background) on the first article shown with suggestions
        long t0 = System.nanoTime();
        suggester.suggest(sb.toString());
        bench.row("Suggest in the 1 MB gold article, first call in the JVM (classes, word lists, no JIT yet)", "≤ 500 ms",
                List.of(System.nanoTime() - t0), -1, 500, 0);
        time(suggester, sb.toString(), String.format(Locale.ROOT,
                "Suggest in a 1 MB article of the gold set's %d articles repeated (%,d chars)", all.size(), sb.length()));
        String generated = NewsmarkBenchmark.article(MB, 20);
        time(suggester, generated, String.format(Locale.ROOT,
                "Suggest in a 1 MB generated article (NewsmarkBenchmark.article, %,d chars)", generated.length()));

        SuggestionQuality.SplitResult r = SuggestionQuality.run(suggester, "test", test);
        for (Map.Entry<SuggestionKind, Score> e : r.scores().entrySet()) {
            Score s = e.getValue();
            String extra = e.getKey() == SuggestionKind.ATTRIBUTED_OPINION
                    ? String.format(Locale.ROOT, "; source accuracy %s, cue accuracy %s", f(s.sourceAccuracy()), f(s.cueAccuracy()))
                    : "";
            bench.notes.add(String.format(Locale.ROOT,
                    "Suggestion quality, gold test split (%d hand-written articles), %s: gold %d, suggested %d; exact F1 %s "
                            + "(P %s, R %s); overlap F1 %s (P %s, R %s)%s. Per split and with the dev split's misses: "
                            + "target/suggestion-quality.md (SuggestionQualityTest).",
                    r.articles(), e.getKey().labelName(), s.gold, s.suggested, f(s.exactF1()), f(s.exactPrecision()),
                    f(s.exactRecall()), f(s.overlapF1()), f(s.overlapPrecision()), f(s.overlapRecall()), extra));
        }
    }

    private void time(Suggester suggester, String text, String what) {
        List<Long> times = new ArrayList<>();
        long peak = 0;
        List<Suggestion> last = List.of();
        for (int run = 0; run < WARM_UPS + RUNS; run++) {
            gc();
            long base = usedHeap();
            resetPeaks();
            long t0 = System.nanoTime();
            last = suggester.suggest(text);
            long t = System.nanoTime() - t0;
            if (run >= WARM_UPS) {
                times.add(t);
                peak = Math.max(peak, peakHeap() - base);
            }
        }
        bench.row(what + ", " + RUNS + "× after " + WARM_UPS + " warm-ups", "≤ 500 ms", times, peak, 500, 0);
        Map<SuggestionKind, Integer> counts = new EnumMap<>(SuggestionKind.class);
        for (Suggestion s : last) {
            counts.merge(s.kind(), 1, Integer::sum);
        }
        bench.notes.add(String.format(Locale.ROOT, "%s: %,d suggestions %s; peak heap is above the heap in use before the call.",
                what, last.size(), counts));
    }

    private static String f(double x) {
        return Double.isNaN(x) ? "—" : String.format(Locale.ROOT, "%.3f", x);
    }
}
