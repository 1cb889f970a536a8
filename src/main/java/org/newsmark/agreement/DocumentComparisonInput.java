package org.newsmark.agreement;

import java.util.List;

/**
 * One document as the agreement code needs it: its text length (for the character continuum)
 * and the spans of analyst A and analyst B. Every span must end at or before {@code textLength}.
 */
public record DocumentComparisonInput(int textLength, List<LabeledSpan> a, List<LabeledSpan> b) {

    public DocumentComparisonInput {
        if (textLength < 0) throw new IllegalArgumentException("negative text length " + textLength);
        a = List.copyOf(a);
        b = List.copyOf(b);
        for (List<LabeledSpan> spans : List.of(a, b)) {
            for (LabeledSpan s : spans) {
                if (s.end() > textLength) {
                    throw new IllegalArgumentException(s + " ends after the text (length " + textLength + ")");
                }
            }
        }
    }
}
