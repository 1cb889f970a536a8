package org.newsmark.ui.workbench;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.newsmark.service.AnnotationConflictException;
import org.newsmark.service.port.NotSavedException;

/**
 * What the status bar says about the last action and about saving. Every edit runs through
 * {@link #attempt}: a refused edit becomes a message, a failed write a red "NOT SAVED" and a dialog.
 */
final class SaveStatus {

    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty saveState = new SimpleStringProperty("");
    private Consumer<String> errorSink = m -> { };

    SaveStatus(boolean readOnly) {
        saveState.set(readOnly ? "Read-only: open in another window" : "All changes saved");
    }

    StringProperty message() {
        return message;
    }

    StringProperty saveState() {
        return saveState;
    }

    void setErrorSink(Consumer<String> sink) {
        this.errorSink = sink;
    }

    <T> Optional<T> attempt(Supplier<T> action) {
        try {
            T result = action.get();
            saveState.set("All changes saved");
            return Optional.ofNullable(result);
        } catch (AnnotationConflictException e) {
            message.set(e.getMessage());
        } catch (NotSavedException e) {
            saveState.set("NOT SAVED: " + e.getMessage());
            errorSink.accept(e.getMessage());
        }
        return Optional.empty();
    }
}
