package org.newsmark.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsmark.service.port.NotSavedException;

/** What the status bar says of saving, and of a team project's connection going and coming back. */
class SaveStatusViewModelTest {

    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final SaveStatusViewModel status = new SaveStatusViewModel(dialogs, null);

    private static NotSavedException lost() {
        return new NotSavedException(NotSavedException.Reason.CONNECTION_LOST, "The connection to study is lost: the change was"
                + " not saved.", null);
    }

    @Test
    void aLostConnectionIsSaidInTwoWordsAndEachRefusedEditInTheMessageLineWithoutADialog() {
        status.connection(false, "The connection to study on db is lost. What is on screen stays readable.");
        assertEquals("NOT CONNECTED", status.saveState().get(), "short, so a narrow window still shows the message beside it");
        assertEquals("The connection to study on db is lost. What is on screen stays readable.", status.message().get());

        Optional<Object> refused = status.attempt(() -> { throw lost(); });
        assertEquals(Optional.empty(), refused);
        assertTrue(status.message().get().startsWith("Not saved: the server cannot be reached."), status.message().get());
        assertEquals(List.of(), dialogs.errors, "no dialog per keystroke while the server is away");
        assertEquals("NOT CONNECTED", status.saveState().get(), "never shown as saved");

        status.connection(true, "Connected to study on db again.");
        assertEquals(SaveStatusViewModel.SAVED, status.saveState().get());
        assertEquals("Connected to study on db again.", status.message().get());
        assertEquals(Optional.of(1), status.attempt(() -> 1));
    }

    @Test
    void aLossFoundByAnEditBeforeTheWatchSaysSoIsANotSavedWithADialog() {
        status.attempt(() -> { throw lost(); });
        assertTrue(status.saveState().get().startsWith("NOT SAVED: "), status.saveState().get());
        assertEquals(1, dialogs.errors.size());
    }
}
