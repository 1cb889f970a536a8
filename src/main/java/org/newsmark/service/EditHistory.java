package org.newsmark.service;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Undo and redo stacks, one pair per document and analyst, so that undo never changes a
 * document the analyst is not looking at. Kept in memory: undo history ends with the session.
 * A step is one or more edits (a compound edit such as "accept all matches" undoes as one),
 * with the adjudication decisions it recorded ({@link EditStep}).
 */
final class EditHistory {

    private static final int LIMIT = 1000;

    private record Key(long documentId, long analystId) {
    }

    private final Map<Key, Deque<EditStep>> undo = new HashMap<>();
    private final Map<Key, Deque<EditStep>> redo = new HashMap<>();

    void done(long documentId, long analystId, AnnotationEdit edit) {
        done(documentId, analystId, EditStep.of(edit));
    }

    void done(long documentId, long analystId, EditStep edit) {
        Key key = new Key(documentId, analystId);
        Deque<EditStep> stack = undo.computeIfAbsent(key, k -> new ArrayDeque<>());
        stack.push(edit);
        if (stack.size() > LIMIT) {
            stack.removeLast();
        }
        redo.remove(key);
    }

    void clear() {
        undo.clear();
        redo.clear();
    }

    Optional<EditStep> peekUndo(long documentId, long analystId) {
        return Optional.ofNullable(stack(undo, documentId, analystId).peek());
    }

    Optional<EditStep> peekRedo(long documentId, long analystId) {
        return Optional.ofNullable(stack(redo, documentId, analystId).peek());
    }

    /** Replaces the top undo step (the same step, grown by the links it also takes: see AnnotationService). */
    void replaceUndoTop(long documentId, long analystId, EditStep step) {
        Deque<EditStep> stack = undo.get(new Key(documentId, analystId));
        stack.pop();
        stack.push(step);
    }

    void replaceRedoTop(long documentId, long analystId, EditStep step) {
        Deque<EditStep> stack = redo.get(new Key(documentId, analystId));
        stack.pop();
        stack.push(step);
    }

    /** Moves the top undo step to the redo stack, after it has been reverted in the store. */
    void undone(long documentId, long analystId) {
        Key key = new Key(documentId, analystId);
        redo.computeIfAbsent(key, k -> new ArrayDeque<>()).push(undo.get(key).pop());
    }

    void redone(long documentId, long analystId) {
        Key key = new Key(documentId, analystId);
        undo.computeIfAbsent(key, k -> new ArrayDeque<>()).push(redo.get(key).pop());
    }

    private static Deque<EditStep> stack(Map<Key, Deque<EditStep>> map, long documentId, long analystId) {
        return map.getOrDefault(new Key(documentId, analystId), new ArrayDeque<>());
    }
}
