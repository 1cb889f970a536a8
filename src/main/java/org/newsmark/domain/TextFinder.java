package org.newsmark.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Finds every hit of a {@link FindQuery} in a text: the engine of Find in the article and of
 * tagging every match, kept free of any screen so corpus-wide search can reuse it. Hits are
 * leftmost and never overlap ("aa" in "aaaa" is found twice, as java.util.regex finds), empty
 * matches are skipped, and a hit that would begin or end inside a surrogate pair is dropped (it
 * could not be a tag). Whole word is checked on code points at both ends of a hit, not with
 * {@code \b}, whose idea of a word differs from {@code \w}'s in Java 17: no letter, digit, mark
 * or connector just before the hit, none just after (a combining mark after "cafe" makes it
 * "café"). See docs/decisions/0024-find-in-the-article.md.
 */
public final class TextFinder {

    /** More hits than anyone reads; the search stops there and says so. */
    public static final int DEFAULT_LIMIT = 100_000;

    private TextFinder() {
    }

    public static FindResult find(CharSequence text, FindQuery query) {
        return find(text, query, DEFAULT_LIMIT, TaskControl.NONE);
    }

    /**
     * The hits of {@code query} in {@code text}, at most {@code limit}. {@code control} is asked
     * while the expression runs (every few thousand characters it reads), so a runaway regular
     * expression can be stopped: it then throws {@link TaskControl.CancelledException}.
     *
     * @throws FindPatternException when the query is a regular expression that does not compile
     */
    public static FindResult find(CharSequence text, FindQuery query, int limit, TaskControl control) {
        if (query.isEmpty() || text.length() == 0) {
            return FindResult.NONE;
        }
        if (!query.regex()) {
            return findPlain(text.toString(), query, limit, control);
        }
        Matcher m = compile(query).matcher(control == TaskControl.NONE ? text : new WatchedText(text, control));
        List<Span> hits = new ArrayList<>();
        int from = 0;
        while (from <= text.length() && m.find(from)) {
            int b = m.start();
            int e = m.end();
            if (e == b) {
                from = e + 1; // an empty match: nothing to show or tag
                continue;
            }
            if (splitsPair(text, b) || splitsPair(text, e) || (query.wholeWord() && !wholeWord(text, b, e))) {
                from = b + 1; // a shorter hit may start inside this one
                continue;
            }
            if (hits.size() == limit) {
                return new FindResult(hits, true);
            }
            hits.add(new Span(b, e));
            from = e;
        }
        return new FindResult(hits, false);
    }

    /**
     * Plain text by {@code indexOf}, ten times faster than a quoted pattern: without Match case
     * both sides are folded first, character for character (upper case, then lower, as
     * {@code Pattern.UNICODE_CASE} compares), so the offsets in the folded text are the text's.
     */
    private static FindResult findPlain(String text, FindQuery query, int limit, TaskControl control) {
        String haystack = query.matchCase() ? text : fold(text);
        String needle = query.matchCase() ? query.text() : fold(query.text());
        List<Span> hits = new ArrayList<>();
        int from = 0;
        for (int b = haystack.indexOf(needle, from); b >= 0; b = haystack.indexOf(needle, from)) {
            int e = b + needle.length();
            if (splitsPair(text, b) || splitsPair(text, e) || (query.wholeWord() && !wholeWord(text, b, e))) {
                from = b + 1;
                continue;
            }
            if (hits.size() == limit) {
                return new FindResult(hits, true);
            }
            if ((hits.size() & 0xFFF) == 0) {
                control.checkCancelled();
            }
            hits.add(new Span(b, e));
            from = e;
        }
        return new FindResult(hits, false);
    }

    /** Case folded code point by code point, keeping every offset (a fold that would change the length is left out). */
    static String fold(String s) {
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; ) {
            int cp = Character.codePointAt(out, i);
            int n = Character.charCount(cp);
            int folded = Character.toLowerCase(Character.toUpperCase(cp));
            if (Character.charCount(folded) == n) {
                Character.toChars(folded, out, i);
            }
            i += n;
        }
        return new String(out);
    }

    /** The query as a pattern; plain text is quoted. */
    public static Pattern compile(FindQuery query) {
        int flags = query.matchCase() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        if (!query.regex()) {
            return Pattern.compile(Pattern.quote(query.text()), flags);
        }
        try {
            return Pattern.compile(query.text(), flags | Pattern.MULTILINE);
        } catch (PatternSyntaxException e) {
            throw new FindPatternException(describe(e), e.getDescription() + where(e, ""));
        }
    }

    /** "Unclosed group at the end of: (ab", "Dangling meta character '*' at position 1 of: *ab" (positions from 1). */
    static String describe(PatternSyntaxException e) {
        return e.getDescription() + where(e, " of") + ": " + e.getPattern();
    }

    /** " at the end", " at position 5" (from 1), or nothing when the index is unknown; then {@code of}. */
    private static String where(PatternSyntaxException e, String of) {
        int at = e.getIndex();
        if (at < 0) {
            return of.isEmpty() ? "" : " in";
        }
        return (at >= e.getPattern().length() ? " at the end" : " at position " + (at + 1)) + of;
    }

    static boolean wholeWord(CharSequence text, int begin, int end) {
        boolean before = begin > 0 && isWordPart(Character.codePointBefore(text, begin));
        boolean after = end < text.length() && isWordPart(Character.codePointAt(text, end));
        return !before && !after;
    }

    /** Letters, digits, marks (a combining accent belongs to the letter before it) and connectors such as '_'. */
    static boolean isWordPart(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.CONNECTOR_PUNCTUATION;
    }

    private static boolean splitsPair(CharSequence text, int at) {
        return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1)) && Character.isLowSurrogate(text.charAt(at));
    }

    /** The text as the matcher reads it, asking {@code control} now and then whether to go on. */
    private static final class WatchedText implements CharSequence {

        private final CharSequence text;
        private final TaskControl control;
        private int reads;

        WatchedText(CharSequence text, TaskControl control) {
            this.text = text;
            this.control = control;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xFFF) == 0) {
                control.checkCancelled();
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
