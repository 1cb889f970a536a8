package org.newsmark.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every question and message a view-model puts to the user, so that view-models never touch a
 * window and tests answer with a fake (JabRef's DialogService shape). Each call blocks until
 * the user answers and is made on the UI thread.
 */
public interface DialogService {

    void showError(String header, String message);

    void showInfo(String header, String message);

    List<Path> chooseFilesToOpen(String title, List<FileFilter> filters);

    Optional<Path> chooseFileToOpen(String title, List<FileFilter> filters);

    /** @param folder where the chooser starts (null: the system's choice) */
    Optional<Path> chooseFileToSave(String title, Path folder, String initialName, FileFilter filter);

    Optional<Path> chooseFolder(String title, Path folder);

    /** A line of text; empty when cancelled. */
    default Optional<String> askText(String title, String header, String label, String initial) {
        return askText(title, header, label, initial, text -> null);
    }

    /**
     * A line of text that {@code problem} accepts: it returns null for an acceptable text, else
     * why not (shown under the question, with OK disabled). Empty when cancelled.
     */
    Optional<String> askText(String title, String header, String label, String initial, Function<String, String> problem);

    /**
     * A password, typed unseen (OK stays disabled while it is empty); empty when cancelled. The
     * caller clears the array once it is used.
     */
    Optional<char[]> askPassword(String title, String message);

    /** Longer text (a note): Enter is a new line, Ctrl+Enter saves, Esc cancels; empty when cancelled. */
    Optional<String> askLongText(String title, String header, String initial);

    /** One of {@code choices}; empty when cancelled. */
    <T> Optional<T> choose(String title, String header, String label, List<T> choices, T initial);

    /**
     * Asks before something that is hard to take back: {@code action} names the button that does
     * it ("Delete"), the other one cancels and is the default. True when the user chose the action.
     */
    boolean confirm(String title, String header, String message, String action);
}
