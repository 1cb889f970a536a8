package org.newsmark.ui.find;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.newsmark.domain.Span;
import org.newsmark.ui.attributes.NewTagValuesDialog;
import org.newsmark.ui.editor.ArticleEditor;

/**
 * The find bar above the article (Ctrl+F): the query, "3 of 17", Case (match case, Alt+C), Word
 * (whole word, Alt+W), Regex (Alt+R), previous and next, Tag All… (Alt+T) and close. Enter and F3 go to the
 * next hit, Shift+Enter and Shift+F3 to the previous one; the hit is selected in the article as
 * text, so Esc (which gives the keys back to the article) leaves it ready for a label key. It
 * binds and forwards; the view-models search and tag.
 */
public final class FindBar extends HBox {

    private final FindViewModel vm;
    private final TagAllViewModel tagAll;
    private final ArticleEditor editor;
    private final TextField field = new TextField();
    private final PauseTransition typing = new PauseTransition(Duration.millis(250));

    public FindBar(FindViewModel vm, TagAllViewModel tagAll, ArticleEditor editor) {
        this.vm = vm;
        this.tagAll = tagAll;
        this.editor = editor;
        tagAll.values().askWith(new NewTagValuesDialog(() -> getScene().getWindow()));
        setId("find-bar");
        getStyleClass().add("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        field.setId("find-field");
        field.setPromptText("Find in the article");
        field.setPrefColumnCount(16);
        field.setMinWidth(70);
        HBox.setHgrow(field, Priority.SOMETIMES);
        Label count = new Label();
        count.setId("find-count");
        count.getStyleClass().add("find-count");
        count.textProperty().bind(Bindings.when(vm.problemProperty().isEmpty()).then(vm.countProperty()).otherwise(vm.problemProperty()));
        count.setMinWidth(Region.USE_PREF_SIZE); // the count and what is wrong with a regex are never cut: the field gives way
        vm.problemProperty().addListener((o, a, b) ->
                count.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("problem"), !b.isEmpty()));
        CheckBox matchCase = toggle("Case", "Match case", "find-match-case", "Alt+C");
        matchCase.selectedProperty().bindBidirectional(vm.matchCaseProperty());
        CheckBox wholeWord = toggle("Word", "Whole word", "find-whole-word", "Alt+W");
        wholeWord.selectedProperty().bindBidirectional(vm.wholeWordProperty());
        CheckBox regex = toggle("Regex", "Regular expression", "find-regex", "Alt+R");
        regex.selectedProperty().bindBidirectional(vm.regexProperty());
        Button previous = button("\u2191", "find-previous", "Previous match (Shift+Enter, Shift+F3)", this::previous);
        Button next = button("\u2193", "find-next", "Next match (Enter, F3)", this::next);
        Button tag = button("Tag All\u2026", "find-tag-all", "Tag every match with a label, as one step (Alt+T)", this::tagAll);
        tag.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.hits().isEmpty(), vm.resultProperty()));
        Button close = button("\u2715", "find-close", "Close (Esc)", this::close);
        HBox.setHgrow(count, Priority.ALWAYS);
        count.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(field, count, matchCase, wholeWord, regex, previous, next, tag, close);
        visibleProperty().bind(vm.openProperty());
        managedProperty().bind(visibleProperty());

        // a long article is searched once typing pauses; a short one at every key
        typing.setOnFinished(e -> vm.queryProperty().set(field.getText()));
        field.textProperty().addListener((o, a, b) -> {
            if (vm.isLargeText()) {
                typing.playFromStart();
            } else {
                vm.queryProperty().set(b);
            }
        });
        vm.queryProperty().addListener((o, a, b) -> {
            if (!b.equals(field.getText())) {
                field.setText(b);
            }
        });
        vm.currentProperty().addListener((o, a, b) -> showCurrent());
        vm.resultProperty().addListener((o, a, b) -> editor.redrawFindHits());
        vm.openProperty().addListener((o, a, b) -> editor.redrawFindHits());
        editor.setFindHits((from, to) -> vm.openProperty().get() ? vm.hitsBetween(from, to) : List.of(), vm.currentProperty()::get);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    /** Ctrl+F: the bar opens with the article's selection (one line) as the query and the keys in the field. */
    public void open() {
        String selected = editor.area().getSelectedText();
        vm.open(selected, editor.area().getSelection().getStart());
        field.requestFocus();
        field.selectAll();
    }

    /** Enter, F3: the next hit after the caret, selected in the article; with the bar closed it opens without taking the keys. */
    public void next() {
        if (reopened()) {
            showCurrent(); // the first hit from the caret is the next one
        } else if (vm.openProperty().get()) {
            vm.next(editor.area().getSelection().getEnd());
            showCurrent();
        }
    }

    /** Shift+Enter, Shift+F3: the previous hit before the selection. */
    public void previous() {
        reopened();
        if (vm.openProperty().get()) {
            vm.previous(editor.area().getSelection().getStart());
            showCurrent();
        }
    }

    /** Esc: the bar goes and the keys go back to the article, the current hit selected there as text. */
    public void close() {
        typing.stop();
        Span hit = vm.close();
        editor.area().requestFocus();
        if (hit != null && hit.end() <= editor.area().getLength()) {
            editor.area().selectRange(hit.begin(), hit.end());
        }
    }

    private void tagAll() {
        flushTyping();
        tagAll.tagAll();
    }

    /**
     * With the bar closed: shows it again, its hits counted from the caret (true), or, with no
     * query yet, opens it with the keys in its field (false, as Ctrl+F).
     */
    private boolean reopened() {
        flushTyping();
        if (vm.openProperty().get()) {
            return false;
        }
        if (vm.queryProperty().get().isEmpty()) {
            open();
            return false;
        }
        vm.reopen(editor.area().getCaretPosition());
        return true;
    }

    private void flushTyping() {
        if (typing.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            typing.stop();
            vm.queryProperty().set(field.getText());
        }
    }

    private void showCurrent() {
        Span hit = vm.currentProperty().get();
        if (vm.openProperty().get() && hit != null && hit.end() <= editor.area().getLength()) {
            editor.area().selectRange(hit.begin(), hit.end());
            editor.area().requestFollowCaret();
        }
        editor.redrawFindHits();
    }

    private void onKey(KeyEvent e) {
        KeyCode k = e.getCode();
        if (k == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()) {
            if (e.isShiftDown()) {
                previous();
            } else {
                next();
            }
        } else if (k == KeyCode.ESCAPE) {
            close();
        } else if (e.isAltDown() && !e.isShortcutDown() && k == KeyCode.C) {
            vm.matchCaseProperty().set(!vm.matchCaseProperty().get());
        } else if (e.isAltDown() && !e.isShortcutDown() && k == KeyCode.W) {
            vm.wholeWordProperty().set(!vm.wholeWordProperty().get());
        } else if (e.isAltDown() && !e.isShortcutDown() && k == KeyCode.R) {
            vm.regexProperty().set(!vm.regexProperty().get());
        } else if (e.isAltDown() && !e.isShortcutDown() && k == KeyCode.T) {
            tagAll();
        } else {
            return;
        }
        e.consume();
    }

    private static CheckBox toggle(String text, String meaning, String id, String keys) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setTooltip(new Tooltip(meaning + " (" + keys + ")"));
        box.setFocusTraversable(false); // Tab stays with the field and the buttons
        return box;
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
