package org.newsmark.ui.workbench;

import static org.newsmark.ui.workbench.MenuBarFactory.item;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.newsmark.domain.suggest.SuggestionKind;
import org.newsmark.ui.suggest.SuggestionsViewModel;

/**
 * The suggestion commands: View › Show Suggestions (Ctrl+G) and Suggest Claims Too; Edit ›
 * Suggestions with stepping (F8), accepting, rejecting and accepting all of a kind. Enter, X and
 * Shift+Enter are plain keys of the article ({@link SuggestionsBinding}), written in the items'
 * text: as accelerators they would fire while typing a note.
 */
final class SuggestionMenus {

    private final SuggestionsViewModel vm;
    private final SuggestionsBinding view;
    private final boolean readOnlyProject;

    SuggestionMenus(SuggestionsViewModel vm, SuggestionsBinding view, boolean readOnlyProject) {
        this.vm = vm;
        this.view = view;
        this.readOnlyProject = readOnlyProject;
    }

    CheckMenuItem show() {
        CheckMenuItem item = new CheckMenuItem("Show Suggestions");
        item.setId("menu-show-suggestions");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+G"));
        item.setSelected(vm.shownProperty().get());
        vm.shownProperty().addListener((o, a, b) -> item.setSelected(b));
        item.setOnAction(e -> {
            view.toggle();
            item.setSelected(vm.shownProperty().get());
        });
        return item;
    }

    CheckMenuItem claims() {
        CheckMenuItem item = new CheckMenuItem("Suggest Claims Too (weaker)");
        item.setId("menu-suggest-claims");
        item.selectedProperty().bindBidirectional(vm.withClaimsProperty());
        return item;
    }

    Menu edit() {
        MenuItem next = item("Next Suggestion", "F8", view::next);
        next.setId("menu-next-suggestion");
        MenuItem previous = item("Previous Suggestion", "Shift+F8", view::previous);
        var none = vm.currentProperty().isNull();
        MenuItem accept = writing(item("Accept Suggestion          Enter", null, () -> vm.accept(null)), none);
        MenuItem reject = writing(item("Reject Suggestion          X", null, vm::reject), none);
        MenuItem allOfKind = writing(item("Accept All of This Kind…          Shift+Enter", null, () -> vm.acceptAll(null)), none);
        Menu menu = new Menu("Suggestions", null, next, previous, new SeparatorMenuItem(), accept, reject, allOfKind,
                new SeparatorMenuItem());
        for (SuggestionKind kind : SuggestionKind.values()) {
            MenuItem all = item("Accept All " + plural(kind) + "…", null, () -> vm.acceptAll(kind));
            all.setDisable(readOnlyProject);
            menu.getItems().add(all);
        }
        menu.setId("menu-suggestions");
        return menu;
    }

    private MenuItem writing(MenuItem item, javafx.beans.value.ObservableBooleanValue off) {
        if (readOnlyProject) {
            item.setDisable(true);
        } else {
            item.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(off::get, off));
        }
        return item;
    }

    private static String plural(SuggestionKind kind) {
        return switch (kind) {
            case STATISTIC -> "Statistics";
            case ATTRIBUTED_OPINION -> "Attributed Opinions";
            case CLAIM -> "Claims";
        };
    }
}
