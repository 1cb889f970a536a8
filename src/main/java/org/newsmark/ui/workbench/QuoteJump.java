package org.newsmark.ui.workbench;

import org.newsmark.domain.Analyst;
import org.newsmark.service.SourceLedger;

/** A quote of the Sources view shown in the workbench: its article opened, its analyst's layer shown, its tag selected. */
final class QuoteJump {

    private QuoteJump() {
    }

    static void to(WorkbenchViewModel vm, SourceLedger.Quote quote) {
        vm.openDocument(quote.at().documentId());
        Analyst shown = vm.shownAnalystProperty().get();
        if (shown == null || shown.id() != quote.at().analystId()) {
            vm.analysts().stream().filter(a -> a.id() == quote.at().analystId()).findFirst().ifPresent(vm::showLayerOf);
        }
        vm.annotations().stream().filter(a -> a.id() == quote.at().tagId()).findFirst().ifPresent(vm.selectedProperty()::set);
    }
}
