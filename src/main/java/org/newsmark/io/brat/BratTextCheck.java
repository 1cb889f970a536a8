package org.newsmark.io.brat;

import java.util.ArrayList;
import java.util.List;

import org.newsmark.domain.CodePointOffsets;
import org.newsmark.domain.Span;
import org.newsmark.io.ImportException;
import org.newsmark.io.SpanTextCheck;

/**
 * Checks a T line against its {@code .txt}: every fragment inside the text, and the third column
 * equal to the fragments' texts joined with a space (brat's convention for discontinuous spans).
 * Line breaks and tabs in the article slice compare as spaces, because a {@code .ann} line
 * cannot hold them (our writer replaces them too).
 */
public final class BratTextCheck {

    private BratTextCheck() {
    }

    /** @return one UTF-16 span per fragment, in file order */
    public static List<Span> verify(String annFileName, BratTextBound tb, String articleText,
                                    CodePointOffsets offsets) throws ImportException {
        List<Span> spans = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        for (BratFragment f : tb.fragments()) {
            Span span = SpanTextCheck.toUtf16(annFileName, tb.line(), offsets, f.begin(), f.end());
            spans.add(span);
            if (!joined.isEmpty()) {
                joined.append(' ');
            }
            joined.append(span.textOf(articleText));
        }
        String actual = flatten(joined.toString());
        if (!actual.equals(flatten(tb.text()))) {
            String where = tb.fragments().stream().map(f -> f.begin() + "–" + f.end())
                    .reduce((a, b) -> a + ";" + b).orElse("");
            throw new ImportException(annFileName, tb.line(), tb.id() + " text '" + tb.text()
                    + "' does not match the article's '" + actual + "' at " + where);
        }
        return spans;
    }

    static String flatten(String s) {
        return s.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
    }
}
