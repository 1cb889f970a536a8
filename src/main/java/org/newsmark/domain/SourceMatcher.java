package org.newsmark.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Ranks the sources of a project for a name being typed: accents and case do not count, then a
 * source whose name equals, starts with, has a word starting with or contains the typed text comes
 * first, then one whose name is close in spelling (Jaro–Winkler, on the whole name or one of its
 * words), so "Ángela Merkel", "angela merkel", "Merkel" and "Angela Merkl" all find Angela Merkel.
 */
public final class SourceMatcher {

    /** Below this similarity a name is not suggested. */
    static final double MIN_SIMILARITY = 0.88;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private SourceMatcher() {
    }

    /** The key two names share when they differ only in accents, case, punctuation and spacing. */
    public static String key(String name) {
        String decomposed = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_LETTERS.matcher(bare).replaceAll(" ").strip();
    }

    /** The sources to suggest for {@code typed}, best first, at most {@code limit}. */
    public static List<Source> suggest(String typed, List<Source> sources, int limit) {
        String q = key(typed);
        if (q.isEmpty()) {
            return List.of();
        }
        record Scored(Source source, int rank, double similarity) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Source s : sources) {
            String k = key(s.name());
            int rank = rank(q, k);
            double similarity = rank < 4 ? 1 : similarity(q, k);
            if (rank < 4 || similarity >= MIN_SIMILARITY) {
                scored.add(new Scored(s, rank, similarity));
            }
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::rank).thenComparing(Scored::similarity, Comparator.reverseOrder())
                        .thenComparing(x -> x.source().name()))
                .limit(limit).map(Scored::source).toList();
    }

    /** The source named {@code typed} up to accents, case and punctuation, if one is. */
    public static java.util.Optional<Source> exact(String typed, List<Source> sources) {
        String q = key(typed);
        // a name of punctuation only ("—") has an empty key: it matches itself as written
        return sources.stream().filter(s -> q.isEmpty() ? s.name().strip().equals(typed == null ? "" : typed.strip())
                : key(s.name()).equals(q)).findFirst();
    }

    /** 0 same name, 1 prefix, 2 a word's prefix, 3 contained, 4 neither. */
    private static int rank(String q, String k) {
        if (k.equals(q)) {
            return 0;
        }
        if (k.startsWith(q)) {
            return 1;
        }
        if (k.contains(" " + q)) {
            return 2;
        }
        return k.contains(q) ? 3 : 4;
    }

    /** The best of the whole name and each of its words against the typed text. */
    private static double similarity(String q, String k) {
        double best = JARO_WINKLER.apply(q, k);
        if (!q.contains(" ")) {
            for (String word : k.split(" ")) {
                best = Math.max(best, JARO_WINKLER.apply(q, word));
            }
        }
        return best;
    }
}
