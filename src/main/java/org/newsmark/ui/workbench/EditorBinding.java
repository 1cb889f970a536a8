package org.newsmark.ui.workbench;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.MouseEvent;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Label;
import org.newsmark.ui.editor.ArticleEditor;

/**
 * Binds the editor to the view-model: it draws the view-model's own list of shown tags, shows
 * the open document's text, outlines the selected tag; a click on tagged text selects the tag,
 * or offers a choice when several cover the word; Enter, Alt+Down and Alt+Up select tags from
 * the keyboard.
 */
final class EditorBinding {

    private final WorkbenchViewModel vm;
    private final ArticleEditor editor;
    private ContextMenu chooser;

    EditorBinding(WorkbenchViewModel vm, ArticleEditor editor) {
        this.vm = vm;
        this.editor = editor;
        editor.setLabels(vm.labels());
        vm.labels().addListener((ListChangeListener<Label>) c -> editor.setLabels(vm.labels()));
        var d = vm.documentProperty().get();
        editor.showText(d == null ? "" : d.text());
        editor.showTags(vm.annotations());
        vm.documentProperty().addListener((o, a, doc) -> editor.showText(doc == null ? "" : doc.text()));
        vm.selectedProperty().addListener((o, a, b) -> editor.select(b));
        editor.setOnTextClicked(this::clickedAt);
        editor.setTagDescription(vm::describeTags);
        // the area selects a word on the second press of a double-click and consumes it, so the menu would stay open
        editor.area().addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (chooser != null) {
                chooser.hide();
                chooser = null;
            }
        });
        editor.area().setContextMenu(contextMenu());
        bindLinks(vm.linking());
        vm.toolbarLabels().addListener((ListChangeListener<Label>) c -> editor.area().setContextMenu(contextMenu()));
    }

    /** The selected tag's linked tags outlined, the link target outlined thick, the arcs of the links on screen. */
    private void bindLinks(org.newsmark.ui.links.LinkingViewModel links) {
        links.linkedEnds().addListener((ListChangeListener<Annotation>) c -> editor.showLinked(links.linkedEnds()));
        links.mode().targetProperty().addListener((o, a, b) -> editor.showLinkTarget(b));
        editor.setLinkArcs(links::drawnBetween);
        links.revisionProperty().addListener((o, a, b) -> editor.redrawArcs());
        vm.selectedProperty().addListener((o, a, b) -> editor.redrawArcs());
    }

    private void clickedAt(int offset) {
        List<Annotation> here = editor.tagsAt(offset);
        if (vm.linking().mode().clicked(here)) {
            return;
        }
        if (here.isEmpty()) {
            vm.selectedProperty().set(null);
        } else if (here.size() == 1) {
            vm.selectedProperty().set(here.get(0));
        } else {
            ContextMenu choose = new ContextMenu();
            choose.setId("choose-tag");
            chooser = choose;
            // the second click of a double-click closes the menu and still reaches the text (it selects a word)
            choose.setConsumeAutoHidingEvents(false);
            for (Annotation a : here) {
                MenuItem item = new MenuItem(vm.labelOf(a).name() + ": " + vm.excerpt(a, 50));
                item.setOnAction(e -> vm.selectedProperty().set(a));
                choose.getItems().add(item);
            }
            Bounds caret = editor.area().getCaretBounds().orElse(null);
            if (caret != null) {
                choose.show(editor.area(), caret.getMinX(), caret.getMaxY());
            }
        }
    }

    private ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        for (Label label : vm.toolbarLabels()) {
            MenuItem tag = new MenuItem("Tag as " + label.name() + (label.key() == null ? "" : "   (" + label.key() + ")"));
            tag.setOnAction(e -> tagOrRelabel(label));
            tag.disableProperty().bind(vm.readOnlyBinding());
            menu.getItems().add(tag);
        }
        MenuItem delete = new MenuItem("Delete tag");
        delete.setOnAction(e -> vm.deleteSelected());
        delete.disableProperty().bind(vm.selectedProperty().isNull().or(vm.readOnlyBinding()));
        menu.getItems().addAll(new SeparatorMenuItem(), delete);
        return menu;
    }

    /** Enter: the tag at the caret (innermost first; again: the one around it). */
    void selectTagAtCaret() {
        vm.selectTagAt(editor.area().getCaretPosition());
    }

    /** The keys to the article (a link started from the tag table is made there). */
    void focusArticle() {
        editor.area().requestFocus();
    }

    /** The caret to a tag's start, scrolled there (J along a link). */
    void caretToStartOf(Annotation a) {
        editor.caretToStartOf(a);
    }

    /** Alt+Down: the next tag, with the caret at its start. */
    void nextTag() {
        vm.selectNextTag(editor.area().getCaretPosition()).ifPresent(editor::caretToStartOf);
    }

    /** Alt+Up: the previous tag, with the caret at its start. */
    void previousTag() {
        vm.selectPreviousTag(editor.area().getCaretPosition()).ifPresent(editor::caretToStartOf);
    }

    /** With text selected: tag it; with nothing selected but a tag chosen: change that tag's label. */
    void tagOrRelabel(Label label) {
        var sel = editor.area().getSelection();
        if (vm.suggestions().isCurrent(sel.getStart(), sel.getEnd())) {
            vm.suggestions().accept(label); // the selected suggestion, with its speaker and values
        } else if (sel.getLength() > 0) {
            vm.tag(label, sel.getStart(), sel.getEnd()).ifPresent(a -> editor.area().deselect());
        } else if (vm.selectedProperty().get() != null) {
            vm.relabelSelected(label);
        } else {
            vm.messageProperty().set("Select some text first, then press a label key.");
        }
    }
}
