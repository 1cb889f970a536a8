package org.newsmark.io.xmi;

import java.text.BreakIterator;
import java.util.Locale;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;

/**
 * DKPro Core's {@code Sentence} and {@code Token} annotations for a CAS's text, as INCEpTION's own
 * import adds them to every document (it refuses a document in which it finds none): the JDK's
 * {@link BreakIterator} sentence bounds, cut at line breaks too (an article's paragraphs), with the
 * white space around each sentence left out, and within each sentence its word bounds, white space
 * skipped. Offsets are UTF-16, a surrogate pair
 * is never split. Newsmark's reader passes over both types.
 */
final class Segmentation {

    private Segmentation() {
    }

    /** Adds the sentences and tokens of {@code cas}'s text, the language tag (or none) choosing the rules. */
    static void annotate(CAS cas, String language) {
        String text = cas.getDocumentText();
        Locale locale = language == null || language.isBlank() ? Locale.ROOT : Locale.forLanguageTag(language);
        Type sentenceType = cas.getTypeSystem().getType(XmiTypes.SENTENCE);
        Type tokenType = cas.getTypeSystem().getType(XmiTypes.TOKEN);
        BreakIterator sentences = BreakIterator.getSentenceInstance(locale);
        BreakIterator words = BreakIterator.getWordInstance(locale);
        sentences.setText(text);
        int begin = sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE; begin = end, end = sentences.next()) {
            for (int from = begin; from < end; ) {
                int to = lineEnd(text, from, end);
                int b = skipSpace(text, from, to);
                int e = trimSpace(text, b, to);
                if (e > b) {
                    cas.addFsToIndexes(cas.createAnnotation(sentenceType, b, e));
                    tokens(cas, tokenType, words, text, b, e);
                }
                from = to;
            }
        }
    }

    private static void tokens(CAS cas, Type tokenType, BreakIterator words, String text, int b, int e) {
        words.setText(text.substring(b, e));
        int from = words.first();
        for (int to = words.next(); to != BreakIterator.DONE; from = to, to = words.next()) {
            if (skipSpace(text, b + from, b + to) < b + to) {
                cas.addFsToIndexes(cas.createAnnotation(tokenType, b + from, b + to));
            }
        }
    }

    /** Just after the first line break in {@code [from, end)} that has text before it, else {@code end}. */
    private static int lineEnd(String text, int from, int end) {
        boolean seenText = false;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
            if (lineBreak && seenText) {
                return i + 1;
            }
            seenText |= !Character.isWhitespace(c);
        }
        return end;
    }

    private static int skipSpace(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return Math.min(i, to);
    }

    private static int trimSpace(String text, int from, int to) {
        int i = to;
        while (i > from && Character.isWhitespace(text.codePointBefore(i))) {
            i -= Character.charCount(text.codePointBefore(i));
        }
        return Math.max(i, from);
    }
}
