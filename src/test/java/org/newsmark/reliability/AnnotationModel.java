package org.newsmark.reliability;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A plain in-memory mirror of what AnnotationService promises: a map of tags plus undo/redo
 * stacks per document and analyst, where a new edit clears redo and undoing a delete restores
 * the same id. Timestamps are left out: they are not part of the promise being tested.
 */
final class AnnotationModel {

    /** One tag as the model sees it. */
    record Row(long id, long documentId, long analystId, long labelId, int begin, int end, String note) {

        Row withLabel(long label) {
            return new Row(id, documentId, analystId, label, begin, end, note);
        }

        Row withSpan(int b, int e) {
            return new Row(id, documentId, analystId, labelId, b, e, note);
        }

        Row withNote(String n) {
            return new Row(id, documentId, analystId, labelId, begin, end, n);
        }

        static Row of(org.newsmark.domain.Annotation a) {
            return new Row(a.id(), a.documentId(), a.analystId(), a.labelId(), a.begin(), a.end(), a.note());
        }

        boolean sameKey(Row o) {
            return documentId == o.documentId && analystId == o.analystId && labelId == o.labelId
                    && begin == o.begin && end == o.end;
        }
    }

    record Edit(Row before, Row after) {
    }

    private record Key(long documentId, long analystId) {
    }

    private static final int UNDO_LIMIT = 1000;

    private final Map<Long, Row> rows = new TreeMap<>();
    private final Map<Key, Deque<Edit>> undo = new HashMap<>();
    private final Map<Key, Deque<Edit>> redo = new HashMap<>();

    Map<Long, Row> rows() {
        return Map.copyOf(rows);
    }

    /** Whether the service must refuse {@code r} as a twin of another tag (the UNIQUE key). */
    boolean hasTwin(Row r) {
        return rows.values().stream().anyMatch(o -> o.id() != r.id() && o.sameKey(r));
    }

    void done(Row before, Row after) {
        apply(before, after);
        Key key = keyOf(before != null ? before : after);
        Deque<Edit> stack = undo.computeIfAbsent(key, k -> new ArrayDeque<>());
        stack.push(new Edit(before, after));
        if (stack.size() > UNDO_LIMIT) {
            stack.removeLast();
        }
        redo.remove(key);
    }

    /** The edit undo would revert next for that document and analyst. */
    Optional<Edit> peekUndo(long documentId, long analystId) {
        return Optional.ofNullable(undo.getOrDefault(new Key(documentId, analystId), new ArrayDeque<>()).peek());
    }

    Optional<Edit> peekRedo(long documentId, long analystId) {
        return Optional.ofNullable(redo.getOrDefault(new Key(documentId, analystId), new ArrayDeque<>()).peek());
    }

    void undo(long documentId, long analystId) {
        Key key = new Key(documentId, analystId);
        Edit e = undo.get(key).pop();
        apply(e.after(), e.before());
        redo.computeIfAbsent(key, k -> new ArrayDeque<>()).push(e);
    }

    void redo(long documentId, long analystId) {
        Key key = new Key(documentId, analystId);
        Edit e = redo.get(key).pop();
        apply(e.before(), e.after());
        undo.computeIfAbsent(key, k -> new ArrayDeque<>()).push(e);
    }

    /** Starts from rows already in a project, with empty history (undo ends with the session). */
    void load(Map<Long, Row> existing) {
        rows.clear();
        rows.putAll(existing);
        undo.clear();
        redo.clear();
    }

    private void apply(Row from, Row to) {
        if (to == null) {
            rows.remove(from.id());
        } else {
            rows.put(to.id(), to);
        }
    }

    private static Key keyOf(Row r) {
        return new Key(r.documentId(), r.analystId());
    }
}
