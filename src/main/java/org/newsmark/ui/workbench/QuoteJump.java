package org.newsmark.ui.workbench;

import org.newsmark.domain.Analyst;
import org.newsmark.ui.sources.SourcesViewModel;

/** A quote of the Sources view shown in the workbench: its article opened, its analyst's layer shown, its tag selected. */
final class QuoteJump {

    private QuoteJump() {
    }

    static void to(WorkbenchViewModel vm, SourcesViewModel.Quote quote) {
        vm.openDocument(quote.documentId());
        Analyst shown = vm.shownAnalystProperty().get();
        if (shown == null || shown.id() != quote.analystId()) {
            vm.analysts().stream().filter(a -> a.id() == quote.analystId()).findFirst().ifPresent(vm::showLayerOf);
        }
        vm.annotations().stream().filter(a -> a.id() == quote.tagId()).findFirst().ifPresent(vm.selectedProperty()::set);
    }
}
