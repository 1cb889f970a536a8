package org.newsmark.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A dialog service for screenless tests: answers come from a script (queued in the order the
 * view-model will ask), every message shown is recorded. A question with no answer queued is
 * answered "cancel".
 */
public final class ScriptedDialogs implements DialogService {

    /** The filters the last chooseFileToOpen offered, in order. */
    public List<FileFilter> openFilters = List.of();

    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    public final List<char[]> passwords = new ArrayList<>();
    private final Deque<Object> answers = new ArrayDeque<>();

    /** Queues an answer: a Path, a List of Paths, a String, a Boolean (confirm), or any chosen value; null means cancel. */
    public ScriptedDialogs answer(Object value) {
        answers.add(value == null ? CANCEL : value);
        return this;
    }

    private static final Object CANCEL = new Object();

    private Object next(String question) {
        questions.add(question);
        Object a = answers.poll();
        return a == CANCEL ? null : a;
    }

    @Override
    public void showError(String header, String message) {
        errors.add(header + ": " + message);
    }

    @Override
    public void showInfo(String header, String message) {
        infos.add(header + ": " + message);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Path> chooseFilesToOpen(String title, List<FileFilter> filters) {
        Object a = next(title);
        return a == null ? List.of() : (List<Path>) a;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileFilter> filters) {
        openFilters = List.copyOf(filters);
        return Optional.ofNullable((Path) next(title));
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, Path folder, String initialName, FileFilter filter) {
        return Optional.ofNullable((Path) next(title + " [" + folder + "/" + initialName + "]"));
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path folder) {
        return Optional.ofNullable((Path) next(title));
    }

    @Override
    public Optional<String> askText(String title, String header, String label, String initial, Function<String, String> problem) {
        String a = (String) next(header);
        if (a != null && problem.apply(a) != null) {
            throw new AssertionError("the dialog would not accept \"" + a + "\": " + problem.apply(a));
        }
        return Optional.ofNullable(a);
    }

    /** Answered with a queued String; every array handed out is kept in {@link #passwords}, to see that it was cleared. */
    @Override
    public Optional<char[]> askPassword(String title, String message) {
        String a = (String) next(message);
        if (a == null) {
            return Optional.empty();
        }
        char[] typed = a.toCharArray();
        passwords.add(typed);
        return Optional.of(typed);
    }

    @Override
    public Optional<String> askLongText(String title, String header, String initial) {
        return Optional.ofNullable((String) next(header));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<T> choose(String title, String header, String label, List<T> choices, T initial) {
        return Optional.ofNullable((T) next(header));
    }

    /** Records the question and its message ({@code header: message}); true only for a queued {@code Boolean.TRUE}. */
    @Override
    public boolean confirm(String title, String header, String message, String action) {
        return Boolean.TRUE.equals(next(header + " " + message + " [" + action + "]"));
    }
}
