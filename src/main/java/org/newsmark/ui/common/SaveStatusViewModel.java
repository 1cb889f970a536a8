package org.newsmark.ui.common;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.newsmark.service.AnnotationConflictException;
import org.newsmark.service.port.NotSavedException;

/**
 * What a window says about the last action and about saving, shared by the workbench and the
 * compare view. Every edit runs through {@link #attempt}: a refused edit becomes a message, a
 * failed write a red "NOT SAVED" and an error dialog.
 */
public final class SaveStatusViewModel {

    public static final String SAVED = "All changes saved";

    private final StringProperty message = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper("");
    private final DialogService dialogs;
    private boolean connected = true;

    /** @param readOnlyReason why nothing can be saved here, or null when the project is writable */
    public SaveStatusViewModel(DialogService dialogs, String readOnlyReason) {
        this.dialogs = dialogs;
        saveState.set(readOnlyReason != null ? "Read-only: " + readOnlyReason : SAVED);
    }

    /** The last thing done or refused, in words. */
    public StringProperty message() {
        return message;
    }

    /** "All changes saved", "Read-only: …" or "NOT SAVED: …". */
    public ReadOnlyStringProperty saveState() {
        return saveState.getReadOnlyProperty();
    }

    /** A team project's connection was lost (edits are refused until it is back) or is back. */
    public static final String NOT_CONNECTED = "NOT CONNECTED";

    public void connection(boolean up, String why) {
        connected = up;
        if (up) {
            saveState.set(SAVED);
            message.set(why);
        } else {
            // two words, so that in a narrow window the message line beside it keeps room for what
            // the loss and each refused edit say (its tooltip holds the whole text)
            saveState.set(NOT_CONNECTED);
            message.set(why);
        }
    }

    public boolean notSaved() {
        return saveState.get().startsWith("NOT SAVED");
    }

    /** Runs an edit; its refusal or failure is reported here and it returns empty. */
    public <T> Optional<T> attempt(Supplier<T> action) {
        return attempt(action, message::set);
    }

    /** As {@link #attempt(Supplier)}, with a refusal told to {@code refused} (another window's message line). */
    public <T> Optional<T> attempt(Supplier<T> action, java.util.function.Consumer<String> refused) {
        try {
            T result = action.get();
            if (!saveState.get().startsWith("Read-only")) {
                saveState.set(SAVED);
            }
            return Optional.ofNullable(result);
        } catch (AnnotationConflictException e) {
            refused.accept(e.getMessage());
        } catch (NotSavedException e) {
            if (!connected && e.reason() == NotSavedException.Reason.CONNECTION_LOST) {
                // the status line already says the server is away: one more dialog per keystroke helps no one
                refused.accept("Not saved: the server cannot be reached. Edits are refused until Newsmark has reconnected"
                        + " (it tries by itself).");
                return Optional.empty();
            }
            saveState.set("NOT SAVED: " + e.getMessage());
            dialogs.showError("The change was not saved", e.getMessage());
        }
        return Optional.empty();
    }
}
