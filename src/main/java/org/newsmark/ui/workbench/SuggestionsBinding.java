package org.newsmark.ui.workbench;

import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.newsmark.domain.suggest.Suggestion;
import org.newsmark.ui.editor.ArticleEditor;
import org.newsmark.ui.suggest.SuggestionsViewModel;

/**
 * The editor and the suggestions' view-model: the open suggestions outlined over the text on
 * screen, the current one selected as text (so a label key or the label bar accepts it, see
 * {@link EditorBinding#tagOrRelabel}), the bar above the article, and the plain keys that act on
 * the selected suggestion: Enter accepts, X rejects, Shift+Enter accepts all of its kind. Plain
 * keys, so never taken from a text field; F8 and Ctrl+G are menu accelerators.
 */
final class SuggestionsBinding {

    private final SuggestionsViewModel suggestions;
    private final ArticleEditor editor;

    SuggestionsBinding(WorkbenchViewModel vm, ArticleEditor editor) {
        this.suggestions = vm.suggestions();
        this.editor = editor;
        editor.setSuggestions(suggestions::between, suggestions.currentProperty()::get, s -> colourOf(vm, s));
        suggestions.revisionProperty().addListener((o, a, b) -> editor.redrawSuggestions());
        suggestions.shownProperty().addListener((o, a, b) -> editor.redrawSuggestions());
        suggestions.currentProperty().addListener((o, was, s) -> {
            var sel = editor.area().getSelection();
            if (s != null) {
                vm.selectedProperty().set(null);
                editor.selectText(s.begin(), s.end());
            } else if (was != null && sel.getStart() == was.begin() && sel.getEnd() == was.end()) {
                editor.area().deselect(); // the last one decided: a label key would tag its text again
            }
            editor.redrawSuggestions();
        });
        vm.labels().addListener((javafx.collections.ListChangeListener<org.newsmark.domain.Label>) c -> editor.redrawSuggestions());
    }

    /** The kind's label colour, grey when the codebook has no such label. */
    private static String colourOf(WorkbenchViewModel vm, Suggestion s) {
        return vm.labels().stream().filter(l -> l.name().equals(s.kind().labelName())).map(org.newsmark.domain.Label::color)
                .findFirst().orElse("#777777");
    }

    /** Handles Enter, Shift+Enter and X when the selected text is the current suggestion; consumes them then. */
    void handle(KeyEvent e) {
        if (e.isConsumed() || e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        var sel = editor.area().getSelection();
        if (!suggestions.isCurrent(sel.getStart(), sel.getEnd())) {
            return;
        }
        if (e.getCode() == KeyCode.ENTER) {
            if (e.isShiftDown()) {
                suggestions.acceptAll(null);
            } else {
                suggestions.accept(null);
            }
            e.consume();
        } else if (e.getCode() == KeyCode.X && !e.isShiftDown()) {
            suggestions.reject();
            e.consume();
        }
    }

    /** Ctrl+G: shown from the caret on, or hidden. */
    void toggle() {
        suggestions.toggle(editor.area().getCaretPosition());
        editor.area().requestFocus();
    }

    /** F8 */
    void next() {
        var sel = editor.area().getSelection();
        suggestions.next(sel.getStart(), sel.getEnd());
        editor.area().requestFocus();
    }

    /** Shift+F8 */
    void previous() {
        var sel = editor.area().getSelection();
        suggestions.previous(sel.getStart(), sel.getEnd());
        editor.area().requestFocus();
    }

    /** The bar above the article while suggestions are shown: how many, the current one, the keys. */
    Label bar() {
        Label bar = new Label();
        bar.setId("suggestion-bar");
        bar.getStyleClass().add("suggestion-bar");
        bar.visibleProperty().bind(suggestions.shownProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        bar.textProperty().bind(suggestions.promptProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setWrapText(true);
        return bar;
    }
}
