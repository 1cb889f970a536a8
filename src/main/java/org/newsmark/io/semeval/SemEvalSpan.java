package org.newsmark.io.semeval;

import org.newsmark.domain.Span;

/** One labelled span of a SemEval-2020 Task 11 label file: code points as in the file, plus UTF-16. */
public record SemEvalSpan(String label, int begin, int end, Span utf16, long line) {
}
