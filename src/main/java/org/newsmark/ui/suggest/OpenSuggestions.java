package org.newsmark.ui.suggest;

import java.util.ArrayList;
import java.util.List;
import org.newsmark.domain.suggest.Suggestion;

/**
 * The open suggestions of one article in text order, with what the editor and the keys ask of
 * them: those over the text on screen, the first at or after the caret. Claims are sentences, so
 * a suggestion may begin far before the screen: the longest one bounds how far back to look.
 */
record OpenSuggestions(List<Suggestion> list, int longest) {

    static final OpenSuggestions NONE = new OpenSuggestions(List.of(), 0);

    static OpenSuggestions of(List<Suggestion> sorted) {
        int longest = 0;
        for (Suggestion s : sorted) {
            longest = Math.max(longest, s.span().length());
        }
        return new OpenSuggestions(List.copyOf(sorted), longest);
    }

    int size() {
        return list.size();
    }

    Suggestion get(int i) {
        return list.get(i);
    }

    /** The index of the first suggestion that begins at {@code offset} or after ({@link #size()} when none). */
    int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).begin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The suggestions that overlap {@code [from, to)}, in text order. */
    List<Suggestion> overlapping(int from, int to) {
        List<Suggestion> out = new ArrayList<>();
        for (int i = firstAtOrAfter(Math.max(0, from - longest)); i < list.size() && list.get(i).begin() < to; i++) {
            Suggestion s = list.get(i);
            if (s.end() > from) {
                out.add(s);
            }
        }
        return out;
    }

    /** Where {@code s} is in the list now (kind and span), or -1. */
    int indexOf(Suggestion s) {
        for (int i = firstAtOrAfter(s.begin()); i < list.size() && list.get(i).begin() == s.begin(); i++) {
            if (list.get(i).sameAs(s.kind(), s.span())) {
                return i;
            }
        }
        return -1;
    }

    long count(org.newsmark.domain.suggest.SuggestionKind kind) {
        return list.stream().filter(s -> s.kind() == kind).count();
    }
}
