package org.newsmark.ui.workbench;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.newsmark.ui.links.LinkMakingViewModel;
import org.newsmark.ui.links.LinkingViewModel;

/**
 * The link keys of the article and the tag table: L starts a link from the selected tag, J
 * (Shift+J back) jumps along its links; while a link is being made, Tab and Shift+Tab choose the
 * target, Enter links and Esc stops. Plain letters, so never taken from a text field; and not
 * menu accelerators, which would fire while typing a note.
 */
final class LinkKeys {

    private final LinkingViewModel links;
    private final EditorBinding binding;

    LinkKeys(LinkingViewModel links, EditorBinding binding) {
        this.links = links;
        this.binding = binding;
    }

    /** Handles the key if it is a link key here; consumes it then. */
    void handle(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        LinkMakingViewModel mode = links.mode();
        if (mode.activeProperty().get()) {
            switch (e.getCode()) {
                case TAB -> mode.step(!e.isShiftDown());
                case ENTER -> mode.confirm();
                case ESCAPE -> mode.cancel();
                default -> {
                    return;
                }
            }
            e.consume();
        } else if (e.getCode() == KeyCode.L && !e.isShiftDown()) {
            binding.focusArticle();
            mode.start();
            e.consume();
        } else if (e.getCode() == KeyCode.J) {
            links.jump(!e.isShiftDown()).ifPresent(binding::caretToStartOf);
            e.consume();
        }
    }
}
