package org.newsmark.ui.workbench;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Counts per label in the open document, the last message, the analyst, and whether all is saved.
 * The counts and the save state keep their full width: a long message is cut with an ellipsis (in full as
 * a tooltip), then the analyst's name, never they.
 */
final class StatusBar extends HBox {

    StatusBar(WorkbenchViewModel vm) {
        Label counts = new Label();
        counts.setId("status-counts");
        counts.textProperty().bind(vm.labelCountsProperty());
        counts.setMinWidth(Region.USE_PREF_SIZE);
        Label missing = new Label();
        missing.setId("status-missing");
        missing.getStyleClass().add("status-warning");
        missing.textProperty().bind(vm.attributes().missingSummaryProperty());
        missing.visibleProperty().bind(vm.attributes().missingSummaryProperty().isNotEmpty());
        missing.managedProperty().bind(missing.visibleProperty());
        missing.setMinWidth(Region.USE_PREF_SIZE);
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(vm.messageProperty());
        // it takes only the room the others leave: a short window cuts the message before the analyst's name
        message.setMinWidth(0);
        message.setPrefWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setAlignment(Pos.CENTER_RIGHT);
        message.setTextOverrun(OverrunStyle.ELLIPSIS);
        Tooltip full = new Tooltip();
        full.textProperty().bind(vm.messageProperty());
        message.tooltipProperty().bind(Bindings.when(vm.messageProperty().isEmpty()).then((Tooltip) null).otherwise(full));
        Label analyst = new Label();
        analyst.setId("status-analyst");
        analyst.textProperty().bind(Bindings.createStringBinding(() -> {
            var a = vm.analystProperty().get();
            var shown = vm.shownAnalystProperty().get();
            String me = a == null ? "no analyst" : "Analyst: " + a.name();
            return shown != null && a != null && shown.id() != a.id() ? me + " (viewing " + shown.name() + ")" : me;
        }, vm.analystProperty(), vm.shownAnalystProperty()));
        analyst.setMinWidth(0);
        Label saved = new Label();
        saved.setId("status-saved");
        saved.setMinWidth(Region.USE_PREF_SIZE);
        saved.textProperty().bind(vm.saveStateProperty());
        saved.styleProperty().bind(Bindings.createStringBinding(() -> vm.saveStateProperty().get().startsWith("NOT ")
                ? "-fx-text-fill: #b00020; -fx-font-weight: bold;" : "", vm.saveStateProperty()));
        HBox.setHgrow(message, Priority.ALWAYS);
        getChildren().addAll(counts, missing, message, bar(), analyst, bar(), saved);
        setAlignment(Pos.CENTER_LEFT);
        setMinWidth(0);
        setSpacing(10);
        setPadding(new Insets(4, 10, 4, 10));
        getStyleClass().add("status-bar");
    }

    private static Label bar() {
        Label l = new Label("│");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
