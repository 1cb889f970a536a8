package org.newsmark.ui.workbench;

import org.newsmark.ui.editor.ArticleEditor;
import org.newsmark.ui.search.CorpusSearchViewModel;

/** A corpus search hit shown in the workbench: its article opened, the hit selected as text and scrolled to. */
final class HitJump {

    private HitJump() {
    }

    static void to(WorkbenchViewModel vm, ArticleEditor editor, CorpusSearchViewModel.Jump jump) {
        if (vm.documentProperty().get() == null || vm.documentProperty().get().id() != jump.documentId()) {
            vm.openDocument(jump.documentId());
        }
        if (vm.documentProperty().get() == null || vm.documentProperty().get().id() != jump.documentId()
                || jump.span().end() > editor.area().getLength()) {
            return; // the article was deleted since the search
        }
        vm.selectedProperty().set(null);
        editor.area().selectRange(jump.span().begin(), jump.span().end());
        editor.area().requestFollowCaret();
        editor.area().requestFocus();
    }
}
