package org.newsmark.io.webanno;

import java.util.ArrayList;
import java.util.List;
import org.newsmark.domain.CodePointOffsets;
import org.newsmark.domain.Span;

/**
 * Places a target's selection in an article's text. The TextPositionSelector (code points) is
 * taken when it gives the TextQuoteSelector's exact text (or when there is no quote); otherwise
 * the quote is looked for: the one place where exact, prefix and suffix all fit, else the one
 * place where exact and one of them fit, else the one place where exact occurs. Several places
 * at the first level that has any are ambiguous: the Web Annotation model would have the
 * selection "match all of the matches", a tag is one span, so nothing is guessed.
 */
final class QuoteAnchor {

    /** A span, or why there is none. */
    record Placed(Span span, String problem, boolean moved) {
        static Placed at(Span span, boolean moved) {
            return new Placed(span, null, moved);
        }

        static Placed not(String problem) {
            return new Placed(null, problem, false);
        }
    }

    private QuoteAnchor() {
    }

    /**
     * @param start  code point start, or null
     * @param end    code point end, or null
     * @param exact  the quote, or null
     */
    static Placed place(CodePoints article, Long start, Long end, String exact, String prefix, String suffix) {
        String text = article.text();
        Span byPosition = null;
        if (start != null && end != null) {
            int b = article.toUtf16(start);
            int e = article.toUtf16(end);
            if (b >= 0 && e > b) {
                byPosition = new Span(b, e);
            }
        }
        if (exact == null || exact.isEmpty()) {
            return byPosition != null ? Placed.at(byPosition, false)
                    : Placed.not(start == null ? "has neither a usable TextQuoteSelector nor a TextPositionSelector"
                            : "its position " + start + "-" + end + " is not within the article's "
                                    + article.length() + " characters");
        }
        if (byPosition != null && byPosition.textOf(text).equals(exact)) {
            return Placed.at(byPosition, false);
        }
        List<Integer> all = occurrences(text, exact);
        if (all.isEmpty()) {
            return Placed.not("its quote \"" + shortened(exact) + "\" is not in the article");
        }
        List<Integer> both = new ArrayList<>();
        List<Integer> either = new ArrayList<>();
        for (int at : all) {
            boolean before = prefix == null || prefix.isEmpty() || text.startsWith(prefix, at - prefix.length());
            boolean after = suffix == null || suffix.isEmpty() || text.startsWith(suffix, at + exact.length());
            if (before && after) {
                both.add(at);
            } else if (before || after) {
                either.add(at);
            }
        }
        List<Integer> best = !both.isEmpty() ? both : !either.isEmpty() ? either : all;
        if (best.size() > 1) {
            return Placed.not("its quote \"" + shortened(exact) + "\" is in the article " + best.size()
                    + " times and its prefix and suffix do not tell which");
        }
        int at = best.get(0);
        return Placed.at(new Span(at, at + exact.length()), true);
    }

    private static List<Integer> occurrences(String text, String exact) {
        List<Integer> out = new ArrayList<>();
        for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
            out.add(at);
        }
        return out;
    }

    static String shortened(String quote) {
        return CodePointOffsets.shortened(quote, 40);
    }
}
