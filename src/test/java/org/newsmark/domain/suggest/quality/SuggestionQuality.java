package org.newsmark.domain.suggest.quality;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsmark.domain.CodePointOffsets;
import org.newsmark.domain.Span;
import org.newsmark.domain.suggest.Suggester;
import org.newsmark.domain.suggest.Suggestion;
import org.newsmark.domain.suggest.SuggestionKind;
import org.newsmark.domain.suggest.quality.SuggestionScorer.Finding;
import org.newsmark.domain.suggest.quality.SuggestionScorer.Gold;
import org.newsmark.domain.suggest.quality.SuggestionScorer.Predicted;
import org.newsmark.domain.suggest.quality.SuggestionScorer.Score;

/**
 * Runs a {@link Suggester} over a split of the gold set and scores it per kind ({@link SuggestionScorer}), and
 * writes the report (target/suggestion-quality.md): a table per split, then the misses, false positives,
 * boundary errors and wrong sources and cues of one split.
 */
public final class SuggestionQuality {

    /** The gold set's brat type of each kind. */
    public static final Map<SuggestionKind, String> GOLD_TYPE = new EnumMap<>(Map.of(
            SuggestionKind.STATISTIC, GoldSet.STATISTIC,
            SuggestionKind.ATTRIBUTED_OPINION, GoldSet.OPINION,
            SuggestionKind.CLAIM, GoldSet.CLAIM));

    private SuggestionQuality() {
    }

    /** A split's scores per kind. */
    public record SplitResult(String split, int articles, Map<SuggestionKind, Score> scores) {
    }

    public static SplitResult run(Suggester suggester, String split, List<GoldArticle> articles) {
        Map<SuggestionKind, Score> scores = new EnumMap<>(SuggestionKind.class);
        for (SuggestionKind k : SuggestionKind.values()) {
            scores.put(k, new Score());
        }
        for (GoldArticle a : articles) {
            List<Suggestion> suggestions = suggester.suggest(a.text());
            for (SuggestionKind k : SuggestionKind.values()) {
                SuggestionScorer.score(a.name(), a.text(), gold(a, k), predicted(a.text(), suggestions, k), scores.get(k));
            }
        }
        return new SplitResult(split, articles.size(), scores);
    }

    /** The article's gold spans of a kind, opinions with their Source and Cue. */
    public static List<Gold> gold(GoldArticle a, SuggestionKind kind) {
        List<Gold> out = new ArrayList<>();
        for (GoldArticle.Annotation t : a.ofType(GOLD_TYPE.get(kind))) {
            GoldArticle.Annotation s = a.byId(a.speakerOf().getOrDefault(t.id(), ""));
            GoldArticle.Annotation c = a.byId(a.cueOf().getOrDefault(t.id(), ""));
            out.add(new Gold(t.span(), s == null ? null : s.span(), c == null ? null : c.span()));
        }
        return out;
    }

    /** The suggestions of a kind, their UTF-16 spans turned into code points. */
    public static List<Predicted> predicted(String text, List<Suggestion> suggestions, SuggestionKind kind) {
        CodePointOffsets cp = new CodePointOffsets(text);
        List<Predicted> out = new ArrayList<>();
        for (Suggestion s : suggestions) {
            if (s.kind() == kind) {
                out.add(new Predicted(cp(cp, s.span()), cp(cp, s.source()), cp(cp, s.cue())));
            }
        }
        return out;
    }

    private static CpSpan cp(CodePointOffsets cp, Span s) {
        return s == null ? null : new CpSpan(cp.toCodePoints(s.begin()), cp.toCodePoints(s.end()));
    }

    static String number(double x) {
        return Double.isNaN(x) ? "—" : String.format(Locale.ROOT, "%.3f", x);
    }

    /** The report: a table per result, then the findings of {@code detail} (null: none). */
    public static String markdown(List<SplitResult> results, SplitResult detail, String header) {
        StringBuilder md = new StringBuilder("# Suggestion quality\n\n").append(header).append("\n\n");
        for (SplitResult r : results) {
            md.append("## ").append(r.split()).append(" (").append(r.articles()).append(" articles)\n\n");
            md.append("| Kind | Gold n | Suggested n | Exact P | Exact R | Exact F1 | Overlap P | Overlap R | Overlap F1 "
                    + "| Source acc | Cue acc |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (Map.Entry<SuggestionKind, Score> e : r.scores().entrySet()) {
                Score s = e.getValue();
                boolean opinion = e.getKey() == SuggestionKind.ATTRIBUTED_OPINION;
                md.append("| ").append(e.getKey().labelName()).append(" | ").append(s.gold).append(" | ").append(s.suggested)
                        .append(" | ").append(number(s.exactPrecision())).append(" | ").append(number(s.exactRecall()))
                        .append(" | ").append(number(s.exactF1())).append(" | ").append(number(s.overlapPrecision()))
                        .append(" | ").append(number(s.overlapRecall())).append(" | ").append(number(s.overlapF1()))
                        .append(" | ").append(opinion ? accuracy(s.sourceRight, s.sourceJudged) : "")
                        .append(" | ").append(opinion ? accuracy(s.cueRight, s.cueJudged) : "").append(" |\n");
            }
            md.append('\n');
        }
        if (detail != null) {
            md.append("## Where the detectors fail (").append(detail.split()).append(" split)\n\n");
            for (Map.Entry<SuggestionKind, Score> e : detail.scores().entrySet()) {
                Score s = e.getValue();
                md.append("### ").append(e.getKey().labelName()).append("\n\n");
                findings(md, "Misses (gold, nothing suggested over it)", s.misses, f -> quote(f.gold()));
                findings(md, "False positives (suggested, no gold under it)", s.falsePositives, f -> quote(f.suggested()));
                findings(md, "Boundary errors (overlap, not exact): gold → suggested", s.boundaries,
                        f -> quote(f.gold()) + " → " + quote(f.suggested()));
                if (e.getKey() == SuggestionKind.ATTRIBUTED_OPINION) {
                    findings(md, "Wrong or missing source: gold → suggested", s.wrongSources,
                            f -> quote(f.gold()) + " → " + quote(f.suggested()));
                    findings(md, "Wrong or missing cue: gold → suggested", s.wrongCues,
                            f -> quote(f.gold()) + " → " + quote(f.suggested()));
                }
            }
        }
        return md.toString();
    }

    private static String accuracy(int right, int judged) {
        return judged == 0 ? "—" : number((double) right / judged) + " (" + right + "/" + judged + ")";
    }

    private static void findings(StringBuilder md, String title, List<Finding> list,
                                 java.util.function.Function<Finding, String> line) {
        md.append("**").append(title).append(": ").append(list.size()).append("**\n\n");
        for (Finding f : list) {
            md.append("- ").append(f.article()).append(": ").append(line.apply(f)).append('\n');
        }
        md.append('\n');
    }

    private static String quote(String s) {
        return s == null ? "(none)" : "«" + s.replace("\r", "").replace("|", "\\|") + "»";
    }
}
