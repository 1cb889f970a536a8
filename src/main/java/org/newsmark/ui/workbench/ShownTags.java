package org.newsmark.ui.workbench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.collections.ModifiableObservableListBase;
import javafx.collections.ObservableList;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;

/**
 * The one list of tags on screen, in text order, that the editor and the tag table both draw
 * from; with the count per label. A committed change is applied by binary search as ONE list
 * change (a changed tag is one event, however far it moved), and the counts are adjusted, never
 * rebuilt: a tag in a document of 20,000 costs the same as in one of 20 (docs/performance.md).
 */
final class ShownTags {

    private final TagList list = new TagList();
    private final Map<Long, Long> countsByLabel = new HashMap<>();

    ObservableList<Annotation> list() {
        return list;
    }

    void setAll(List<Annotation> tags) {
        list.setAll(tags);
        countsByLabel.clear();
        for (Annotation a : tags) {
            countsByLabel.merge(a.labelId(), 1L, Long::sum);
        }
    }

    /** Removes the tag as it was ({@code before}, may be null) and inserts it as it became ({@code after}, may be null), as one change. */
    void apply(Annotation before, Annotation after) {
        int at = before == null ? -1 : indexOf(before);
        if (before != null && at < 0) {
            // not shown (an edit elsewhere raced this one): start again from what is known
            List<Annotation> all = new ArrayList<>(list);
            if (after != null) {
                all.add(after);
            }
            all.sort((x, y) -> x.span().compareTo(y.span()));
            setAll(all);
            return;
        }
        list.replace(at, after);
        if (before != null) {
            countsByLabel.merge(before.labelId(), -1L, Long::sum);
        }
        if (after != null) {
            countsByLabel.merge(after.labelId(), 1L, Long::sum);
        }
    }

    long count(long labelId) {
        return countsByLabel.getOrDefault(labelId, 0L);
    }

    /** "claim 3  ·  statistic 1  ·  …" for the status bar. */
    String countsText(List<Label> labels) {
        return labels.stream().map(l -> l.name() + " " + count(l.id())).collect(Collectors.joining("  ·  "));
    }

    /**
     * The tag to select at {@code offset} (a caret): of the tags over the character after it (else
     * the one before it), the innermost; when {@code current} is one of them, the next larger one,
     * round to the innermost again. Null when no tag is there.
     */
    Annotation at(int offset, Annotation current) {
        List<Annotation> here = covering(offset);
        if (here.isEmpty() && offset > 0) {
            here = covering(offset - 1);
        }
        if (here.isEmpty()) {
            return null;
        }
        here.sort((x, y) -> x.span().length() != y.span().length()
                ? Integer.compare(x.span().length(), y.span().length()) : x.span().compareTo(y.span()));
        for (int i = 0; current != null && i < here.size(); i++) {
            if (here.get(i).id() == current.id()) {
                return here.get((i + 1) % here.size());
            }
        }
        return here.get(0);
    }

    /** The tag after {@code current} in text order, or (none selected) the first starting at or after {@code caret}; round to the first. */
    Annotation next(Annotation current, int caret) {
        if (list.isEmpty()) {
            return null;
        }
        int i = current == null ? -1 : indexOf(current);
        if (i >= 0) {
            return list.get((i + 1) % list.size());
        }
        int after = firstBeginningAtOrAfter(caret);
        return list.get(after < list.size() ? after : 0);
    }

    /** The tag before {@code current} in text order, or (none selected) the last starting before {@code caret}; round to the last. */
    Annotation previous(Annotation current, int caret) {
        if (list.isEmpty()) {
            return null;
        }
        int i = current == null ? -1 : indexOf(current);
        if (i >= 0) {
            return list.get((i - 1 + list.size()) % list.size());
        }
        int before = firstBeginningAtOrAfter(caret) - 1;
        return list.get(before >= 0 ? before : list.size() - 1);
    }

    /** Tags over the character at {@code offset}: a binary search for the tags beginning up to it, then a scan back. */
    private List<Annotation> covering(int offset) {
        List<Annotation> out = new ArrayList<>();
        for (int i = firstBeginningAtOrAfter(offset + 1) - 1; i >= 0; i--) {
            if (list.get(i).span().contains(offset)) {
                out.add(list.get(i));
            }
        }
        return out;
    }

    private int firstBeginningAtOrAfter(int offset) {
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

    /** Index of the tag with {@code a}'s id: searched among equal spans first, then (list out of order) everywhere. */
    int indexOf(Annotation a) {
        for (int i = list.insertionPoint(a.span()) - 1; i >= 0 && list.get(i).span().equals(a.span()); i--) {
            if (list.get(i).id() == a.id()) {
                return i;
            }
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id() == a.id()) {
                return i;
            }
        }
        return -1;
    }

    /** An observable list in span order whose remove-and-insert is a single change. */
    private static final class TagList extends ModifiableObservableListBase<Annotation> {
        private final List<Annotation> items = new ArrayList<>();

        /** Removes the tag at {@code removeAt} (when not negative) and inserts {@code add} (when not null) in place. */
        void replace(int removeAt, Annotation add) {
            beginChange();
            try {
                if (removeAt >= 0 && add != null && sameSlot(removeAt, add.span())) {
                    set(removeAt, add);
                    return;
                }
                if (removeAt >= 0) {
                    remove(removeAt);
                }
                if (add != null) {
                    add(insertionPoint(add.span()), add);
                }
            } finally {
                endChange();
            }
        }

        /** Whether {@code span} may take the place of the tag at {@code i} without breaking the order. */
        private boolean sameSlot(int i, Span span) {
            return (i == 0 || items.get(i - 1).span().compareTo(span) <= 0)
                    && (i + 1 >= items.size() || span.compareTo(items.get(i + 1).span()) <= 0);
        }

        /** The first index whose span is after {@code span}: binary search. */
        int insertionPoint(Span span) {
            int lo = 0;
            int hi = items.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (items.get(mid).span().compareTo(span) <= 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        @Override
        public Annotation get(int index) {
            return items.get(index);
        }

        @Override
        public int size() {
            return items.size();
        }

        @Override
        protected void doAdd(int index, Annotation element) {
            items.add(index, element);
        }

        @Override
        protected Annotation doSet(int index, Annotation element) {
            return items.set(index, element);
        }

        @Override
        protected Annotation doRemove(int index) {
            return items.remove(index);
        }
    }
}
