package org.newsmark.domain.anchor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsmark.domain.Span;

/**
 * Finds where the tags of an old version of an article belong in its new version (UTF-16 spans,
 * half-open). First the diff ({@link TextMapping}): a tag whose exact text sits where the diff puts
 * it is KEPT. Otherwise its quote is looked for, W3C TextQuoteSelector style: every place the same
 * text occurs (line ends CRLF and LF count as the same), scored by how much of the 64 characters
 * before and after it match; one best place is MOVED there (KEPT when it is the diff's), several equal
 * ones are AMBIGUOUS. A quote found nowhere is CHANGED when the diff still knows
 * its place (the text was edited), GONE when not. A span never ends inside a surrogate pair, nor
 * before a combining mark the old text did not have there.
 */
public final class Reanchorer {

    /** Characters of context compared on each side of a quote. */
    static final int CONTEXT = 64;

    /** Unchanged characters beside a span that make the diff's place for it trusted. */
    static final int NEIGHBOURS = 4;

    private final String oldText;
    private final String newText;
    private final TextMapping mapping;

    public Reanchorer(String oldText, String newText) {
        this.oldText = oldText;
        this.newText = newText;
        this.mapping = TextMapping.between(oldText, newText);
    }

    /** Where the old {@code span} goes. */
    public Placement place(Span span) {
        int b = span.begin();
        int e = span.end();
        if (e > oldText.length()) {
            throw new IllegalArgumentException(span + " is outside the old text of " + oldText.length() + " characters");
        }
        String quote = oldText.substring(b, e);
        Span mapped = mapped(b, e);
        boolean mappedHolds = mapped != null && clean(mapped, e) && sameText(mapped, quote);
        if (mappedHolds && neighboursMapped(b, e, mapped)) {
            return Placement.carried(Outcome.KEPT, mapped);
        }
        List<Span> found = occurrences(quote, e);
        if (found.isEmpty()) {
            Span edited = editedPlace(b, e);
            return edited == null ? Placement.review(Outcome.GONE, List.of()) : Placement.review(Outcome.CHANGED, List.of(edited));
        }
        List<Span> best = best(found, b, e);
        if (best.size() == 1) {
            Span s = best.get(0);
            return Placement.carried(mappedHolds && s.equals(mapped) ? Outcome.KEPT : Outcome.MOVED, s);
        }
        return Placement.review(Outcome.AMBIGUOUS, best);
    }

    /**
     * The pieces of one discontinuous tag move together: all carried, or all to review, each with
     * the outcome of the first piece that was not carried (a carried piece offers its own place).
     */
    public List<Placement> placeGroup(List<Span> pieces) {
        List<Placement> each = pieces.stream().map(this::place).toList();
        Placement failed = each.stream().filter(p -> !p.outcome().carried()).findFirst().orElse(null);
        if (failed == null) {
            return each;
        }
        return each.stream().map(p -> p.outcome().carried() ? Placement.review(failed.outcome(), List.of(p.span()))
                : Placement.review(failed.outcome(), p.candidates())).toList();
    }

    /** The new span between where the diff puts the first and the last character, when it keeps both. */
    private Span mapped(int b, int e) {
        int nb = mapping.map(b);
        int nl = mapping.map(e - 1);
        return nb >= 0 && nl >= nb ? new Span(nb, nl + 1) : null;
    }

    /**
     * The diff keeps the {@link #NEIGHBOURS} characters on one side of the span next to it too (or
     * all of them up to the text's edge): a lone character the diff happens to keep in a rewritten
     * passage is no evidence, a run around the tag is.
     */
    private boolean neighboursMapped(int b, int e, Span mapped) {
        int i = b - 1;
        int j = mapped.begin() - 1;
        int left = 0;
        while (left < NEIGHBOURS) {
            i = skipCrBack(oldText, i);
            j = skipCrBack(newText, j);
            if (i < 0) {
                return true;
            }
            if (j < 0 || mapping.map(i) != j) {
                break;
            }
            left++;
            i--;
            j--;
        }
        if (left == NEIGHBOURS) {
            return true;
        }
        i = e;
        j = mapped.end();
        for (int right = 0; right < NEIGHBOURS; right++) {
            i = skipCr(oldText, i);
            j = skipCr(newText, j);
            if (i >= oldText.length()) {
                return true;
            }
            if (j >= newText.length() || mapping.map(i) != j) {
                return false;
            }
            i++;
            j++;
        }
        return true;
    }

    private boolean sameText(Span s, String quote) {
        String there = newText.substring(s.begin(), s.end());
        return there.equals(quote) || lf(there).equals(lf(quote));
    }

    /** Every clean place in the new text holding the quote, with its line ends as they are or as CRLF or LF. */
    private List<Span> occurrences(String quote, int oldEnd) {
        Set<String> forms = new LinkedHashSet<>(List.of(quote, lf(quote), lf(quote).replace("\n", "\r\n")));
        List<Span> out = new ArrayList<>();
        for (String form : forms) {
            for (int i = newText.indexOf(form); i >= 0; i = newText.indexOf(form, i + 1)) {
                Span s = new Span(i, i + form.length());
                if (clean(s, oldEnd)) {
                    out.add(s);
                }
            }
        }
        out.sort(null);
        return out;
    }

    /** The places with the highest context score. */
    private List<Span> best(List<Span> found, int b, int e) {
        int top = -1;
        List<Span> out = new ArrayList<>();
        for (Span s : found) {
            int score = contextBefore(b, s.begin()) + contextAfter(e, s.end());
            if (score > top) {
                top = score;
                out.clear();
            }
            if (score == top) {
                out.add(s);
            }
        }
        return out;
    }

    /** How many characters before old {@code b} and new {@code n} agree, reading backwards, carriage returns skipped. */
    private int contextBefore(int b, int n) {
        int i = b - 1;
        int j = n - 1;
        int same = 0;
        while (same < CONTEXT) {
            i = skipCrBack(oldText, i);
            j = skipCrBack(newText, j);
            if (i < 0 || j < 0 || oldText.charAt(i) != newText.charAt(j)) {
                break;
            }
            same++;
            i--;
            j--;
        }
        return same;
    }

    private int contextAfter(int e, int n) {
        int i = e;
        int j = n;
        int same = 0;
        while (same < CONTEXT) {
            i = skipCr(oldText, i);
            j = skipCr(newText, j);
            if (i >= oldText.length() || j >= newText.length() || oldText.charAt(i) != newText.charAt(j)) {
                break;
            }
            same++;
            i++;
            j++;
        }
        return same;
    }

    private static int skipCrBack(String t, int i) {
        while (i >= 0 && t.charAt(i) == '\r') {
            i--;
        }
        return i;
    }

    private static int skipCr(String t, int i) {
        while (i < t.length() && t.charAt(i) == '\r') {
            i++;
        }
        return i;
    }

    /**
     * Where an edited span's text now is. Each end is where the diff puts that end's character,
     * or, when that character changed, the edge of the unchanged text next to it (outside the
     * span, else the nearest the diff keeps inside it). Null when no end can be placed.
     */
    private Span editedPlace(int b, int e) {
        int begin = mapping.map(b);
        if (begin < 0) {
            begin = b == 0 ? 0 : mapping.map(b - 1) >= 0 ? mapping.map(b - 1) + 1 : firstMappedIn(b, e);
        }
        int end = mapping.map(e - 1) >= 0 ? mapping.map(e - 1) + 1 : -1;
        if (end < 0) {
            end = e == oldText.length() ? newText.length() : mapping.map(e) >= 0 ? mapping.map(e) : lastMappedIn(b, e) + 1;
        }
        return begin >= 0 && end > begin ? widened(new Span(begin, end)) : null;
    }

    private int firstMappedIn(int b, int e) {
        for (int i = b; i < e; i++) {
            if (mapping.map(i) >= 0) {
                return mapping.map(i);
            }
        }
        return -1;
    }

    private int lastMappedIn(int b, int e) {
        for (int i = e - 1; i >= b; i--) {
            if (mapping.map(i) >= 0) {
                return mapping.map(i);
            }
        }
        return -1;
    }

    /** {@code s} grown so that neither end splits a surrogate pair or leaves a combining mark behind. */
    private Span widened(Span s) {
        int begin = s.begin();
        int end = s.end();
        if (begin > 0 && Character.isLowSurrogate(newText.charAt(begin)) && Character.isHighSurrogate(newText.charAt(begin - 1))) {
            begin--;
        }
        if (end < newText.length() && Character.isLowSurrogate(newText.charAt(end)) && Character.isHighSurrogate(newText.charAt(end - 1))) {
            end++;
        }
        while (end < newText.length() && isMark(newText.charAt(end))) {
            end++;
        }
        return new Span(begin, end);
    }

    /**
     * Neither end inside a surrogate pair, and no combining mark right after the end unless the old
     * text had one after the tag too (a tag on "e" of "e\u0301" stays as the analyst made it).
     */
    private boolean clean(Span s, int oldEnd) {
        int b = s.begin();
        int e = s.end();
        if (b > 0 && Character.isLowSurrogate(newText.charAt(b)) && Character.isHighSurrogate(newText.charAt(b - 1))) {
            return false;
        }
        if (e < newText.length() && Character.isLowSurrogate(newText.charAt(e)) && Character.isHighSurrogate(newText.charAt(e - 1))) {
            return false;
        }
        boolean markAfterBefore = oldEnd < oldText.length() && isMark(oldText.charAt(oldEnd));
        return e >= newText.length() || !isMark(newText.charAt(e)) || markAfterBefore;
    }

    private static boolean isMark(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    private static String lf(String s) {
        return s.replace("\r\n", "\n");
    }
}
