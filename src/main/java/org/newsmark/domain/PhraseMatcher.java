package org.newsmark.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a word or phrase in a text as the corpus index matches it: whole words, case and accents
 * folded ("Café" finds "cafe"), the words of a phrase separated by anything that is not a letter or
 * digit. Spans are UTF-16 offsets into the original text. (A small matcher of corpus search's own;
 * the find bar's {@code TextFinder} is a separate one with regular expressions and plain text.)
 */
public final class PhraseMatcher {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<String> words;
    private final Pattern pattern;

    public PhraseMatcher(String phrase) {
        this.words = Arrays.stream(NOT_WORD.split(fold(phrase))).filter(w -> !w.isEmpty()).toList();
        this.pattern = words.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])"
                + String.join("[^\\p{L}\\p{N}]+", words.stream().map(Pattern::quote).toList()) + "(?![\\p{L}\\p{N}])");
    }

    /**
     * {@code text}'s words as this matcher compares them (folded, one space between), for an index
     * that does not fold by itself: every phrase found in the text has its words in this.
     */
    public static String indexWords(String text) {
        return NOT_WORD.matcher(fold(text)).replaceAll(" ").strip();
    }

    /** The phrase's words, folded; empty when the phrase holds no letter or digit. */
    public List<String> words() {
        return words;
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** Every hit in {@code text}, in text order, none overlapping. */
    public List<Span> find(String text) {
        if (pattern == null) {
            return List.of();
        }
        Folded f = Folded.of(text);
        List<Span> out = new ArrayList<>();
        Matcher m = pattern.matcher(f.text).useTransparentBounds(true);
        String first = words.get(0);
        // indexOf finds the first word fast; the pattern then checks the word ends and the rest of the phrase
        for (int i = f.text.indexOf(first); i >= 0; i = f.text.indexOf(first, i + 1)) {
            m.region(i, f.text.length());
            if (m.lookingAt()) {
                out.add(new Span(f.begin(m.start()), withMarks(text, f.end(m.end() - 1))));
                i = m.end() - 1;
            }
        }
        return out;
    }

    /** A hit ends after the combining marks of its last letter, which folding dropped: a tag never cuts a letter from its accent. */
    private static int withMarks(String text, int end) {
        while (end < text.length()) {
            int type = Character.getType(text.codePointAt(end));
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.COMBINING_SPACING_MARK) {
                break;
            }
            end += Character.charCount(text.codePointAt(end));
        }
        return end;
    }

    /** Lower case without accents: the form both the phrase and the text are compared in. */
    static String fold(String s) {
        return Folded.of(s).text;
    }

    /** A folded text with, for each of its chars, where the code point it came from begins and ends in the original. */
    private record Folded(String text, int[] begins, int[] ends) {

        int begin(int i) {
            return begins == null ? i : begins[i];
        }

        int end(int i) {
            return ends == null ? i + 1 : ends[i];
        }

        static Folded of(String original) {
            if (original.chars().allMatch(ch -> ch < 128)) {
                return new Folded(original.toLowerCase(Locale.ROOT), null, null); // ASCII: the same offsets
            }
            StringBuilder out = new StringBuilder(original.length());
            int[] begins = new int[original.length() + 8];
            int[] ends = new int[original.length() + 8];
            int n = 0;
            for (int i = 0; i < original.length(); ) {
                int cp = original.codePointAt(i);
                int next = i + Character.charCount(cp);
                String piece;
                if (cp < 128) {
                    piece = null; // the common case, without the cost of normalising
                    out.append(cp >= 'A' && cp <= 'Z' ? (char) (cp + 32) : (char) cp);
                } else {
                    piece = MARKS.matcher(Normalizer.normalize(
                            Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD).toLowerCase(Locale.ROOT),
                            Normalizer.Form.NFD)).replaceAll("");
                    out.append(piece);
                }
                int added = piece == null ? 1 : piece.length();
                if (n + added > begins.length) {
                    begins = Arrays.copyOf(begins, Math.max(begins.length * 2, n + added));
                    ends = Arrays.copyOf(ends, begins.length);
                }
                for (int k = 0; k < added; k++) {
                    begins[n] = i;
                    ends[n] = next;
                    n++;
                }
                i = next;
            }
            return new Folded(out.toString(), begins, ends);
        }
    }
}
