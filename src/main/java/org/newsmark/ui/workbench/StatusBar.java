package org.newsmark.ui.workbench;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Counts per label in the open document, the last message, the analyst, and whether all is saved. */
final class StatusBar extends HBox {

    StatusBar(WorkbenchViewModel vm) {
        Label counts = new Label();
        counts.setId("status-counts");
        counts.textProperty().bind(vm.labelCountsProperty());
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(vm.messageProperty());
        message.setMinWidth(0);
        Label analyst = new Label();
        analyst.setId("status-analyst");
        analyst.textProperty().bind(Bindings.createStringBinding(() -> {
            var a = vm.analystProperty().get();
            var shown = vm.shownAnalystProperty().get();
            String me = a == null ? "no analyst" : "Analyst: " + a.name();
            return shown != null && a != null && shown.id() != a.id() ? me + " (viewing " + shown.name() + ")" : me;
        }, vm.analystProperty(), vm.shownAnalystProperty()));
        Label saved = new Label();
        saved.setId("status-saved");
        saved.textProperty().bind(vm.saveStateProperty());
        saved.styleProperty().bind(Bindings.createStringBinding(() -> vm.saveStateProperty().get().startsWith("NOT SAVED")
                ? "-fx-text-fill: #b00020; -fx-font-weight: bold;" : "", vm.saveStateProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(message, Priority.SOMETIMES);
        getChildren().addAll(counts, gap, message, new Label("│"), analyst, new Label("│"), saved);
        setSpacing(10);
        setPadding(new Insets(4, 10, 4, 10));
        getStyleClass().add("status-bar");
    }
}
