package org.newsmark.ui.workbench;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.geometry.Bounds;
import java.util.List;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Label;
import org.newsmark.ui.editor.ArticleEditor;

/**
 * Keeps the editor in step with the view-model: a new document re-shows the text, a committed
 * change restyles its paragraphs, a selected tag is outlined; a click on tagged text selects
 * the tag, or offers a choice when several cover the word.
 */
final class EditorBinding {

    private final WorkbenchViewModel vm;
    private final ArticleEditor editor;

    EditorBinding(WorkbenchViewModel vm, ArticleEditor editor) {
        this.vm = vm;
        this.editor = editor;
        editor.setLabels(vm.labels());
        vm.labels().addListener((javafx.collections.ListChangeListener<Label>) c -> {
            editor.setLabels(vm.labels());
            editor.restyleAll();
        });
        vm.documentProperty().addListener((o, a, d) -> showCurrent());
        vm.shownAnalystProperty().addListener((o, a, b) -> showCurrent());
        vm.addShownChangeListener(c -> {
            if (c.before() == null) {
                editor.added(c.after());
            } else if (c.after() == null) {
                editor.removed(c.before());
            } else {
                editor.replaced(c.before(), c.after());
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> editor.select(b));
        editor.setOnTextClicked(this::clickedAt);
        editor.area().setContextMenu(contextMenu());
    }

    private void showCurrent() {
        var d = vm.documentProperty().get();
        editor.show(d == null ? "" : d.text(), vm.annotations());
    }

    private void clickedAt(int offset) {
        List<Annotation> here = editor.annotationsAt(offset);
        if (here.isEmpty()) {
            vm.selectedProperty().set(null);
        } else if (here.size() == 1) {
            vm.selectedProperty().set(here.get(0));
        } else {
            ContextMenu choose = new ContextMenu();
            choose.setId("choose-tag");
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
        for (Label label : vm.labels()) {
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

    /** With text selected: tag it; with nothing selected but a tag chosen: change that tag's label. */
    void tagOrRelabel(Label label) {
        var sel = editor.area().getSelection();
        if (sel.getLength() > 0) {
            vm.tag(label, sel.getStart(), sel.getEnd()).ifPresent(a -> editor.area().deselect());
        } else if (vm.selectedProperty().get() != null) {
            vm.relabelSelected(label);
        } else {
            vm.messageProperty().set("Select some text first, then press a label key.");
        }
    }
}
