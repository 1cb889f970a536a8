package org.newsmark.service;

import org.newsmark.domain.Span;

/**
 * Stored texts use {@code \n} only (docs/decisions/0003). A brat or SemEval text with CR
 * characters counts them in its offsets, so its spans are shifted as the CRs are removed.
 */
record LineEnds(String text, int[] removedBefore) {

    static LineEnds of(String raw) {
        if (raw.indexOf('\r') < 0) {
            return new LineEnds(raw, null);
        }
        int[] removed = new int[raw.length() + 1];
        StringBuilder sb = new StringBuilder(raw.length());
        int count = 0;
        for (int i = 0; i < raw.length(); i++) {
            removed[i] = count;
            char c = raw.charAt(i);
            if (c == '\r') {
                count++;
                if (i + 1 >= raw.length() || raw.charAt(i + 1) != '\n') {
                    sb.append('\n');
                    count--;
                }
            } else {
                sb.append(c);
            }
        }
        removed[raw.length()] = count;
        return new LineEnds(sb.toString(), removed);
    }

    Span map(Span raw) {
        if (removedBefore == null) {
            return raw;
        }
        return new Span(raw.begin() - removedBefore[raw.begin()], raw.end() - removedBefore[raw.end()]);
    }
}
